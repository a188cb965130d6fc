import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ONLINE_LEARNING =
  'https://www.ala.org/tools/librariestransform/libraries-transforming-communities/online-learning';

const SUBJECTS: Record<string, string> = {
  '/': 'Feedback: Overview - Libraries Transforming Communities',
  '/phase-1/': 'Feedback: Phase 1 - Libraries Transforming Communities',
  '/phase-2/': 'Feedback: Phase 2 - Libraries Transforming Communities',
};

for (const path of Object.keys(SUBJECTS)) {
  test.describe(`on ${path}`, () => {
    test('the e-course card links to ALA’s e-course page, in the same tab', async ({ page }) => {
      await page.goto(path);
      const link = page.getByRole('link', { name: 'Start the free e-course' });
      await expect(link).toHaveAttribute('href', ONLINE_LEARNING);
      await expect(link).not.toHaveAttribute('target', /.*/);
      await expect(page.getByRole('img', { name: 'graphic of a person speaking on a computer screen' })).toBeVisible();
    });

    test('the guide card links to the page ALA offers the guide from', async ({ page }) => {
      await page.goto(path);
      const link = page.getByRole('link', { name: 'Get the guide from ALA’s e-course page' });
      await expect(link).toHaveAttribute('href', ONLINE_LEARNING);
      await expect(page.getByRole('img', { name: 'graphic of a document with a download arrow' })).toBeVisible();
    });

    test('the feedback link mails the Public Programs Office with a subject naming the page', async ({ page }) => {
      await page.goto(path);
      const link = page.getByRole('region', { name: 'Feedback' }).getByRole('link', { name: 'publicprograms@ala.org' });
      const href = new URL((await link.getAttribute('href'))!);
      expect(href.protocol).toBe('mailto:');
      expect(href.pathname).toBe('publicprograms@ala.org');
      expect(href.searchParams.get('subject')).toBe(SUBJECTS[path]);
    });
  });
}

test.describe('a guide hosted on the site (fixture build with a PDF in public/downloads/)', () => {
  test.use({ baseURL: 'http://localhost:4322' });

  test('downloads a real PDF, labelled with its format and size', async ({ page }) => {
    await page.goto('/phase-1/');
    const link = page.getByRole('link', { name: /^Download the guide \(PDF, \d+ bytes\)$/ });
    await expect(link).toHaveAttribute('download', 'leading-conversations-fixture.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('leading-conversations-fixture.pdf');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
