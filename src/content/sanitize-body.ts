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
  return sanitizeHtml(html, OPTIONS).trim();
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
