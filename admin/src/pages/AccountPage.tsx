/** The user's own account: password change and signing out everywhere. */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../api.js';
import { Field, Notice } from '../components/ui.js';
import { t } from '../i18n/index.js';
import { useApp } from '../session.js';

export function AccountPage() {
  const app = useApp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function change(e: Event) {
    e.preventDefault();
    setMsg(null);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setMsg({ kind: 'ok', text: t('account.changed') });
    } catch (err) {
      setMsg({ kind: 'error', text: errorMessage(err) });
    }
  }

  async function everywhere() {
    try {
      await api.logoutEverywhere();
    } finally {
      app.signOut();
    }
  }

  return (
    <section>
      <h1>{t('account.title')}</h1>
      <p>
        {app.session.user.displayName} — <span dir="ltr">{app.session.user.email}</span> — {t(`role.${app.session.user.role}`)}
      </p>
      <form class="card narrow" onSubmit={change}>
        <h2>{t('account.password')}</h2>
        <Field label={t('account.current')} id="pw-current">
          <input id="pw-current" type="password" dir="ltr" autoComplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
        </Field>
        <Field label={t('account.new')} id="pw-new">
          <input id="pw-new" type="password" dir="ltr" autoComplete="new-password" minLength={10} value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </Field>
        {msg && <Notice kind={msg.kind}>{msg.text}</Notice>}
        <button type="submit" class="primary">{t('account.change')}</button>
      </form>
      <div class="card narrow">
        <h2>{t('account.everywhere')}</h2>
        <p>{t('account.everywhereHint')}</p>
        <button type="button" class="danger" onClick={everywhere}>{t('account.everywhere')}</button>
      </div>
    </section>
  );
}
