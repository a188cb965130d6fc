import { describe, expect, it } from 'vitest';
import { adminPolicy, ADMIN_HEADER_POLICY } from '../../src/cms/admin-policy';
import { resolveCmsBackend, type CmsEnv } from '../../src/cms/backend';

/** A policy as directive name → sources (ours: "; " between directives, one space between words). */
const directives = (policy: string) =>
  new Map(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]));

/** True when the header policy allows every source the page's policy names (browsers enforce both). */
function fenceAllows(header: Map<string, string[]>, page: Map<string, string[]>): boolean {
  return [...page].every(([name, sources]) => {
    const allowed = header.get(name) ?? header.get('default-src') ?? [];
    return sources.every(
      (source) => allowed.includes(source) || (source.startsWith('https://') && allowed.includes('https:')),
    );
  });
}

/** The variables written as in a shell: "CMS_BACKEND=gitlab CMS_REPO=a/b". */
const env = (text: string): CmsEnv =>
  Object.fromEntries(text ? text.split(/ (?=CMS_)/).map((pair) => pair.split(/=(.*)/s)) : []) as CmsEnv;

const GITHUB = 'CMS_BACKEND=github CMS_REPO=ala/ltc-website CMS_AUTH_URL=https://auth.example.org';
const HOSTS = [
  ['local editing', ''],
  ['GitHub', GITHUB],
  ['GitLab', 'CMS_BACKEND=gitlab CMS_REPO=ala/ltc-website CMS_APP_ID=abc123'],
  ['Forgejo', 'CMS_BACKEND=gitea CMS_REPO=ala/ltc-website CMS_AUTH_URL=https://codeberg.org CMS_APP_ID=abc'],
];

describe('resolveCmsBackend', () => {
  it('offers local editing only when no CMS_ variable is set', () => {
    expect(resolveCmsBackend({})).toMatchObject({ localOnly: true, connect: [], publishMode: 'simple' });
  });

  it('reads GitHub with an OAuth relay, the branch and the editorial workflow', () => {
    const backend = resolveCmsBackend(env(`${GITHUB} CMS_BRANCH=live CMS_PUBLISH_MODE=editorial_workflow`));
    expect(backend.config).toEqual({
      name: 'github',
      repo: 'ala/ltc-website',
      branch: 'live',
      base_url: 'https://auth.example.org',
    });
    expect(backend.publishMode).toBe('editorial_workflow');
    expect(backend.connect).toContain('https://api.github.com');
  });

  it('reads GitLab with PKCE, on gitlab.com unless CMS_AUTH_URL names another instance', () => {
    const gitlab = 'CMS_BACKEND=gitlab CMS_REPO=a/b CMS_APP_ID=id';
    expect(resolveCmsBackend(env(gitlab)).config).toMatchObject({
      base_url: 'https://gitlab.com',
      api_root: 'https://gitlab.com/api/v4',
      auth_type: 'pkce',
      app_id: 'id',
    });
    const own = resolveCmsBackend(env(`${gitlab} CMS_AUTH_URL=https://git.example.org/`));
    expect(own.connect).toEqual(['https://git.example.org']);
  });

  it.each([
    ['CMS_BACKEND=bitbucket', 'CMS_BACKEND must be one of github, gitlab, gitea, but it is "bitbucket".'],
    ['CMS_BACKEND=github', 'CMS_REPO must name the repository as owner/name, such as ala/ltc-website, but it is "".'],
    ['CMS_BACKEND=github CMS_REPO=https://github.com/ala/ltc', 'CMS_REPO must name the repository as owner/name'],
    ['CMS_BACKEND=github CMS_REPO=a/b CMS_BRANCH=my branch', 'CMS_BRANCH must be a branch name such as main'],
    ['CMS_BACKEND=github CMS_REPO=a/b CMS_AUTH_URL=http://auth.example.org', 'CMS_AUTH_URL must start with https://'],
    [
      'CMS_BACKEND=github CMS_REPO=a/b CMS_AUTH_URL=auth',
      'CMS_AUTH_URL must be an address such as https://auth.example.org',
    ],
    [
      'CMS_BACKEND=gitlab CMS_REPO=a/b',
      'CMS_APP_ID must be the ID of the OAuth application registered on https://gitlab.com',
    ],
    ['CMS_BACKEND=gitea CMS_REPO=a/b CMS_APP_ID=x', 'CMS_AUTH_URL must be the Gitea or Forgejo instance'],
    ['CMS_REPO=a/b', 'CMS_REPO is set but CMS_BACKEND is not'],
    ['CMS_PUBLISH_MODE=pull-request', 'CMS_PUBLISH_MODE must be simple (each save a commit) or editorial_workflow'],
  ])('refuses %s: %s', (variables, message) => {
    expect(() => resolveCmsBackend(env(variables))).toThrow(message);
  });
});

describe('the admin page policy', () => {
  it.each(HOSTS)('for %s: no eval, no inline script, the git host only, within the header policy', (_name, line) => {
    const backend = resolveCmsBackend(env(line));
    const page = directives(adminPolicy(backend));
    expect(page.get('script-src')).toEqual(["'self'"]);
    expect(adminPolicy(backend)).not.toContain('unsafe-eval');
    expect(page.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', ...backend.connect]);
    // frame-ancestors is ignored (with a console error) in a <meta> policy: it belongs in the header.
    expect(page.has('frame-ancestors')).toBe(false);
    expect(fenceAllows(directives(ADMIN_HEADER_POLICY), page)).toBe(true);
  });

  it('header policy forbids framing and scripts from anywhere but the site', () => {
    const header = directives(ADMIN_HEADER_POLICY);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(ADMIN_HEADER_POLICY).not.toContain('unsafe-eval');
  });
});
