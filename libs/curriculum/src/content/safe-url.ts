/**
 * URL checks for the rich-text allow-list. Pure functions, no DOM.
 *
 * A browser removes tab, line feed and carriage return anywhere in a URL and trims leading and trailing C0 controls
 * and spaces before it looks for the scheme, so we do the same and judge the result. Any other control character
 * left inside the URL rejects it: there is no legitimate use and it is a classic obfuscation trick.
 */

const STRIPPED_ANYWHERE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const TRIMMED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The URL as a browser would see it, or `undefined` when it contains control characters. */
function normalise(raw: string): string | undefined {
  const url = raw.replace(STRIPPED_ANYWHERE, '').replace(TRIMMED_AT_ENDS, '');
  return CONTROL.test(url) ? undefined : url;
}

function schemeOf(url: string): string | undefined {
  return SCHEME.exec(url)?.[1]?.toLowerCase();
}

/** `//host` and `\\host` (browsers treat `\` as `/` in http URLs) leave the site: not relative. */
function isProtocolRelative(url: string): boolean {
  return /^[/\\]{2}/.test(url);
}

export interface SafeLink {
  readonly href: string;
  /** Absolute http(s) links leave the platform: they open in a new tab without an opener or referrer. */
  readonly external: boolean;
}

/** Links may be http(s), mailto, or relative to this site (`/path`, `page`, `#anchor`, `?query`). */
export function safeLinkHref(raw: string): SafeLink | undefined {
  const url = normalise(raw);
  if (url === undefined || url === '' || isProtocolRelative(url)) return undefined;
  const scheme = schemeOf(url);
  if (scheme === undefined) {
    // A colon before any path character is a scheme in disguise; refuse it rather than guess.
    return url.includes(':') && !/^[/?#.]/.test(url) ? undefined : { href: url, external: false };
  }
  if (scheme === 'http' || scheme === 'https') return { href: url, external: true };
  if (scheme === 'mailto') return { href: url, external: false };
  return undefined;
}

/** Images may come from https or from this site's file store (`/files/...`), nowhere else. */
export function safeImageSrc(raw: string): string | undefined {
  const url = normalise(raw);
  if (url === undefined) return undefined;
  if (schemeOf(url) === 'https' && !url.includes('\\')) return url;
  if (/^\/files\/[^\s"'<>\\]*$/.test(url) && !/(^|\/)\.\.?(\/|$|[?#])/.test(url.slice(1))) return url;
  return undefined;
}
