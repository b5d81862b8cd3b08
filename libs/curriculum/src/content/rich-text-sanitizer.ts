import sanitizeHtml from 'sanitize-html';
import { safeImageSrc, safeLinkHref } from './safe-url';

/**
 * The server-side allow-list for lesson rich text. The studio's editor produces exactly this subset, so a trainer
 * never loses legitimate formatting; anything else (scripts, styles, frames, SVG, event handlers, classes, ids,
 * unsafe URLs) is removed. The output is stable: sanitising it again returns the same string.
 */

const BLOCK_WITH_DIR = [
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
] as const;

const INLINE = ['br', 'strong', 'em', 'u', 's', 'sub', 'sup', 'code', 'hr', 'a', 'img', 'span'] as const;

const TABLE_PARTS = ['thead', 'tbody', 'tr'] as const;

export const RICH_TEXT_TAGS: readonly string[] = [...BLOCK_WITH_DIR, ...INLINE, ...TABLE_PARTS];

/** Elements whose content is code or hidden markup, not text a learner should see: dropped with the element. */
const DROPPED_WITH_CONTENT = [
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
];

const DIRECTIONS = ['ltr', 'rtl', 'auto'];
const SCOPES = ['row', 'col', 'rowgroup', 'colgroup'];
/** C0 controls other than tab, line feed and carriage return, and DEL: never meaningful, and PostgreSQL rejects NUL. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const DIMENSION = /^\d{1,4}$/;

const allowedAttributes: Record<string, sanitizeHtml.AllowedAttribute[]> = {
  ...Object.fromEntries(BLOCK_WITH_DIR.map((tag) => [tag, ['dir']])),
  th: ['dir', 'scope'],
  a: ['href', 'title', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  span: ['lang'],
};

type Attributes = sanitizeHtml.Attributes;

/** An enumerated attribute keeps only a known value (lower-cased); anything else is dropped, never left empty. */
function keyword(attribs: Attributes, name: string, allowed: readonly string[], out: Attributes): void {
  const value = attribs[name]?.trim().toLowerCase();
  if (value !== undefined && allowed.includes(value)) out[name] = value;
}

function transformBlock(tagName: string, attribs: Attributes): sanitizeHtml.Tag {
  const out: Attributes = {};
  keyword(attribs, 'dir', DIRECTIONS, out);
  if (tagName === 'th') keyword(attribs, 'scope', SCOPES, out);
  return { tagName, attribs: out };
}

function transformLink(tagName: string, attribs: Attributes): sanitizeHtml.Tag {
  const link = attribs['href'] === undefined ? undefined : safeLinkHref(attribs['href']);
  const out: Attributes = {};
  if (link) out['href'] = link.href;
  if (attribs['title'] !== undefined) out['title'] = attribs['title'];
  if (link) {
    if (link.external) {
      out['rel'] = 'noopener noreferrer';
      out['target'] = '_blank';
    }
  }
  return { tagName, attribs: out };
}

function transformImage(tagName: string, attribs: Attributes): sanitizeHtml.Tag {
  const src = attribs['src'] === undefined ? undefined : safeImageSrc(attribs['src']);
  const out: Attributes = {};
  if (src !== undefined) out['src'] = src;
  if (attribs['alt'] !== undefined) out['alt'] = attribs['alt'];
  for (const name of ['width', 'height']) {
    const value = attribs[name]?.trim();
    if (value !== undefined && DIMENSION.test(value)) out[name] = value;
  }
  return { tagName, attribs: out };
}

function transformSpan(tagName: string, attribs: Attributes): sanitizeHtml.Tag {
  const lang = attribs['lang']?.trim();
  return { tagName, attribs: lang !== undefined && LANG_TAG.test(lang) ? { lang } : {} };
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  allowedAttributes,
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  parseStyleAttributes: false,
  transformTags: {
    ...Object.fromEntries(BLOCK_WITH_DIR.map((tag) => [tag, transformBlock])),
    a: transformLink,
    img: transformImage,
    span: transformSpan,
  },
  textFilter: (text) => text.replace(CONTROL_CHARS, ''),
  // An image without a usable source shows nothing but a broken icon: drop it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['src'],
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html.replace(CONTROL_CHARS, ''), OPTIONS);
}
export { sanitizePlainText } from './plain-text';
