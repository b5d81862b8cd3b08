import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';

/**
 * pdf-lib calls `fontkit.create(bytes)` in every document that embeds a font, re-parsing the whole TrueType file
 * (~0.7 MB for DejaVu Sans) each time. The fonts' bytes are read once per process, so the parsed font is kept per
 * buffer (a Map keyed by the Buffer object).
 *
 * Each document gets its own view of the parsed font, not the parsed font itself: fontkit caches glyph objects per
 * font, and a glyph remembers the code points it was first looked up with, which pdf-lib writes into the document's
 * ToUnicode map. Latin "J" and Cyrillic "Ј" share one glyph in DejaVu, so with one shared glyph cache a Latin
 * certificate rendered after a Serbian one would copy-paste as Cyrillic, and its bytes would depend on what the
 * process rendered before. A view inherits the parsed tables (the costly part) and starts with an empty glyph cache,
 * exactly as fontkit's own `getVariation` shares `_tables` between fonts; the layout engine and the other lazily
 * cached getters are then computed on the view. Relies on fontkit's private `_glyphs` (pinned @pdf-lib/fontkit 1.1.1;
 * the renderer's specs fail if that changes).
 */
export class CachedFontkit {
  private readonly fonts = new Map<Uint8Array, Font>();

  create(bytes: Uint8Array, postscriptName?: string): Font {
    let parsed = this.fonts.get(bytes);
    if (!parsed) {
      parsed = fontkit.create(bytes, postscriptName);
      this.fonts.set(bytes, parsed);
    }
    const view: Font = Object.create(parsed);
    return Object.assign(view, { _glyphs: {} });
  }
}
