/**
 * Words of the interface that are not content: labels, headings of fixed blocks.
 * Editors' words live in content/; these change only with the design. Labels that name the site
 * or its publisher take the names from content/site/settings.yaml.
 */
export const UI = {
  skipLink: 'Skip to main content',
  mainNav: 'Main',
  timelineHeading: (siteShortName: string) => `The phases of ${siteShortName}`,
  timelineIntro: 'Each phase on a timeline of its years. Select a phase to read about it.',
  resourcesHeading: 'Resources',
  feedbackHeading: 'Feedback',
  sourcesHeading: 'Sources',
  keyFactsHeading: 'Key facts',
  /** The name of the scrolling region around a table of the text without a caption (src/markdown/table-regions.ts). */
  tableRegion: (heading: string) => (heading === '' ? 'Table' : `Table: ${heading}`),
  years: 'Years',
  partners: 'In partnership with',
  funders: 'Funded by',
  learnMorePrefix: (publisherShortName: string) => `${publisherShortName}’s official page:`,
  officialPage: (publisherShortName: string) => `Read ${publisherShortName}’s official page`,
  previousPhase: 'Previous phase',
  nextPhase: 'Next phase',
  phaseNav: 'Phases',
  allPhases: 'All phases',
  initiativeOf: 'an initiative of the',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved, or the address may have a typing mistake.',
  notFoundHome: 'Go to the home page',
} as const;
