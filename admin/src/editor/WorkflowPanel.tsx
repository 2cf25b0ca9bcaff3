/** Workflow buttons, shown only when the article's `permissions` allow them (the server checks again). */
import { useState } from 'preact/hooks';
import { JalaliPicker } from '../components/JalaliPicker.js';
import { when } from '../format.js';
import { t } from '../i18n/index.js';
import type { Article, Permissions } from '../types.js';

export function WorkflowPanel(props: { article: Article; permissions: Permissions; busy: boolean; onAction(action: string, body?: Record<string, unknown>): void; abilities: { pickTopStory: boolean } }) {
  const { article: a, permissions: p, busy } = props;
  const [mode, setMode] = useState<'return' | 'schedule' | 'breaking' | null>(null);
  const [comment, setComment] = useState('');
  const [at, setAt] = useState<string | null>(null);
  const s = a.status;
  const act = (action: string, body?: Record<string, unknown>) => {
    setMode(null);
    props.onAction(action, body);
  };
  const btn = (action: string, label: string, cls = '', body?: Record<string, unknown>) => (
    <button type="button" class={cls} disabled={busy} data-action={action} onClick={() => act(action, body)}>
      {label}
    </button>
  );

  const canSubmit = p.submit && (s === 'draft' || s === 'returned');
  const canApprove = p.review && s === 'submitted';
  const canReturn = p.review && (s === 'submitted' || s === 'approved');
  const canPublish = p.publish && s !== 'published' && s !== 'trashed';
  const canUnpublish = p.unpublish && (s === 'published' || s === 'scheduled');
  const canTrash = p.trash && s !== 'trashed';
  const canUntrash = (p.publish || p.review) && s === 'trashed';
  const canBreaking = p.breaking && s !== 'trashed';
  const canTop = p.topStory && (s === 'published' || s === 'scheduled');

  return (
    <section class="workflow card" aria-labelledby="wf-title" data-testid="workflow">
      <h2 id="wf-title">{t('wf.actions')}</h2>
      <p class="status-line">
        <span class={`status status-${s}`} data-testid="status">{t(`status.${s}`)}</span>
        {a.scheduledAt && s === 'scheduled' && <small> {when(a.scheduledAt)}</small>}
        {a.isBreaking && <span class="badge badge-breaking">{t('editor.breakingOn', { until: when(a.breakingUntil) })}</span>}
        {a.isTopStory && <span class="badge badge-top">{t('editor.topStory')}</span>}
      </p>
      <div class="buttons wrap">
        {canSubmit && btn('submit', t('wf.submit'), 'primary')}
        {canApprove && btn('approve', t('wf.approve'), 'primary')}
        {canReturn && (
          <button type="button" disabled={busy} data-action="return-open" aria-expanded={mode === 'return'} onClick={() => setMode(mode === 'return' ? null : 'return')}>
            {t('wf.return')}
          </button>
        )}
        {canPublish && btn('publish', t('wf.publish'), 'primary')}
        {canPublish && (
          <button type="button" disabled={busy} data-action="schedule-open" aria-expanded={mode === 'schedule'} onClick={() => setMode(mode === 'schedule' ? null : 'schedule')}>
            {t('wf.schedule')}
          </button>
        )}
        {canBreaking && !a.isBreaking && (
          <button type="button" disabled={busy} class="breaking" data-action="breaking-open" aria-expanded={mode === 'breaking'} onClick={() => setMode(mode === 'breaking' ? null : 'breaking')}>
            {s === 'published' ? t('wf.breakingSet') : t('wf.breakingPublish')}
          </button>
        )}
        {canBreaking && a.isBreaking && btn('breaking', t('wf.breakingOff'), '', { on: false })}
        {canTop && props.abilities.pickTopStory && btn('top-story', a.isTopStory ? t('wf.topStoryOff') : t('wf.topStoryOn'), '', { on: !a.isTopStory })}
        {canUnpublish && btn('unpublish', t('wf.unpublish'))}
        {canUntrash && btn('untrash', t('wf.untrash'))}
        {canTrash && (
          <button type="button" class="danger" disabled={busy} data-action="trash" onClick={() => window.confirm(t('wf.confirmTrash')) && act('trash')}>
            {t('wf.trash')}
          </button>
        )}
      </div>
      {mode === 'return' && (
        <form
          class="wf-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (comment.trim()) act('return', { comment: comment.trim() });
          }}
        >
          <label for="wf-comment">{t('wf.returnComment')}</label>
          <textarea id="wf-comment" rows={3} required value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          <button type="submit" class="primary" data-action="return">{t('wf.returnSend')}</button>
        </form>
      )}
      {(mode === 'schedule' || mode === 'breaking') && (
        <form
          class="wf-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!at) return;
            if (mode === 'schedule') act('publish', { at });
            else if (s === 'published') act('breaking', { on: true, until: at });
            else act('publish', { breakingUntil: at });
          }}
        >
          <JalaliPicker id={`wf-${mode}`} value={null} onChange={setAt} label={mode === 'schedule' ? t('wf.scheduleAt') : t('wf.breakingUntil')} />
          <button type="submit" class="primary" disabled={!at} data-action={mode === 'schedule' ? 'schedule' : 'breaking'}>
            {mode === 'schedule' ? t('wf.scheduleSend') : s === 'published' ? t('wf.breakingSet') : t('wf.breakingPublish')}
          </button>
        </form>
      )}
    </section>
  );
}
