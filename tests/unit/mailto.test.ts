import { expect, it } from 'vitest';
import { buildMailto } from '../../src/lib/mailto';

it('buildMailto encodes spaces in the subject as %20, not +, so mail clients show them as spaces, and characters that would end the subject or start another header', () => {
  expect(buildMailto('publicprograms@ala.org', 'Feedback: Phase 1 - LTC')).toBe(
    'mailto:publicprograms@ala.org?subject=Feedback%3A%20Phase%201%20-%20LTC',
  );
  const href = buildMailto('a@b.org', 'Q&A #1 ?x=y');
  expect(href).toBe('mailto:a@b.org?subject=Q%26A%20%231%20%3Fx%3Dy');
  expect(new URL(href).searchParams.get('subject')).toBe('Q&A #1 ?x=y');
});

it('buildMailto leaves out the query when there is no subject', () => {
  expect(buildMailto(' publicprograms@ala.org ')).toBe('mailto:publicprograms@ala.org');
});
