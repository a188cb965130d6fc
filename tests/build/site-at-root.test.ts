import { checkSiteCopy } from '../support/site-copy';

// The recipes of docs/editing.md and the crawl of the links, on a copy built at the root (port: docs/testing.md, "Ports").
checkSiteCopy('/', 4331);
