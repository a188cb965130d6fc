import type { CollectionEntry } from 'astro:content';
import { UI } from '../consts';
import { feedbackSubject } from '../lib/mailto';
import { mainNavigation, type NavLink } from '../lib/navigation';
import { OG_IMAGE, ogImageAlt } from '../lib/og-image';
import { joinBase } from '../lib/paths';
import type { StructuredDataInput } from '../lib/structured-data';
import { TIMELINE_ID, type TimelineItem } from '../lib/timeline';
import type { Source } from '../schemas/fields';
import type { PhaseData } from '../schemas/phase';
import type { SettingsData } from '../schemas/settings';
import { uniqueByUrl } from './sources';

/*
 * One function per page gathers everything the page shows from the content, as Starlight builds
 * one route-data object per page (utils/routing/data.ts): the pages call it once and pass the
 * result down; layouts and components only render it. Pure, so it is unit-tested with literal entries.
 */

/** What the pages are made from: the entries as src/page-data/content.ts reads them. */
export interface SiteEntries {
  /** The site's root: SITE_URL with BASE_PATH, ending with a slash. */
  root: URL;
  settings: SettingsData;
  overview: Pick<CollectionEntry<'overview'>, 'data'>;
  /** In their order. */
  phases: readonly Pick<CollectionEntry<'phases'>, 'id' | 'data'>[];
  /** In their order. */
  resources: readonly Pick<CollectionEntry<'resources'>, 'id' | 'data'>[];
}

/** A resource card, ready to render. */
export interface Card {
  /** The entry's file name without its ending: unique, for ids. */
  id: string;
  kind: CollectionEntry<'resources'>['data']['kind'];
  title: string;
  sentence: string;
  graphicAlt: string;
  actionLabel: string;
  /** Where the link goes, under the base path for a file of this site. */
  href: string;
  /** A file of this site: its name, for the download attribute, and its format and size. */
  file?: { name: string; label: string } | undefined;
}

/** A neighbouring phase, for the pager. */
export interface Neighbour {
  title: string;
  href: string;
}

/** What every page shows: BaseLayout and the components around the page's own part read it. */
export interface PageData {
  /** The page's heading, its only h1. */
  title: string;
  head: {
    /** The text of <title>. */
    title: string;
    description: string;
    siteName: string;
    /** Absolute URLs: the page's (canonical and og:url) and the Open Graph image's. */
    url: string;
    image: string;
    imageAlt: string;
    /** False for the 404 page: noindex, no canonical link. */
    indexable: boolean;
  };
  jsonLd: StructuredDataInput;
  header: { siteName: string; homeHref: string; items: NavLink[]; currentPath: string };
  cards: Card[];
  feedback: { email: string; sentence: string; subject: string };
  /** The sources of the page's facts, then the cards': each address once. */
  sources: Source[];
  footer: { siteName: string; shortName: string; publisher: string };
}

export interface OverviewPageData extends PageData {
  tagline: string;
  /** The site's short name, for the timeline's heading. */
  siteShortName: string;
  /** The phases in order, for the timeline and the links under it. */
  phases: (TimelineItem & { summary: string })[];
  learnMore: { prefix: string; href: string; title: string };
}

export interface PhasePageData extends PageData {
  phase: PhaseData;
  /** The publisher's short name, whose official page the phase's learnMore is. */
  publisherShortName: string;
  previous?: Neighbour | undefined;
  next?: Neighbour | undefined;
}

/** What a page adds to the parts every page has. */
interface PageFacts {
  /** The page's path under the base path: "phase-1/". */
  path: string;
  title: string;
  description: string;
  /** The page's short name, for the feedback subject. */
  label: string;
  sources: Source[];
  /** The page's place under the overview, for the breadcrumb; undefined for the 404 page. */
  trail: { name: string; path: string }[] | undefined;
}

/** The parts every page has, around what the page adds. */
function pageData(site: SiteEntries, page: PageFacts): PageData {
  const { settings, overview } = site;
  const path = (to: string) => joinBase(site.root.pathname, to);
  const absolute = (to: string) => new URL(path(to), site.root).href;
  const cards = site.resources.map(({ id, data }): Card => {
    const { link } = data;
    return {
      id,
      kind: data.kind,
      title: data.title,
      sentence: data.sentence,
      graphicAlt: data.graphicAlt,
      actionLabel: data.actionLabel,
      href: link.kind === 'file' ? path(link.path) : link.href,
      file: link.kind === 'file' ? { name: link.fileName, label: link.label } : undefined,
    };
  });
  const home = path('');
  return {
    title: page.title,
    head: {
      title: `${page.title} | ${settings.publisher.shortName}`,
      description: page.description,
      siteName: settings.siteName,
      url: absolute(page.path),
      image: absolute(OG_IMAGE.path),
      imageAlt: ogImageAlt(settings.siteName, settings.publisher.name),
      indexable: page.trail !== undefined,
    },
    jsonLd: {
      siteUrl: absolute(''),
      siteName: settings.siteName,
      siteShortName: settings.shortName,
      publisher: settings.publisher,
      page: page.trail && {
        url: absolute(page.path),
        name: page.title,
        description: page.description,
        breadcrumb: [{ name: overview.data.label, path: '' }, ...page.trail].map(({ name, path: to }) => ({
          name,
          url: absolute(to),
        })),
      },
      resources: cards.map(({ id, kind, title, sentence, href, file }) => ({
        id,
        kind,
        name: title,
        description: sentence,
        url: file ? new URL(href, site.root).href : href,
      })),
    },
    header: {
      siteName: settings.siteName,
      homeHref: home,
      items: mainNavigation(
        { label: overview.data.label, href: home },
        site.phases.map((phase) => ({ label: phase.data.label, href: path(`${phase.id}/`) })),
        { label: UI.allPhases, href: `${home}#${TIMELINE_ID}` },
      ),
      currentPath: path(page.path),
    },
    cards,
    feedback: { ...settings.feedback, subject: feedbackSubject(page.label, settings.siteName) },
    // The sources of every fact shown, at the end of the page: the cards are on every page. The 404 page shows no facts.
    sources: page.trail
      ? uniqueByUrl([...page.sources, ...site.resources.flatMap((resource) => resource.data.source ?? [])])
      : [],
    footer: { siteName: settings.siteName, shortName: settings.shortName, publisher: settings.publisher.name },
  };
}

/** The home page: the overview's text, the timeline of the phases and a link to each. */
export function overviewPage(site: SiteEntries): OverviewPageData {
  const { data } = site.overview;
  const { shortName, publisher } = site.settings;
  return {
    ...pageData(site, { ...data, path: '', trail: [] }),
    tagline: data.tagline,
    siteShortName: shortName,
    phases: site.phases.map(({ id, data: phase }) => ({
      label: phase.label,
      title: phase.title,
      years: phase.years,
      href: joinBase(site.root.pathname, `${id}/`),
      summary: phase.summary,
    })),
    learnMore: { prefix: UI.learnMorePrefix(publisher.shortName), href: data.learnMore, title: data.title },
  };
}

/** The page of the phase with this id (its file name): its facts, its text's frame, the phases before and after it. */
export function phasePage(site: SiteEntries, id: string): PhasePageData {
  const index = site.phases.findIndex((phase) => phase.id === id);
  const phase = site.phases[index];
  if (!phase) throw new Error(`There is no phase ${id} in content/phases/.`);
  const { data } = phase;
  const path = `${id}/`;
  const neighbour = (entry: SiteEntries['phases'][number] | undefined) =>
    entry && { title: entry.data.title, href: joinBase(site.root.pathname, `${entry.id}/`) };
  return {
    ...pageData(site, {
      path,
      title: data.title,
      description: data.summary,
      label: data.label,
      sources: data.sources,
      trail: [{ name: data.label, path }],
    }),
    phase: data,
    publisherShortName: site.settings.publisher.shortName,
    previous: neighbour(site.phases[index - 1]),
    next: neighbour(site.phases[index + 1]),
  };
}

/** The page for an address the site does not have: no facts, no place in the site's index. */
export function notFoundPage(site: SiteEntries): PageData {
  const text = { title: UI.notFoundTitle, description: UI.notFoundText, label: UI.notFoundTitle };
  return pageData(site, { ...text, path: '404/', sources: [], trail: undefined });
}
