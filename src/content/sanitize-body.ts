import sanitizeHtml from 'sanitize-html';

/**
 * The allowlist for stored article bodies. Anything not listed is dropped (tags) or
 * stripped (attributes); scripts, styles, event handlers and javascript: URLs never survive.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'mark', 'small',
    'a', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'figure', 'figcaption', 'img', 'hr',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'span', 'bdi', 'bdo', 'abbr', 'code', 'pre', 'iframe',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading', 'data-media-id'],
    iframe: ['src', 'width', 'height', 'title', 'allowfullscreen', 'loading'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    bdo: ['dir'],
    span: ['dir', 'lang'],
    p: ['dir'],
    blockquote: ['cite'],
    abbr: ['title'],
    figure: ['class', 'data-embed'],
    ol: ['start'],
  },
  allowedClasses: { figure: ['embed', 'image'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Embedded video only from well-known video hosts, always over https.
  allowedIframeHostnames: ['www.aparat.com', 'aparat.com', 'www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com'],
  allowIframeRelativeUrls: false,
  transformTags: {
    a: (tagName, attribs) => {
      const out: Record<string, string> = { ...attribs };
      if (out.target === '_blank' || /^https?:/i.test(out.href ?? '')) out.rel = 'noopener noreferrer';
      if (out.target && out.target !== '_blank') delete out.target;
      return { tagName, attribs: out };
    },
    b: 'strong',
    i: 'em',
  },
  exclusiveFilter: (frame) => (frame.tag === 'p' && !frame.text.trim() && !frame.mediaChildren.length),
};

/** Sanitizes article body HTML with the allowlist. Idempotent. */
export function sanitizeBody(html: string): string {
  return plainParagraphs(html) ?? sanitizeWithParser(html);
}

/** sanitizeBody without the plain-paragraph shortcut (tests compare the two). */
export function sanitizeWithParser(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const ENTITY_AT = /&(?:amp|lt|gt|quot|#39);/y;

/**
 * What the sanitizer makes of a body that is only `<p>` paragraphs of escaped text, one per
 * line (what paragraphsToHtml builds: every imported article), computed in one scan instead
 * of a parse: the same HTML, except that the parser decodes &quot; and &#39; and writes them
 * back as plain characters. Null for anything else — another tag, an attribute, another
 * entity, a blank paragraph (the allowlist drops it) — which then takes the parser.
 * Why: the parse was ~7% of an import's preparation time. sanitize-body.test.ts checks that
 * both ways give the same bytes on generated paragraphs and markup.
 */
function plainParagraphs(html: string): string | null {
  let out = '';
  let pos = 0;
  for (;;) {
    if (!html.startsWith('<p>', pos)) return null;
    const start = pos + 3;
    const end = html.indexOf('</p>', start);
    if (end < 0) return null;
    const text = html.slice(start, end);
    if (!text.trim() || text.includes('<') || text.includes('>')) return null;
    let amp = text.indexOf('&');
    if (amp < 0) out += `<p>${text}</p>`;
    else {
      for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
        ENTITY_AT.lastIndex = amp;
        if (!ENTITY_AT.test(text)) return null;
      }
      out += `<p>${text.replaceAll('&quot;', '"').replaceAll('&#39;', "'")}</p>`;
    }
    pos = end + 4;
    if (pos === html.length) return out;
    if (html.charCodeAt(pos) !== 0x0a) return null;
    out += '\n';
    pos++;
  }
}

/** Escapes plain text for HTML (used when turning plain paragraphs into body HTML). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Plain paragraphs → body HTML (`<p>…</p>` each). */
export function paragraphsToHtml(paragraphs: string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** Body HTML → plain text (for search and summaries). */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[2-4]|li|blockquote|figcaption|tr)>/gi, '$&\n'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
