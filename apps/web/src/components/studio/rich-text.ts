/**
 * The client half of the lesson rich-text allow-list. The server sanitises every body (sanitize-html, see
 * libs/curriculum/src/content/rich-text-sanitizer.ts); the editor normalises its HTML to the same subset and the
 * same serialisation first, so what the studio sends is exactly what the server keeps (sanitising it again is a
 * no-op) and autosave never sees a difference that is only the server's clean-up.
 */

const BLOCK_WITH_DIR = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'th',
  'td',
  'figure',
  'figcaption',
]);
const OTHER_TAGS = new Set([
  'br',
  'strong',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'code',
  'hr',
  'a',
  'img',
  'span',
  'thead',
  'tbody',
  'tr',
]);
const VOID_TAGS = new Set(['br', 'hr', 'img']);
/** A `div` holding blocks is unwrapped, not made a paragraph (a paragraph cannot hold blocks). */
const BLOCK_SELECTOR = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, blockquote, pre, table, figure, hr';

/** What browsers' editing commands produce, renamed to the allowed equivalent instead of losing the formatting. */
const RENAMED: Record<string, string> = {
  b: 'strong',
  i: 'em',
  strike: 's',
  del: 's',
  ins: 'u',
  div: 'p',
  h1: 'h2',
  h5: 'h4',
  h6: 'h4',
};

/** Dropped together with their content (code or hidden markup, never text for a learner). */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'textarea',
  'noscript',
  'template',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'select',
  'option',
  'frameset',
  'plaintext',
  'head',
]);

const DIRECTIONS = ['ltr', 'rtl', 'auto'];
const SCOPES = ['row', 'col', 'rowgroup', 'colgroup'];
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const DIMENSION = /^\d{1,4}$/;

// --- URLs (the same rules as the server's safe-url.ts) ---

const STRIPPED_ANYWHERE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const TRIMMED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

function cleanUrl(raw: string): string | undefined {
  const url = raw.replace(STRIPPED_ANYWHERE, '').replace(TRIMMED_AT_ENDS, '');
  return CONTROL.test(url) ? undefined : url;
}

/** A link target the server keeps: http(s), mailto or same-site relative; `external` links open in a new tab. */
export function safeLinkHref(raw: string): { href: string; external: boolean } | undefined {
  const url = cleanUrl(raw);
  if (url === undefined || url === '' || /^[/\\]{2}/.test(url)) return undefined;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return url.includes(':') && !/^[/?#.]/.test(url) ? undefined : { href: url, external: false };
  }
  if (scheme === 'http' || scheme === 'https') return { href: url, external: true };
  if (scheme === 'mailto') return { href: url, external: false };
  return undefined;
}

/** Images come from https or from the site's file store (`/files/...`). */
export function safeImageSrc(raw: string): string | undefined {
  const url = cleanUrl(raw);
  if (url === undefined) return undefined;
  if (SCHEME.exec(url)?.[1]?.toLowerCase() === 'https' && !url.includes('\\')) return url;
  if (/^\/files\/[^\s"'<>\\]*$/.test(url) && !/(^|\/)\.\.?(\/|$|[?#])/.test(url.slice(1))) return url;
  return undefined;
}

// --- Serialisation (sanitize-html's: `&`, `<`, `>` escaped in text, plus `"` in attributes; `<br />`) ---

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

function keyword(element: Element, name: string, allowed: readonly string[], out: [string, string][]): void {
  const value = element.getAttribute(name)?.trim().toLowerCase();
  if (value !== undefined && allowed.includes(value)) out.push([name, value]);
}

/** The attributes the allow-list keeps for an element, in the server's order; `null` drops the element. */
function attributesFor(tag: string, element: Element): [string, string][] | null {
  const out: [string, string][] = [];
  if (BLOCK_WITH_DIR.has(tag)) {
    keyword(element, 'dir', DIRECTIONS, out);
    if (tag === 'th') keyword(element, 'scope', SCOPES, out);
  } else if (tag === 'a') {
    const rawHref = element.getAttribute('href');
    const link = rawHref === null ? undefined : safeLinkHref(rawHref);
    if (link) out.push(['href', link.href]);
    const title = element.getAttribute('title');
    if (title) out.push(['title', title]);
    if (link?.external) out.push(['rel', 'noopener noreferrer'], ['target', '_blank']);
  } else if (tag === 'img') {
    const rawSrc = element.getAttribute('src');
    const src = rawSrc === null ? undefined : safeImageSrc(rawSrc);
    if (!src) return null;
    out.push(['src', src]);
    const alt = element.getAttribute('alt');
    if (alt !== null) out.push(['alt', alt]);
    for (const name of ['width', 'height']) {
      const value = element.getAttribute(name)?.trim();
      if (value !== undefined && DIMENSION.test(value)) out.push([name, value]);
    }
  } else if (tag === 'span') {
    const lang = element.getAttribute('lang')?.trim();
    if (lang !== undefined && LANG_TAG.test(lang)) out.push(['lang', lang]);
  }
  return out;
}

function serialise(node: Node): string {
  let html = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      html += escapeText((child.nodeValue ?? '').replace(CONTROL_CHARS, ''));
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const element = child as Element;
    const original = element.localName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(original)) continue;
    const tag =
      original === 'div' && element.querySelector(BLOCK_SELECTOR) ? 'div' : (RENAMED[original] ?? original);
    if (!BLOCK_WITH_DIR.has(tag) && !OTHER_TAGS.has(tag)) {
      html += serialise(element); // not allowed: the element goes, its text stays
      continue;
    }
    const attributes = attributesFor(tag, element);
    if (attributes === null) continue;
    const rendered = attributes
      .map(([name, value]) =>
        value === '' && name !== 'alt' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
      )
      .join('');
    html += VOID_TAGS.has(tag)
      ? `<${tag}${rendered} />`
      : `<${tag}${rendered}>${serialise(element)}</${tag}>`;
  }
  return html;
}

/** A body that shows nothing (e.g. the `<p><br /></p>` an emptied editor leaves) is stored as an empty text. */
function isBlank(html: string): boolean {
  return !/<(img|hr)\b/.test(html) && html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s|\u00a0/g, '') === '';
}

/**
 * Reduces any HTML (pasted, typed, produced by editing commands) to the allow-listed subset, serialised the way
 * the server serialises it. Parsing uses an inert document: nothing runs and nothing loads.
 */
export function normaliseRichText(html: string): string {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body>${html.replace(CONTROL_CHARS, '')}</body>`,
    'text/html',
  );
  const result = serialise(doc.body);
  return isBlank(result) ? '' : result;
}

/** The visible text of a body (for diffs and previews). */
export function richTextToPlain(html: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  doc.body.querySelectorAll('p, h2, h3, h4, li, blockquote, pre, tr, figcaption, br').forEach((node) => {
    node.append(doc.createTextNode('\n'));
  });
  return (doc.body.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
