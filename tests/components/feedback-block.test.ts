import { describe, expect, it } from 'vitest';
import FeedbackBlock from '../../src/components/FeedbackBlock.astro';
import { renderToDocument } from './render';

const props = {
  email: 'publicprograms@ala.org',
  sentence:
    "We welcome your feedback! Please send your comments, questions and suggestions to ALA's Public Programs Office at publicprograms@ala.org.",
  subject: 'Feedback: Phase 1 - Libraries Transforming Communities',
};

describe('FeedbackBlock', () => {
  it('links the address in the sentence to a mailto: URL whose subject names the page', async () => {
    const doc = await renderToDocument(FeedbackBlock, props);
    const link = doc.querySelector('a[href^="mailto:"]');
    expect(link?.textContent).toBe('publicprograms@ala.org');
    const url = new URL(link!.getAttribute('href')!);
    expect(url.pathname).toBe('publicprograms@ala.org');
    expect(url.searchParams.get('subject')).toBe(props.subject);
  });

  it('keeps the whole sentence, with the address shown as text', async () => {
    const doc = await renderToDocument(FeedbackBlock, props);
    expect(doc.querySelector('p')?.textContent).toBe(props.sentence);
    expect(doc.querySelector('h2')?.textContent).toBe('Feedback');
  });
});
