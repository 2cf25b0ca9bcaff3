/** "Repair typography": every change the text engine would make, highlighted, before it is applied. */
import { Dialog } from '../components/Dialog.js';
import { t } from '../i18n/index.js';
import type { TextChange, TypographyPreview } from '../types.js';
import { fieldLabel } from './panels.js';

/** The text with each change marked: removed text struck, inserted text highlighted. */
function Marked(props: { text: string; changes: TextChange[] }) {
  const out = [];
  let at = 0;
  props.changes.forEach((c, i) => {
    if (c.from > at) out.push(<span key={`t${i}`}>{props.text.slice(at, c.from)}</span>);
    if (c.before) out.push(<del key={`d${i}`} title={c.kind}>{c.before.replace(/\u200c/g, '⌁').replace(/ /g, '·')}</del>);
    if (c.after) out.push(<ins key={`i${i}`} title={c.kind}>{c.after.replace(/\u200c/g, '⌁').replace(/ /g, '·')}</ins>);
    at = c.to;
  });
  out.push(<span key="end">{props.text.slice(at)}</span>);
  return <p class="marked" dir="auto">{out}</p>;
}

export function TypographyDialog(props: { preview: TypographyPreview; labels: string[]; onApply(): void; onClose(): void }) {
  const { texts, body } = props.preview;
  const items = [
    ...texts.map((x, i) => ({ label: fieldLabel(props.labels[i] ?? ''), ...x })).filter((x) => x.changes.length),
    ...body.map((b) => ({ label: fieldLabel('body'), ...b })),
  ];
  const total = items.reduce((n, x) => n + x.changes.length, 0);
  return (
    <Dialog title={t('typo.title')} onClose={props.onClose} testId="typography" wide>
      {total === 0 ? (
        <p>{t('typo.none')}</p>
      ) : (
        <>
          <p>
            {t('typo.intro')} <strong data-testid="typo-count">{t('typo.count', { n: total })}</strong>
          </p>
          <ul class="typo-list">
            {items.map((x, i) => (
              <li key={i}>
                <strong>{x.label}</strong>
                <Marked text={x.before} changes={x.changes} />
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="buttons">
        {total > 0 && (
          <button type="button" class="primary" onClick={props.onApply}>
            {t('typo.apply')}
          </button>
        )}
        <button type="button" onClick={props.onClose}>{t('typo.close')}</button>
      </div>
    </Dialog>
  );
}
