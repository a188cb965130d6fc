/** A mailto: link; not URLSearchParams, since mail clients read "+" literally (RFC 6068 asks for %20). */
export function buildMailto(address: string, subject?: string): string {
  const to = encodeURI(address.trim());
  return subject ? `mailto:${to}?subject=${encodeURIComponent(subject)}` : `mailto:${to}`;
}

/** The subject that tells the Public Programs Office which page the feedback is about. */
export function feedbackSubject(pageLabel: string, siteName: string): string {
  return `Feedback: ${pageLabel} - ${siteName}`;
}

/** An e-mail address within a text, such as the feedback sentence: publicprograms@ala.org. */
export const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/;

/** The e-mail address a sentence holds: the settings schema lets through only a sentence with one. */
export function addressIn(sentence: string): string {
  const found = EMAIL_ADDRESS.exec(sentence)?.[0];
  if (found === undefined) throw new Error(`There is no e-mail address in "${sentence}".`);
  return found;
}
