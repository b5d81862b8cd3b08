import sanitizeHtml from 'sanitize-html';

export interface FoundElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Spec-only: every element and its (entity-decoded) attributes, read with the parser sanitize-html itself uses. */
export function elementsOf(html: string): FoundElement[] {
  const found: FoundElement[] = [];
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    onOpenTag: (tag, attributes) => found.push({ tag, attributes: { ...attributes } }),
  });
  return found;
}
