/** A mailto: link; not URLSearchParams, since mail clients read "+" literally (RFC 6068 asks for %20). */
export function buildMailto(address: string, subject?: string): string {
  const to = encodeURI(address.trim());
  return subject ? `mailto:${to}?subject=${encodeURIComponent(subject)}` : `mailto:${to}`;
}

/** The subject that tells the Public Programs Office which page the feedback is about. */
export function feedbackSubject(pageLabel: string, siteName: string): string {
  return `Feedback: ${pageLabel} - ${siteName}`;
}
