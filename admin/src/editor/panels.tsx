/** Side panels of the editor: revisions with a readable diff, desk notes, the public-page preview, the search-result preview. */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../api.js';
import { Notice } from '../components/ui.js';
import { when } from '../format.js';
import { t } from '../i18n/index.js';
import type { Article, DiffOp, Note, RevisionDiff, RevisionItem } from '../types.js';

const FIELD_KEYS = ['kicker', 'title', 'dateline', 'lead', 'body', 'sourceName', 'sourceUrl', 'slug', 'seoTitle', 'seoDescription', 'featuredImageCaption', 'tags', 'authors', 'sectionId', 'featuredImageId', 'isFeatured', 'typographyRepair'] as const;
/** Label of a field name from the API. */
export function fieldLabel(f: string): string {
  return (FIELD_KEYS as readonly string[]).includes(f) ? t(`field.${f as (typeof FIELD_KEYS)[number]}`) : f;
}

export function DiffView(props: { ops: DiffOp[] }) {
  return (
    <p class="diff" dir="auto">
      {props.ops.map((o, i) => (o.op === 'equal' ? <span key={i}>{o.text}</span> : o.op === 'insert' ? <ins key={i}>{o.text}</ins> : <del key={i}>{o.text}</del>))}
    </p>
  );
}

export function RevisionsPanel(props: { article: Article; canRestore: boolean; onRestore(version: number): Promise<void> }) {
  const [items, setItems] = useState<RevisionItem[] | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { id, version } = props.article;

  useEffect(() => {
    api.revisions(id).then((r) => setItems(r.items), (e) => setError(errorMessage(e)));
  }, [id, version]);

  async function show(v: number) {
    setOpen(v);
    setDiff(null);
    try {
      setDiff(await api.diff(id, v));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div class="panel" data-testid="revisions">
      {error && <Notice kind="error">{error}</Notice>}
      <ol class="revisions">
        {items?.map((r) => (
          <li key={r.version} class={open === r.version ? 'on' : undefined} data-version={r.version}>
            <button type="button" class="link-button" onClick={() => show(r.version)} aria-expanded={open === r.version}>
              {t('editor.version', { n: r.version })} — {t(`status.${r.status}`)}
            </button>
            <small class="muted">{t('rev.by', { name: r.createdByName ?? '', at: when(r.createdAt) })}</small>
            {open === r.version && (
              <div class="rev-diff">
                <h4>{t('rev.diff')}</h4>
                {diff && diff.fields.length === 0 && <p>{t('rev.noChanges')}</p>}
                {diff?.fields.map((f) => (
                  <div key={f.field} class="diff-field">
                    <strong>{fieldLabel(f.field)}</strong>
                    <DiffView ops={f.ops} />
                    {f.markupChanged && <small class="muted">{t('rev.markup')}</small>}
                  </div>
                ))}
                {props.canRestore && r.version !== version && (
                  <button
                    type="button"
                    onClick={() => {
                      if (window.confirm(t('rev.confirmRestore', { n: r.version }))) void props.onRestore(r.version);
                    }}
                  >
                    {t('rev.restore')}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function NotesPanel(props: { articleId: number; notes: Note[]; onNotes(n: Note[]): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="panel" data-testid="notes">
      {props.notes.length === 0 && <p class="muted">{t('notes.none')}</p>}
      <ol class="notes">
        {props.notes.map((n) => (
          <li key={n.id} class={`note note-${n.kind}`}>
            <strong>{n.kind === 'return' ? t('notes.return') : t('notes.comment')}</strong> — {n.userName} <small class="muted">{when(n.createdAt)}</small>
            <p dir="auto">{n.body}</p>
          </li>
        ))}
      </ol>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return;
          try {
            props.onNotes((await api.addNote(props.articleId, text)).items);
            setText('');
          } catch (err) {
            setError(errorMessage(err));
          }
        }}
      >
        <label class="sr-only" for="note-text">{t('notes.add')}</label>
        <textarea id="note-text" rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        {error && <Notice kind="error">{error}</Notice>}
        <button type="submit">{t('notes.add')}</button>
      </form>
    </div>
  );
}

/**
 * The public page in a frame. The server's /newsroom/preview/{id} renders any status with
 * the site's own view; where that route is absent, a published article shows its public URL.
 */
export function PreviewPanel(props: { article: Article }) {
  const { id, status, version, url } = props.article;
  const [src, setSrc] = useState<string | null | undefined>(undefined);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    const previewUrl = `/newsroom/preview/${id}`;
    fetch(previewUrl, { method: 'HEAD', credentials: 'same-origin' }).then(
      (r) => live && setSrc(r.ok ? previewUrl : fallback()),
      () => live && setSrc(fallback()),
    );
    function fallback() {
      if (status !== 'published') return null;
      try {
        return new URL(url).pathname;
      } catch {
        return null;
      }
    }
    return () => {
      live = false;
    };
  }, [id, status, version, n]);
  return (
    <div class="panel preview-panel">
      <button type="button" onClick={() => setN(n + 1)}>{t('preview.reload')}</button>
      {src === null && <p class="muted">{t('preview.unavailable')}</p>}
      {src && <iframe key={`${src}#${version}#${n}`} src={src} title={t('preview.title')} class="preview-frame" data-testid="preview-frame" />}
    </div>
  );
}

/** How a search engine would show the article. */
export function SeoPreview(props: { title: string; description: string; url: string }) {
  return (
    <div class="seo-preview" aria-label={t('editor.seoPreview')} role="group" data-testid="seo-preview">
      <div class="seo-url" dir="ltr">{props.url}</div>
      <div class="seo-title" dir="auto">{props.title.slice(0, 70)}</div>
      <div class="seo-desc" dir="auto">{props.description.slice(0, 160)}</div>
    </div>
  );
}
