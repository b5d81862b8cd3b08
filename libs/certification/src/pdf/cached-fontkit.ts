import fontkit from '@pdf-lib/fontkit';
import type { Font, Glyph, GlyphRun } from '@pdf-lib/fontkit';

/** fontkit's private glyph internals this cache relies on (pinned @pdf-lib/fontkit 1.1.1; the specs guard them). */
interface GlyphInternals {
  _decode(): unknown;
}

interface ParsedFont {
  font: Font;
  /** Decoded `glyf` records by glyph id: pure data read from the font file, the same for every document. */
  decoded: Map<number, unknown>;
}

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
 * cached getters are then computed on the view. What a glyph decodes from the `glyf` table carries no code points,
 * so that part is shared across documents (it was ~13 % of a render). Relies on fontkit's private `_glyphs` and
 * `_decode` (pinned @pdf-lib/fontkit 1.1.1; the renderer's specs fail if that changes).
 *
 * Text is laid out one character to one glyph through the font's cmap, after NFC normalisation: the certificate's
 * scripts (Latin with diacritics, Cyrillic, Albanian) need no shaping, pdf-lib writes neither kerning nor glyph
 * positions anyway, and fontkit's OpenType shaper was a quarter of every render.
 */
export class CachedFontkit {
  private readonly fonts = new Map<Uint8Array, ParsedFont>();

  create(bytes: Uint8Array, postscriptName?: string): Font {
    let parsed = this.fonts.get(bytes);
    if (!parsed) {
      parsed = { font: fontkit.create(bytes, postscriptName), decoded: new Map() };
      this.fonts.set(bytes, parsed);
    }
    const { font, decoded } = parsed;
    const view: Font = Object.create(font);
    const getGlyph = font.getGlyph;
    const shared = new WeakSet<Glyph>();
    return Object.assign(view, {
      _glyphs: {},
      layout(this: Font, text: string): GlyphRun {
        return { glyphs: this.glyphsForString(text.normalize('NFC')) } as GlyphRun;
      },
      getGlyph(this: Font, id: number, codePoints?: number[]): Glyph {
        const glyph = getGlyph.call(this, id, codePoints);
        if (!shared.has(glyph)) {
          const internals = glyph as unknown as GlyphInternals;
          const decode = internals._decode.bind(glyph);
          internals._decode = () => {
            if (!decoded.has(id)) decoded.set(id, decode());
            return decoded.get(id);
          };
          shared.add(glyph);
        }
        return glyph;
      },
    });
  }
}
