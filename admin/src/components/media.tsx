/** Media helpers: the smallest/largest public copy of an image, the upload form. */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../api.js';
import { t } from '../i18n/index.js';
import type { Media } from '../types.js';
import { Field, Notice } from './ui.js';

/** The variant closest to `width` (prefer WebP for thumbnails, the original format for bodies). */
export function variantUrl(m: Media, width: number, format: 'webp' | 'original' = 'webp'): string {
  const list = m.variants.filter((v) => (format === 'webp' ? v.format === 'webp' : v.format !== 'webp'));
  const pool = list.length ? list : m.variants;
  const sorted = [...pool].sort((a, b) => a.width - b.width);
  return (sorted.find((v) => v.width >= width) ?? sorted[sorted.length - 1])?.url ?? '';
}

export function variantOf(m: Media, width: number) {
  const pool = m.variants.filter((v) => v.format !== 'webp');
  const sorted = [...(pool.length ? pool : m.variants)].sort((a, b) => a.width - b.width);
  return sorted.find((v) => v.width >= width) ?? sorted[sorted.length - 1];
}

/** Upload an image with alt, caption and credit. */
export function UploadForm(props: { onUploaded(m: Media): void; idPrefix: string }) {
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const p = props.idPrefix;

  async function submit(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return;
    const data = new FormData();
    data.set('alt', alt);
    data.set('caption', caption);
    data.set('credit', credit);
    data.set('file', file);
    setBusy(true);
    setMsg(null);
    try {
      const { media } = await api.upload(data);
      setMsg({ kind: 'ok', text: t('media.uploaded') });
      form.reset();
      setAlt('');
      setCaption('');
      setCredit('');
      props.onUploaded(media);
    } catch (err) {
      setMsg({ kind: 'error', text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="upload card" onSubmit={submit} data-testid="upload-form">
      <h2>{t('media.upload')}</h2>
      <Field label={t('media.file')} id={`${p}-file`}>
        <input id={`${p}-file`} name="file" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" required />
      </Field>
      <Field label={t('media.alt')} id={`${p}-alt`}>
        <input id={`${p}-alt`} value={alt} onInput={(e) => setAlt(e.currentTarget.value)} />
      </Field>
      <Field label={t('media.caption')} id={`${p}-caption`}>
        <input id={`${p}-caption`} value={caption} onInput={(e) => setCaption(e.currentTarget.value)} />
      </Field>
      <Field label={t('media.credit')} id={`${p}-credit`}>
        <input id={`${p}-credit`} value={credit} onInput={(e) => setCredit(e.currentTarget.value)} />
      </Field>
      {msg && <Notice kind={msg.kind}>{msg.text}</Notice>}
      <button type="submit" class="primary" disabled={busy}>{t('media.upload')}</button>
    </form>
  );
}

/** Search and pick images; `onPick` receives the chosen image. */
export function MediaGrid(props: { onPick?(m: Media): void; editable?: boolean; refresh?: number }) {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<Media[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.media({ q: query || undefined, limit: 40 }).then(
      (r) => setItems(r.items),
      (e) => setError(errorMessage(e)),
    );
  }, [query, props.refresh]);

  return (
    <div class="media-grid-wrap">
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(q);
        }}
      >
        <label class="grow">
          <span>{t('media.search')}</span>
          <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('search.submit')}</button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {items && items.length === 0 && <p>{t('media.empty')}</p>}
      <ul class="media-grid" data-testid="media-grid">
        {items?.map((m) => (
          <li key={m.id} data-media-id={m.id}>
            {props.editable ? <MediaCard m={m} /> : (
              <button type="button" class="media-pick" onClick={() => props.onPick?.(m)} aria-label={`${t('media.choose')}: ${m.caption || m.alt || m.originalName}`}>
                <img src={variantUrl(m, 320)} alt="" width={160} height={Math.round((160 * m.height) / Math.max(1, m.width))} loading="lazy" />
                <span>{m.caption || m.originalName}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function MediaCard(props: { m: Media }) {
  const [m, setM] = useState(props.m);
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  async function save(e: Event) {
    e.preventDefault();
    try {
      const r = await api.updateMedia(m.id, { alt: m.alt, caption: m.caption, credit: m.credit });
      setM(r.media);
      setMsg({ kind: 'ok', text: t('media.saved') });
    } catch (err) {
      setMsg({ kind: 'error', text: errorMessage(err) });
    }
  }
  const id = `media-${m.id}`;
  return (
    <form class="media-card" onSubmit={save}>
      <img src={variantUrl(m, 320)} alt={m.alt} width={320} height={Math.round((320 * m.height) / Math.max(1, m.width))} loading="lazy" />
      <small class="muted" dir="ltr">{m.originalName} · {t('media.size', { w: m.width, h: m.height })}</small>
      <Field label={t('media.alt')} id={`${id}-alt`}>
        <input id={`${id}-alt`} value={m.alt} onInput={(e) => setM({ ...m, alt: e.currentTarget.value })} />
      </Field>
      <Field label={t('media.caption')} id={`${id}-caption`}>
        <input id={`${id}-caption`} value={m.caption} onInput={(e) => setM({ ...m, caption: e.currentTarget.value })} />
      </Field>
      <Field label={t('media.credit')} id={`${id}-credit`}>
        <input id={`${id}-credit`} value={m.credit} onInput={(e) => setM({ ...m, credit: e.currentTarget.value })} />
      </Field>
      {msg && <Notice kind={msg.kind}>{msg.text}</Notice>}
      <button type="submit">{t('media.save')}</button>
    </form>
  );
}
