import type { GitBackend } from '@sveltia/cms';

/*
 * Where the CMS saves in production, read from the environment at build time (docs/deploying.md, "The CMS and its git host":
 * the CMS_ variables). Kept out of astro.config.mjs so the rules are unit-tested, like
 * src/lib/site-url.ts. Without CMS_BACKEND, /admin/ offers local editing only.
 */

/** The git hosts Sveltia CMS signs in to without a server of ours. */
const GIT_HOSTS = ['github', 'gitlab', 'gitea'] as const;

/** The backend section of the CMS configuration, and the origins the admin page may reach. */
export interface CmsBackend {
  /** The `backend` of config.yml. */
  config: GitBackend;
  /** `publish_mode` of config.yml: each change a pull request (editorial_workflow) or a commit. */
  publishMode: 'simple' | 'editorial_workflow';
  /** The origins the CMS calls (the git host's API), for connect-src. Empty for local editing. */
  connect: string[];
  /** The origins of the signed-in user's picture, for img-src. */
  images: string[];
  /** True when /admin/ edits only a local checkout. */
  localOnly: boolean;
}

/** The environment variables this module reads. */
export type CmsEnv = {
  [K in `CMS_${'BACKEND' | 'REPO' | 'BRANCH' | 'AUTH_URL' | 'APP_ID' | 'PUBLISH_MODE'}`]?: string;
};

/** The repository name the local-only configuration shows ("Work with Local Repository"). */
const LOCAL_REPO = 'local/ltc-website';

/**
 * Reads the CMS_ variables and returns the backend, or throws a message that names the variable,
 * what it holds and what to write.
 */
export function resolveCmsBackend(env: CmsEnv): CmsBackend {
  const name = env.CMS_BACKEND?.trim() ?? '';
  const repo = env.CMS_REPO?.trim() ?? '';
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const authUrl = env.CMS_AUTH_URL?.trim() ?? '';
  const appId = env.CMS_APP_ID?.trim() ?? '';
  const publishMode = env.CMS_PUBLISH_MODE?.trim() || 'simple';
  if (publishMode !== 'simple' && publishMode !== 'editorial_workflow') {
    throw new Error(
      `CMS_PUBLISH_MODE must be simple (each save a commit) or editorial_workflow (each change a pull request), but it is "${publishMode}".`,
    );
  }

  if (name === '') {
    const stray = (['CMS_REPO', 'CMS_AUTH_URL', 'CMS_APP_ID'] as const).filter((key) => env[key]?.trim());
    if (stray.length > 0) {
      throw new Error(
        `${stray.join(' and ')} ${stray.length > 1 ? 'are' : 'is'} set but CMS_BACKEND is not: set CMS_BACKEND to ${GIT_HOSTS.join(', ')}, or unset ${stray.join(' and ')} for local editing only.`,
      );
    }
    // Local editing only: "Work with Local Repository" on localhost. Sveltia needs a git backend and
    // at least one sign-in method. Gitea's is the one that calls no server unasked (GitHub's and
    // GitLab's check their status page when the page opens), and the token sign-in is never
    // reached: the page's policy allows no other origin (connect-src 'self').
    return {
      config: { name: 'gitea', repo: LOCAL_REPO, branch, auth_methods: ['token'] },
      publishMode: 'simple',
      connect: [],
      images: [],
      localOnly: true,
    };
  }
  if (!(GIT_HOSTS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND must be one of ${GIT_HOSTS.join(', ')}, but it is "${name}".`);
  }
  const host = name as (typeof GIT_HOSTS)[number];
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) {
    throw new Error(`CMS_REPO must name the repository as owner/name, such as ala/ltc-website, but it is "${repo}".`);
  }
  if (/\s|\.\.|^[/.-]|[/.]$/.test(branch)) {
    throw new Error(`CMS_BRANCH must be a branch name such as main, but it is "${branch}".`);
  }
  const authOrigin = authUrl === '' ? undefined : httpsOrigin(authUrl);
  const config: GitBackend = { name: host, repo, branch };

  if (host === 'github') {
    // GitHub signs in with a token, or through an OAuth relay at CMS_AUTH_URL (a popup, not a fetch).
    if (authUrl !== '') config.base_url = authUrl;
    if (appId !== '')
      throw new Error('CMS_APP_ID is for gitlab and gitea (PKCE sign-in); GitHub signs in through CMS_AUTH_URL.');
    return {
      config,
      publishMode,
      // The API, and GitHub's status page, which Sveltia reads to warn of an outage.
      connect: ['https://api.github.com', 'https://www.githubstatus.com'],
      images: ['https://avatars.githubusercontent.com'],
      localOnly: false,
    };
  }
  // GitLab and Gitea/Forgejo sign in with PKCE: the instance and the application's ID, nothing to host.
  const instance = authOrigin ?? (host === 'gitlab' ? 'https://gitlab.com' : undefined);
  if (instance === undefined) {
    throw new Error(
      'CMS_AUTH_URL must be the Gitea or Forgejo instance, such as https://codeberg.org, when CMS_BACKEND is gitea.',
    );
  }
  if (appId === '') {
    throw new Error(
      `CMS_APP_ID must be the ID of the OAuth application registered on ${instance} for the CMS, when CMS_BACKEND is ${host}.`,
    );
  }
  config.base_url = instance;
  config.api_root = host === 'gitlab' ? `${instance}/api/v4` : `${instance}/api/v1`;
  config.app_id = appId;
  if (config.name === 'gitlab') config.auth_type = 'pkce';
  // GitLab.com's status page (not a self-hosted instance's), which Sveltia reads to warn of an outage.
  const status = instance === 'https://gitlab.com' ? ['https://status-api.hostedstatus.com'] : [];
  return { config, publishMode, connect: [instance, ...status], images: [instance], localOnly: false };
}

function httpsOrigin(value: string): string {
  const url = URL.parse(value);
  if (!url) throw new Error(`CMS_AUTH_URL must be an address such as https://auth.example.org, but it is "${value}".`);
  if (url.protocol !== 'https:') throw new Error(`CMS_AUTH_URL must start with https://, but it is "${value}".`);
  return url.origin;
}
