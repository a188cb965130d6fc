import type { CollectionEntry } from 'astro:content';
import { UI } from '../consts.ts';
import { cardsInOrder, phasesInOrder } from '../content-checks/order.ts';
import { addressIn, feedbackSubject } from '../lib/mailto.ts';
import { mainNavigation } from '../lib/navigation.ts';
import { OG_IMAGE, ogImageAlt } from '../lib/og-image.ts';
import { joinBase } from '../lib/paths.ts';
import type { StructuredDataInput } from '../lib/structured-data';
import { spanOf, TIMELINE_ID, titleWithYears } from '../lib/timeline.ts';
import { distinctSources } from './sources.ts';

/* One function per page gathers all it shows, as Starlight's utils/routing/data.ts: layouts only render it. */

/** The entries the pages are made from (readSite), phases and cards in order. */
export interface SiteEntries {
  /** SITE_URL with BASE_PATH, ending with a slash. */
  root: URL;
  settings: CollectionEntry<'site'>['data'];
  overview: Pick<CollectionEntry<'overview'>, 'data'>;
  phases: readonly Pick<CollectionEntry<'phases'>, 'id' | 'data'>[];
  resources: readonly Pick<CollectionEntry<'resources'>, 'id' | 'data'>[];
}

/** The entries the pages are made from, phases and cards put in the order the pages show them. */
export function siteEntries<T extends Pick<SiteEntries, 'phases' | 'resources'>>(entries: T): T {
  return { ...entries, phases: phasesInOrder(entries.phases), resources: cardsInOrder(entries.resources) };
}

/** A phase as its pages show it: its first and last year, and its title followed by them. */
function shownPhase(data: CollectionEntry<'phases'>['data']) {
  const years = spanOf(data.years);
  return { ...data, years, title: titleWithYears(data.title, years) };
}

/** What a page adds to the parts all pages have: its path under the base path, "phase-1/"; its trail, none for 404. */
type PageFacts = Pick<CollectionEntry<'overview'>['data'], 'title' | 'description' | 'label' | 'sources'> & {
  path: string;
  trail: { name: string; path: string }[] | undefined;
};

export type PageData = ReturnType<typeof pageData>;
export type OverviewPageData = ReturnType<typeof overviewPage>;
export type PhasePageData = ReturnType<typeof phasePage>;

function pageData(site: SiteEntries, page: PageFacts) {
  const { settings, overview } = site;
  const path = (to: string) => joinBase(site.root.pathname, to);
  const absolute = (to: string) => new URL(path(to), site.root).href;
  const cards = site.resources.map(({ id, data: { link, ...card } }) => ({
    id,
    kind: card.kind,
    title: card.title,
    sentence: card.sentence,
    graphicAlt: card.graphicAlt,
    actionLabel: card.actionLabel,
    href: link.kind === 'file' ? path(link.path) : link.href,
    file: link.kind === 'file' ? { name: link.fileName, label: link.label } : undefined,
  }));
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
        breadcrumb: [{ name: overview.data.label, path: '' }, ...page.trail].map((crumb) => ({
          name: crumb.name,
          url: absolute(crumb.path),
        })),
      },
      resources: cards.map(({ id, kind, title, sentence, href, file }) => ({
        id,
        kind,
        name: title,
        description: sentence,
        url: file ? new URL(href, site.root).href : href,
      })),
    } satisfies StructuredDataInput,
    header: {
      siteName: settings.siteName,
      homeHref: path(''),
      items: mainNavigation(
        { label: overview.data.label, href: path('') },
        site.phases.map((phase) => ({ label: phase.data.label, href: path(`${phase.id}/`) })),
        { label: UI.allPhases, href: `${path('')}#${TIMELINE_ID}` },
      ),
      currentPath: path(page.path),
    },
    cards,
    feedback: {
      sentence: settings.feedback.sentence,
      email: addressIn(settings.feedback.sentence),
      subject: feedbackSubject(page.label, settings.siteName),
    },
    // The cards are on every page, so are their sources.
    sources: page.trail
      ? distinctSources([...page.sources, ...site.resources.flatMap(({ data }) => data.source ?? [])])
      : [],
    footer: { siteName: settings.siteName, shortName: settings.shortName, publisher: settings.publisher.name },
  };
}

/** The home page: the overview's text, the timeline of the phases and a link to each. */
export function overviewPage(site: SiteEntries) {
  const { data } = site.overview;
  return {
    ...pageData(site, { ...data, path: '', trail: [] }),
    tagline: data.tagline,
    siteShortName: site.settings.shortName,
    phases: site.phases.map(({ id, data }) => {
      const { label, title, years, summary } = shownPhase(data);
      return { label, title, years, href: joinBase(site.root.pathname, `${id}/`), summary };
    }),
    learnMorePrefix: UI.learnMorePrefix(site.settings.publisher.shortName),
    learnMore: data.learnMore,
  };
}

/** The page of the phase with this id (its file name). */
export function phasePage(site: SiteEntries, id: string) {
  const index = site.phases.findIndex((phase) => phase.id === id);
  const entry = site.phases[index];
  if (!entry) throw new Error(`There is no phase ${id} in content/phases/.`);
  const neighbour = (other: SiteEntries['phases'][number] | undefined) =>
    other && { title: shownPhase(other.data).title, href: joinBase(site.root.pathname, `${other.id}/`) };
  const phase = shownPhase(entry.data);
  return {
    ...pageData(site, {
      ...phase,
      path: `${id}/`,
      description: phase.summary,
      trail: [{ name: phase.label, path: `${id}/` }],
    }),
    phase,
    publisherShortName: site.settings.publisher.shortName,
    previous: neighbour(site.phases[index - 1]),
    next: neighbour(site.phases[index + 1]),
  };
}

/** The page for an address the site does not have. */
export function notFoundPage(site: SiteEntries) {
  const { notFoundTitle: title, notFoundText: description } = UI;
  return pageData(site, { path: '404/', title, description, label: title, sources: [], trail: undefined });
}
