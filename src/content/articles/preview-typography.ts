import { normalizeWithChanges, type TextChange } from '../../text/index.js';

/** What the typography repair would do to one piece of text. */
export interface TypographyPreview {
  before: string;
  after: string;
  /** Each change with offsets into `before`, so the editor can highlight it before applying. */
  changes: TextChange[];
}

/** One text node of a body: its index among the HTML's text nodes and the changes in it. */
export interface BodySegmentPreview extends TypographyPreview {
  /** Position of the text node in document order (0-based, counting non-blank text nodes). */
  index: number;
  /** Offset of the text node inside the HTML string. */
  offset: number;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m]!);

/**
 * Previews the Persian typography repair (the text engine's normalizer) without saving:
 * for plain texts, and for the text nodes of a body's HTML (tags are never touched, as on save).
 * Only Persian text is repaired; other languages get no changes.
 */
export function previewTypography(input: { lang: 'fa' | 'ar' | 'en'; texts?: string[]; html?: string }): { texts: TypographyPreview[]; body: BodySegmentPreview[] } {
  const run = (s: string): TypographyPreview => {
    if (input.lang !== 'fa') return { before: s, after: s, changes: [] };
    const r = normalizeWithChanges(s);
    return { before: s, after: r.text, changes: r.changes };
  };
  const texts = (input.texts ?? []).map(run);
  const body: BodySegmentPreview[] = [];
  if (input.html) {
    let offset = 0;
    let index = 0;
    for (const part of input.html.split(/(<[^>]*>)/)) {
      if (!part.startsWith('<') && part.trim()) {
        const p = run(unescape(part));
        if (p.changes.length) body.push({ ...p, index, offset });
        index++;
      }
      offset += part.length;
    }
  }
  return { texts, body };
}
