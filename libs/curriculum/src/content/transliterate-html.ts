import { transliterate, type SerbianScript } from './transliterate';

/**
 * Transliterates the text of sanitised rich text (the output of `sanitizeRichText`) and leaves markup alone: tags,
 * attribute values (URLs, titles, lang codes), character references such as `&amp;`, code (`code`, `pre`) and
 * passages marked as another language (`<span lang="en">`).
 *
 * It relies on sanitised input, where `<` and `>` in text and attributes are always escaped, so a tag-aware splitter
 * is exact; it is not a general HTML parser.
 */

const TAG_OR_TEXT = /(<[^>]*>)/;
const ENTITY = /(&[#a-zA-Z0-9]+;)/;
const OPEN_TAG = /^<([a-zA-Z][a-zA-Z0-9]*)([^>]*?)\/?>$/;
const CLOSE_TAG = /^<\/([a-zA-Z][a-zA-Z0-9]*)\s*>$/;
const VOID = new Set(['br', 'hr', 'img']);
const CODE = new Set(['code', 'pre']);
const LANG = /\blang\s*=\s*"([^"]*)"/i;

interface OpenElement {
  readonly name: string;
  readonly skip: boolean;
}

function isOtherLanguage(attributes: string): boolean {
  const lang = LANG.exec(attributes)?.[1];
  return lang !== undefined && !/^(sr|cnr|bs|hr)(-|$)/i.test(lang);
}

function transliterateText(text: string, from: SerbianScript, to: SerbianScript): string {
  return text
    .split(ENTITY)
    .map((part, i) => (i % 2 === 1 ? part : transliterate(part, from, to)))
    .join('');
}

export function transliterateHtml(html: string, from: SerbianScript, to: SerbianScript): string {
  if (from === to) return html;
  const open: OpenElement[] = [];
  return html
    .split(TAG_OR_TEXT)
    .map((part, i) => {
      if (i % 2 === 0) return open.some((element) => element.skip) ? part : transliterateText(part, from, to);
      const opening = OPEN_TAG.exec(part);
      if (opening) {
        const name = (opening[1] ?? '').toLowerCase();
        if (!VOID.has(name) && !part.endsWith('/>')) {
          open.push({ name, skip: CODE.has(name) || isOtherLanguage(opening[2] ?? '') });
        }
        return part;
      }
      const closing = CLOSE_TAG.exec(part);
      if (closing) {
        const name = (closing[1] ?? '').toLowerCase();
        const at = open.map((element) => element.name).lastIndexOf(name);
        if (at !== -1) open.length = at;
      }
      return part;
    })
    .join('');
}
