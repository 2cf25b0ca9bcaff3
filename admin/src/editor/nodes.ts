/**
 * Body nodes matching what the server's sanitizer keeps (src/content/sanitize-body.ts):
 * `<figure class="image"><img data-media-id …><figcaption>` for images from the media library,
 * and `<figure class="embed" data-embed><iframe src="https://aparat|youtube|vimeo…">` for video.
 * In the editor an embed shows as a box with its address: nothing is loaded from another site.
 */
import { Node } from '@tiptap/core';
import { t } from '../i18n/index.js';

export const FigureImage = Node.create({
  name: 'figureImage',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      width: { default: null },
      height: { default: null },
      mediaId: { default: null },
      caption: { default: '' },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure.image',
        getAttrs: (el) => {
          const img = (el as HTMLElement).querySelector('img');
          if (!img) return false;
          return {
            src: img.getAttribute('src'),
            alt: img.getAttribute('alt') ?? '',
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            mediaId: img.getAttribute('data-media-id'),
            caption: (el as HTMLElement).querySelector('figcaption')?.textContent ?? '',
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const a = node.attrs;
    const img = ['img', { src: a.src, alt: a.alt ?? '', width: a.width, height: a.height, 'data-media-id': a.mediaId }];
    return a.caption ? ['figure', { class: 'image' }, img, ['figcaption', a.caption]] : ['figure', { class: 'image' }, img];
  },
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const dom = document.createElement('figure');
      dom.className = 'image';
      const img = document.createElement('img');
      const cap = document.createElement('input');
      cap.className = 'figcaption-input';
      cap.setAttribute('aria-label', t('media.caption'));
      cap.placeholder = t('media.caption');
      const paint = (n: typeof node) => {
        img.src = n.attrs.src ?? '';
        img.alt = n.attrs.alt ?? '';
        if (n.attrs.width) img.width = Number(n.attrs.width);
        if (n.attrs.height) img.height = Number(n.attrs.height);
        if (document.activeElement !== cap) cap.value = n.attrs.caption ?? '';
      };
      paint(node);
      cap.addEventListener('input', () => {
        const pos = typeof getPos === 'function' ? getPos() : undefined;
        if (typeof pos === 'number') editor.view.dispatch(editor.view.state.tr.setNodeAttribute(pos, 'caption', cap.value));
      });
      cap.readOnly = !editor.isEditable;
      dom.append(img, cap);
      return {
        dom,
        stopEvent: (e: Event) => e.target === cap,
        ignoreMutation: () => true,
        update: (n) => {
          if (n.type.name !== 'figureImage') return false;
          paint(n);
          cap.readOnly = !editor.isEditable;
          return true;
        },
      };
    };
  },
});

const EMBED_HOSTS = ['www.aparat.com', 'aparat.com', 'www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com'];

/** The embeddable address of a video page URL (Aparat, YouTube, Vimeo), or null. */
export function embedUrl(input: string): string | null {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.replace(/^m\./, 'www.');
  const yt = host === 'youtu.be' ? u.pathname.slice(1) : /(^|\.)youtube\.com$/.test(host) ? (u.searchParams.get('v') ?? /^\/(?:embed|shorts)\/([\w-]+)/.exec(u.pathname)?.[1]) : null;
  if (yt && /^[\w-]{6,20}$/.test(yt)) return `https://www.youtube-nocookie.com/embed/${yt}`;
  if (/(^|\.)aparat\.com$/.test(host)) {
    const h = /^\/v\/([\w]+)/.exec(u.pathname)?.[1] ?? /videohash\/([\w]+)/.exec(u.pathname)?.[1];
    if (h) return `https://www.aparat.com/video/video/embed/videohash/${h}/vt/frame`;
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com') {
    const id = /^\/(\d+)/.exec(u.pathname)?.[1];
    if (id) return `https://player.vimeo.com/video/${id}`;
  }
  if (EMBED_HOSTS.includes(u.hostname)) return `https://${u.hostname}${u.pathname}${u.search}`;
  return null;
}

export const VideoEmbed = Node.create({
  name: 'videoEmbed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { src: { default: null }, title: { default: '' } };
  },
  parseHTML() {
    return [
      {
        tag: 'figure.embed',
        getAttrs: (el) => {
          const f = (el as HTMLElement).querySelector('iframe');
          const src = f?.getAttribute('src');
          return src ? { src, title: f?.getAttribute('title') ?? '' } : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    return [
      'figure',
      { class: 'embed', 'data-embed': '' },
      ['iframe', { src: node.attrs.src, width: '640', height: '360', title: node.attrs.title || 'video', allowfullscreen: 'true', loading: 'lazy' }],
    ];
  },
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('figure');
      dom.className = 'embed embed-placeholder';
      const label = document.createElement('strong');
      label.textContent = `▶ ${t('embed.label')}`;
      const url = document.createElement('code');
      url.dir = 'ltr';
      url.textContent = node.attrs.src;
      dom.append(label, url);
      return { dom, ignoreMutation: () => true };
    };
  },
});
