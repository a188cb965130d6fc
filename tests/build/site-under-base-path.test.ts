import { checkSiteCopy } from '../support/site-copy';

// The same on a copy built for a sub-path: links editors write from the root must still resolve.
checkSiteCopy('/tools/ltc/', 4332);
