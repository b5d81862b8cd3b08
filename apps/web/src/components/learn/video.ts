/**
 * Whether a lesson's video can play inside the page: the content security policy allows media from Parity's own
 * origin only, so a same-origin video file is embedded and anything else (YouTube, Vimeo, …) is a link.
 */
export function embeddableVideo(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin && /\.(mp4|webm|ogv|ogg|m4v)$/i.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** Only http(s) links are offered (never `javascript:` or `data:`). */
export function safeLink(url: string, origin: string): string | null {
  try {
    const parsed = new URL(url, origin);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
