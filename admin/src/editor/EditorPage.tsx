/**
 * The article editor (its own chunk): fields, TipTap body, autosave of drafts, edit lock
 * (heartbeat + long-poll so a take-over is noticed at once), conflict view on 409,
 * typography repair preview, revisions with diff/restore, notes, workflow, public-page preview.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, currentCsrf, errorMessage } from '../api.js';
import { Dialog } from '../components/Dialog.js';
import { MediaGrid, UploadForm, variantOf, variantUrl } from '../components/media.js';
import { Field, Link, Notice } from '../components/ui.js';
import { when } from '../format.js';
import { t } from '../i18n/index.js';
import { navigate } from '../router.js';
import { useApp } from '../session.js';
import type { ConflictDetails, EditorPayload, Lock, Media, TypographyPreview } from '../types.js';
import { BodyEditor } from './BodyEditor.js';
import { ConflictView } from './ConflictView.js';
import { applyBodyRepairs, changedFields, countWords, emptyFields, FIELD_NAMES, fieldsOf, htmlText, type Fields } from './fields.js';
import { NotesPanel, PreviewPanel, RevisionsPanel, SeoPreview } from './panels.js';
import { TagInput } from './TagInput.js';
import { TypographyDialog } from './TypographyDialog.js';
import { WorkflowPanel } from './WorkflowPanel.js';

/** Drafts are saved this long after the last keystroke. */
const AUTOSAVE_MS = 3000;
/** Lock heartbeat (the server frees a lock after 90 s without one). */
const HEARTBEAT_MS = 20_000;
const TYPO_FIELDS = ['kicker', 'title', 'dateline', 'lead', 'seoTitle', 'seoDescription', 'featuredImageCaption'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type SaveState = 'idle' | 'saving' | 'saved' | 'autosaved' | 'error';

export function EditorPage(props: { id: number | null }) {
  const app = useApp();
  const id = props.id;
  const [payload, setPayload] = useState<EditorPayload | null>(null);
  const [draft, setDraftState] = useState<Fields | null>(id === null ? emptyFields(app.session.user.sectionIds[0] ?? null) : null);
  const draftRef = useRef<Fields | null>(draft);
  const base = useRef<Fields | null>(draft ? { ...draft } : null);
  const version = useRef(0);
  const editorRef = useRef<Editor | null>(null);
  const saving = useRef(false);
  const [lock, setLock] = useState<Lock | null>(null);
  const lockToken = useRef<string | null>(null);
  const loops = useRef<{ stop(): void } | null>(null);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [panel, setPanel] = useState<'notes' | 'revisions' | 'preview'>('notes');
  const [picker, setPicker] = useState<'body' | 'featured' | null>(null);
  const [typo, setTypo] = useState<{ preview: TypographyPreview; html: string } | null>(null);
  const [featured, setFeatured] = useState<Media | null>(null);
  const [bodyText, setBodyText] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);

  function setDraft(update: (d: Fields) => Fields) {
    const next = update(draftRef.current!);
    draftRef.current = next;
    setDraftState(next);
  }
  const set = <K extends keyof Fields>(k: K, v: Fields[K]) => setDraft((d) => ({ ...d, [k]: v }));

  // --- loading and the edit lock ---
  useEffect(() => {
    if (id === null) return;
    let live = true;
    api.article(id).then(
      (p) => {
        if (!live) return;
        version.current = p.article.version;
        const f = fieldsOf(p.article);
        base.current = { ...f };
        draftRef.current = f;
        setDraftState(f);
        setPayload(p);
        if (p.permissions.edit && p.article.status !== 'trashed') void acquire(false);
      },
      (e) => live && setLoadError(errorMessage(e)),
    );
    const onHide = () => release(true);
    window.addEventListener('pagehide', onHide);
    return () => {
      live = false;
      window.removeEventListener('pagehide', onHide);
      release(true);
    };
  }, [id]);

  async function acquire(takeOver: boolean) {
    if (id === null) return;
    try {
      const l = await api.lock(id, takeOver ? { takeOver: true } : {});
      setLock(l);
      startLoops(l);
    } catch (e) {
      setMsg({ kind: 'error', text: errorMessage(e) });
    }
  }

  /** While holding: heartbeat + a long poll that answers at once on a take-over. While someone else holds it: a long poll that notices when they leave. */
  function startLoops(l: Lock) {
    loops.current?.stop();
    if (id === null) return;
    const ctrl = new AbortController();
    let timer: number | undefined;
    const holding = l.status === 'held';
    lockToken.current = holding ? l.token : null;
    loops.current = {
      stop: () => {
        ctrl.abort();
        window.clearInterval(timer);
      },
    };
    if (holding) {
      timer = window.setInterval(async () => {
        try {
          const h = await api.lock(id, { token: lockToken.current ?? undefined });
          if (h.status !== 'held') lost(h);
        } catch {
          /* next beat retries */
        }
      }, HEARTBEAT_MS);
    }
    void (async () => {
      while (!ctrl.signal.aborted) {
        try {
          const w = await api.lockWait(id, holding ? (lockToken.current ?? undefined) : undefined, ctrl.signal);
          if (ctrl.signal.aborted) return;
          if (holding && w.status !== 'held') return lost(w);
          if (!holding && w.status === 'free') return void acquire(false);
          if (!holding) setLock(w);
        } catch {
          if (ctrl.signal.aborted) return;
          await sleep(3000);
        }
      }
    })();
  }

  function lost(l: Lock) {
    loops.current?.stop();
    lockToken.current = null;
    setLock({ ...l, status: 'lost' });
  }

  function release(keepalive: boolean) {
    loops.current?.stop();
    const token = lockToken.current;
    lockToken.current = null;
    if (id !== null && token) {
      if (keepalive) void fetch(`/api/newsroom/v1/articles/${id}/lock?token=${encodeURIComponent(token)}`, { method: 'DELETE', keepalive: true, credentials: 'same-origin', headers: csrfHeader() }).catch(() => undefined);
      else void api.unlock(id, token).catch(() => undefined);
    }
  }

  // --- derived state ---
  const article = payload?.article ?? null;
  const perms = payload?.permissions;
  const editable = id === null || (!!perms?.edit && lock?.status === 'held' && !conflict && article?.status !== 'trashed');
  const dirty = !!draft && !!base.current && Object.keys(changedFields(draft, base.current)).length > 0;

  // --- autosave of drafts ---
  useEffect(() => {
    if (!article || !editable || conflict || !dirty) return;
    if (article.status !== 'draft' && article.status !== 'returned') return;
    const timer = window.setTimeout(() => void save(true), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, article?.status, editable, conflict]);

  // --- featured image ---
  useEffect(() => {
    const fid = draft?.featuredImageId;
    if (!fid) return setFeatured(null);
    if (featured?.id === fid) return;
    api.mediaItem(fid).then((r) => setFeatured(r.media), () => setFeatured(null));
  }, [draft?.featuredImageId]);

  /** Takes the server's answer after a save or an action; keeps whatever was typed meanwhile. */
  function adopt(p: EditorPayload, sent: Partial<Fields> = {}) {
    version.current = p.article.version;
    const server = fieldsOf(p.article);
    const prev = base.current!;
    const d = { ...draftRef.current! };
    const nextBase = { ...prev };
    for (const k of FIELD_NAMES) {
      if (k === 'body') continue;
      const untouched = same(d[k], prev[k]) || (k in sent && same(d[k], sent[k]));
      if (untouched) (d as Record<string, unknown>)[k] = server[k];
      (nextBase as Record<string, unknown>)[k] = server[k];
    }
    if ('body' in sent) {
      const ed = editorRef.current;
      const html = ed && !ed.isEmpty ? ed.getHTML() : '';
      if (ed && html === sent.body && htmlText(server.body) !== htmlText(sent.body ?? '')) {
        // The server repaired the typography: show what is stored.
        ed.commands.setContent(server.body, { emitUpdate: false });
        d.body = ed.isEmpty ? '' : ed.getHTML();
        setBodyText(ed.getText());
        nextBase.body = d.body;
      } else nextBase.body = sent.body ?? prev.body;
    }
    base.current = nextBase;
    draftRef.current = d;
    setDraftState(d);
    setPayload(p);
  }

  /** Replaces everything with the server's state (after a restore or a merge). */
  function resetFrom(p: EditorPayload) {
    version.current = p.article.version;
    const f = fieldsOf(p.article);
    const ed = editorRef.current;
    if (ed) {
      ed.commands.setContent(p.article.body, { emitUpdate: false });
      f.body = ed.isEmpty ? '' : ed.getHTML();
      setBodyText(ed.getText());
    }
    base.current = { ...f };
    draftRef.current = f;
    setDraftState(f);
    setPayload(p);
  }

  async function save(auto = false): Promise<EditorPayload | null> {
    if (saving.current || !draftRef.current) return null;
    const d = draftRef.current;
    if (id === null) {
      if (!d.title.trim()) {
        setMsg({ kind: 'error', text: t('error.fields', { fields: t('field.title') }) });
        return null;
      }
      saving.current = true;
      setSaveState('saving');
      try {
        const fields = changedFields(d, emptyFields(null));
        const p = await api.createArticle({ ...fields, sectionId: d.sectionId });
        navigate(`/articles/${p.article.id}`, { replace: true });
        return p;
      } catch (e) {
        setSaveState('error');
        setMsg({ kind: 'error', text: errorMessage(e) });
        return null;
      } finally {
        saving.current = false;
      }
    }
    const sent = changedFields(d, base.current!);
    if (Object.keys(sent).length === 0) return payload;
    saving.current = true;
    setSaveState('saving');
    try {
      const p = await api.saveArticle(id, version.current, sent);
      adopt(p, sent);
      setSaveState(auto ? 'autosaved' : 'saved');
      return p;
    } catch (e) {
      setSaveState('error');
      if (e instanceof ApiError && e.code === 'CHAPAR_CONTENT_VERSION_CONFLICT') setConflict(e.details as unknown as ConflictDetails);
      else setMsg({ kind: 'error', text: errorMessage(e) });
      return null;
    } finally {
      saving.current = false;
    }
  }

  async function action(name: string, body: Record<string, unknown> = {}) {
    if (id === null) return;
    setBusy(true);
    setMsg(null);
    try {
      if (dirty && editable && !(await save())) return;
      const p = await api.workflow(id, name, { ...body, expectedVersion: version.current });
      adopt(p);
      setMsg({ kind: 'ok', text: t('wf.done', { status: t(`status.${p.article.status}`) }) });
      if (p.permissions.edit && !lockToken.current && lock?.status !== 'lost' && p.article.status !== 'trashed') void acquire(false);
    } catch (e) {
      setMsg({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  async function restore(v: number) {
    if (id === null) return;
    try {
      if (dirty && !(await save())) return;
      const p = await api.restore(id, v, version.current);
      resetFrom(p);
      setMsg({ kind: 'ok', text: t('rev.restored', { n: v }) });
    } catch (e) {
      setMsg({ kind: 'error', text: errorMessage(e) });
    }
  }

  async function mergeSave(fields: Record<string, unknown>) {
    if (id === null || !conflict) return;
    setBusy(true);
    try {
      const p = await api.saveArticle(id, conflict.currentVersion, fields);
      resetFrom(p);
      setConflict(null);
      setSaveState('saved');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CHAPAR_CONTENT_VERSION_CONFLICT') setConflict(e.details as unknown as ConflictDetails);
      else setMsg({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  async function discardMine() {
    if (id === null) return;
    const p = await api.article(id);
    resetFrom(p);
    setConflict(null);
  }

  async function openTypography() {
    const d = draftRef.current!;
    const ed = editorRef.current;
    const html = ed && !ed.isEmpty ? ed.getHTML() : '';
    try {
      const preview = await api.typography({ lang: article?.lang ?? 'fa', texts: TYPO_FIELDS.map((k) => d[k]), html });
      setTypo({ preview, html });
    } catch (e) {
      setMsg({ kind: 'error', text: errorMessage(e) });
    }
  }

  function applyTypography() {
    if (!typo) return;
    const { preview, html } = typo;
    setDraft((d) => {
      const n = { ...d };
      TYPO_FIELDS.forEach((k, i) => {
        const x = preview.texts[i];
        if (x && x.changes.length && n[k] === x.before) n[k] = x.after;
      });
      return n;
    });
    if (preview.body.length && editorRef.current) editorRef.current.commands.setContent(applyBodyRepairs(html, preview.body), { emitUpdate: true });
    setTypo(null);
  }

  function pick(m: Media) {
    if (picker === 'featured') {
      setFeatured(m);
      setDraft((d) => ({ ...d, featuredImageId: m.id, featuredImageCaption: d.featuredImageCaption || m.caption }));
    } else if (editorRef.current) {
      const v = variantOf(m, 1024);
      editorRef.current
        .chain()
        .focus()
        .insertContent({ type: 'figureImage', attrs: { src: v?.url ?? '', alt: m.alt, width: v?.width ?? m.width, height: v?.height ?? m.height, mediaId: m.id, caption: m.caption } })
        .run();
    }
    setPicker(null);
  }

  if (loadError) return <Notice kind="error">{loadError}</Notice>;
  if (!draft) return <p class="loading">{t('app.loading')}</p>;

  const counts = countWords(draft.lead, bodyText);
  const seoUrl = article?.url ?? '';
  const ro = !editable;
  const sections = app.sections.filter((s) => s.lang === (article?.lang ?? 'fa'));

  return (
    <div class="editor-page">
      <div class="editor-head">
        <Link to={app.session.user.role === 'reporter' ? '/articles?view=mine' : '/articles?view=desk'} class="back">{t('editor.back')}</Link>
        <h1>{article ? t('editor.version', { n: article.version }) : t('editor.new')}</h1>
        <span class="save-state" role="status" data-testid="save-state" data-state={saveState}>
          {saveState === 'saving' ? t('editor.saving') : saveState === 'saved' ? t('editor.saved') : saveState === 'autosaved' ? t('editor.autosaved') : dirty ? t('editor.unsaved') : ''}
        </span>
        <span class="counts" data-testid="counts">{t('editor.counts', { words: counts.words, chars: counts.characters })}</span>
        <div class="head-buttons">
          {!ro && <button type="button" onClick={openTypography} data-testid="typography-open">{t('typo.button')}</button>}
          {(!ro || lock?.status === 'lost') && (
            <button type="button" class="primary" onClick={() => void save()} disabled={saveState === 'saving'} data-testid="save">
              {lock?.status === 'lost' ? t('lock.saveMine') : t('editor.save')}
            </button>
          )}
        </div>
      </div>

      {lock?.status === 'locked' && lock.holder && (
        <Notice kind="warn" testId="lock-banner">
          {t('lock.heldByOther', { name: lock.holder.name, since: when(lock.holder.since) })}{' '}
          <button type="button" onClick={() => void acquire(true)} data-testid="take-over">{t('lock.takeOver')}</button>
        </Notice>
      )}
      {lock?.status === 'lost' && (
        <Notice kind="error" testId="lock-lost">
          {lock.holder ? t('lock.lost', { name: lock.holder.name }) : t('lock.lostNoName')}
        </Notice>
      )}
      {perms && !perms.edit && <Notice kind="info">{t('lock.readOnly')}</Notice>}
      {msg && <Notice kind={msg.kind} testId="editor-msg">{msg.text}</Notice>}
      {conflict && <ConflictView details={conflict} busy={busy} onSave={mergeSave} onDiscard={() => void discardMine()} />}

      <div class="editor-grid">
        <div class="editor-main">
          <Field label={t('editor.kicker')} id="f-kicker">
            <input id="f-kicker" dir="auto" readOnly={ro} value={draft.kicker} onInput={(e) => set('kicker', e.currentTarget.value)} />
          </Field>
          <Field label={t('editor.title')} id="f-title" class="title-field">
            <input id="f-title" dir="auto" required readOnly={ro} value={draft.title} onInput={(e) => set('title', e.currentTarget.value)} />
          </Field>
          <Field label={t('editor.lead')} id="f-lead">
            <textarea id="f-lead" dir="auto" rows={3} readOnly={ro} value={draft.lead} onInput={(e) => set('lead', e.currentTarget.value)} />
          </Field>
          <div class="field">
            <span class="label" id="body-label">{t('editor.body')}</span>
            <BodyEditor
              html={draft.body}
              editable={!ro}
              label={t('editor.body')}
              onPickImage={() => setPicker('body')}
              onReady={(ed) => {
                editorRef.current = ed;
                const html = ed.isEmpty ? '' : ed.getHTML();
                setBodyText(ed.getText());
                if (base.current) base.current = { ...base.current, body: html };
                setDraft((d) => ({ ...d, body: html }));
              }}
              onChange={(html) => {
                setBodyText(editorRef.current?.getText() ?? '');
                set('body', html);
              }}
            />
          </div>
        </div>

        <aside class="editor-side">
          {article && perms && <WorkflowPanel article={article} permissions={perms} busy={busy} onAction={(a, b) => void action(a, b)} abilities={app.session.abilities} />}
          <section class="card" aria-labelledby="fields-title">
            <h2 id="fields-title">{t('editor.panel.fields')}</h2>
            <Field label={t('editor.section')} id="f-section">
              <select id="f-section" disabled={ro} value={draft.sectionId === null ? '' : String(draft.sectionId)} onChange={(e) => set('sectionId', e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
                <option value="">{t('editor.noSection')}</option>
                {sections.map((s) => (
                  <option value={String(s.id)}>{s.name}</option>
                ))}
              </select>
            </Field>
            <TagInput id="f-tags" label={t('editor.tags')} hint={t('editor.tagsHint')} values={draft.tags} disabled={ro} onChange={(v) => set('tags', v)} suggest={async (q) => (await api.tags(q, article?.lang ?? 'fa')).items.map((x) => x.name)} />
            <TagInput id="f-authors" label={t('editor.authors')} values={draft.authors} disabled={ro} onChange={(v) => set('authors', v)} suggest={async (q) => (await api.authors(q)).items.map((x) => x.name)} />
            <Field label={t('editor.dateline')} id="f-dateline">
              <input id="f-dateline" dir="auto" readOnly={ro} value={draft.dateline} onInput={(e) => set('dateline', e.currentTarget.value)} />
            </Field>
            <Field label={t('editor.source')} id="f-source">
              <input id="f-source" dir="auto" readOnly={ro} value={draft.sourceName} onInput={(e) => set('sourceName', e.currentTarget.value)} />
            </Field>
            <Field label={t('editor.sourceUrl')} id="f-source-url">
              <input id="f-source-url" type="url" dir="ltr" readOnly={ro} value={draft.sourceUrl} onInput={(e) => set('sourceUrl', e.currentTarget.value)} />
            </Field>
            <div class="field featured">
              <span class="label">{t('editor.featured')}</span>
              {featured && <img src={variantUrl(featured, 320)} alt={featured.alt} width={320} height={Math.round((320 * featured.height) / Math.max(1, featured.width))} data-testid="featured-thumb" />}
              {!ro && (
                <div class="buttons">
                  <button type="button" onClick={() => setPicker('featured')} data-testid="featured-choose">{t('editor.chooseImage')}</button>
                  {draft.featuredImageId && <button type="button" onClick={() => set('featuredImageId', null)}>{t('editor.removeImage')}</button>}
                </div>
              )}
            </div>
            <Field label={t('editor.featuredCaption')} id="f-featured-caption">
              <input id="f-featured-caption" dir="auto" readOnly={ro} value={draft.featuredImageCaption} onInput={(e) => set('featuredImageCaption', e.currentTarget.value)} />
            </Field>
            <fieldset class="checks">
              <legend>{t('editor.flags')}</legend>
              <label>
                <input type="checkbox" disabled={ro} checked={draft.isFeatured} onChange={(e) => set('isFeatured', e.currentTarget.checked)} /> {t('editor.isFeatured')}
              </label>
              <label>
                <input type="checkbox" disabled={ro} checked={draft.typographyRepair} onChange={(e) => set('typographyRepair', e.currentTarget.checked)} data-testid="typography-toggle" /> {t('editor.typographyRepair')}
              </label>
            </fieldset>
            <Field label={t('editor.slug')} id="f-slug">
              <input id="f-slug" dir="auto" readOnly={ro} value={draft.slug} onInput={(e) => set('slug', e.currentTarget.value)} />
            </Field>
          </section>
          <section class="card" aria-labelledby="seo-title">
            <h2 id="seo-title">{t('editor.seo')}</h2>
            <Field label={t('editor.seoTitle')} id="f-seo-title">
              <input id="f-seo-title" dir="auto" readOnly={ro} value={draft.seoTitle} placeholder={draft.title} onInput={(e) => set('seoTitle', e.currentTarget.value)} />
            </Field>
            <Field label={t('editor.seoDescription')} id="f-seo-desc">
              <textarea id="f-seo-desc" dir="auto" rows={2} readOnly={ro} value={draft.seoDescription} placeholder={draft.lead} onInput={(e) => set('seoDescription', e.currentTarget.value)} />
            </Field>
            <h3>{t('editor.seoPreview')}</h3>
            <SeoPreview title={draft.seoTitle || draft.title} description={draft.seoDescription || draft.lead} url={seoUrl} />
          </section>
        </aside>
      </div>

      {article && (
        <section class="panels card">
          <div class="tabs" role="tablist">
            {(['notes', 'revisions', 'preview'] as const).map((k) => (
              <button key={k} type="button" role="tab" id={`tab-${k}`} aria-selected={panel === k} aria-controls={`tabpanel-${k}`} class={panel === k ? 'on' : undefined} onClick={() => setPanel(k)} data-testid={`tab-${k}`}>
                {t(`editor.panel.${k}`)}
                {k === 'notes' && payload!.notes.length > 0 && ` (${payload!.notes.length.toLocaleString(document.documentElement.lang === 'fa' ? 'fa-IR' : 'en-US')})`}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`}>
            {panel === 'notes' && <NotesPanel articleId={article.id} notes={payload!.notes} onNotes={(notes) => setPayload({ ...payload!, notes })} />}
            {panel === 'revisions' && <RevisionsPanel article={article} canRestore={editable} onRestore={restore} />}
            {panel === 'preview' && <PreviewPanel article={article} />}
          </div>
        </section>
      )}

      {picker && (
        <Dialog title={t('media.pickerTitle')} onClose={() => setPicker(null)} testId="media-picker" wide>
          <UploadForm idPrefix="pick" onUploaded={pick} />
          <MediaGrid onPick={pick} />
        </Dialog>
      )}
      {typo && <TypographyDialog preview={typo.preview} labels={[...TYPO_FIELDS]} onApply={applyTypography} onClose={() => setTypo(null)} />}
    </div>
  );
}

function csrfHeader(): Record<string, string> {
  return { 'x-csrf-token': currentCsrf() };
}
