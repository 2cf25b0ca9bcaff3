/**
 * The conflict view: someone saved after the version this editor holds. Both versions of each
 * part the user changed are shown side by side; the user keeps one per part and saves the merge
 * on top of the newer version. The refused save is also kept on the server (conflictCopyId).
 */
import { useState } from 'preact/hooks';
import { when } from '../format.js';
import { t } from '../i18n/index.js';
import type { ConflictDetails } from '../types.js';
import { htmlText } from './fields.js';
import { fieldLabel } from './panels.js';

function show(field: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (field === 'body') return htmlText(String(v));
  if (Array.isArray(v)) return v.join('، ');
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  return String(v);
}

export function ConflictView(props: { details: ConflictDetails; onSave(fields: Record<string, unknown>): void; onDiscard(): void; busy: boolean }) {
  const d = props.details;
  const fields = Object.keys(d.yours).filter((k) => k !== 'expectedVersion');
  const [choice, setChoice] = useState<Record<string, 'yours' | 'theirs'>>(Object.fromEntries(fields.map((f) => [f, 'yours'])));
  const name = d.updatedByName ?? t('conflict.someone');
  return (
    <section class="conflict card" role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>{t('conflict.intro', { name, at: when(d.updatedAt), version: d.currentVersion })}</p>
      <p class="muted">{t('conflict.kept', { id: d.conflictCopyId })}</p>
      {fields.map((f) => (
        <fieldset key={f} class="conflict-field" data-field={f}>
          <legend>{fieldLabel(f)}</legend>
          <div class="conflict-sides">
            <label class={choice[f] === 'theirs' ? 'side on' : 'side'}>
              <span class="side-head">
                <input type="radio" name={`c-${f}`} value="theirs" checked={choice[f] === 'theirs'} onChange={() => setChoice({ ...choice, [f]: 'theirs' })} />
                {t('conflict.theirs', { name })}
              </span>
              <span class="side-text" dir="auto" data-side="theirs">{show(f, d.current[f])}</span>
            </label>
            <label class={choice[f] === 'yours' ? 'side on' : 'side'}>
              <span class="side-head">
                <input type="radio" name={`c-${f}`} value="yours" checked={choice[f] === 'yours'} onChange={() => setChoice({ ...choice, [f]: 'yours' })} />
                {t('conflict.yours')}
              </span>
              <span class="side-text" dir="auto" data-side="yours">{show(f, d.yours[f])}</span>
            </label>
          </div>
        </fieldset>
      ))}
      <div class="buttons">
        <button type="button" class="primary" disabled={props.busy} onClick={() => props.onSave(Object.fromEntries(fields.map((f) => [f, choice[f] === 'yours' ? d.yours[f] : d.current[f]])))}>
          {t('conflict.save')}
        </button>
        <button type="button" onClick={props.onDiscard} disabled={props.busy}>{t('conflict.cancel')}</button>
      </div>
    </section>
  );
}
