/** Sign-in. Shows the server's message (wrong password with attempts left, lockout with minutes). */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, ApiError, errorMessage } from '../api.js';
import { Field, Notice } from '../components/ui.js';
import { t } from '../i18n/index.js';
import type { Session } from '../types.js';

export function LoginPage(props: { onSignedIn(s: Session): void; langButton: JSX.Element }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ message: string; extra?: string; code: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      props.onSignedIn(await api.login(email, password));
    } catch (err) {
      const left = err instanceof ApiError ? err.details.attemptsLeft : undefined;
      setError({
        message: errorMessage(err),
        extra: typeof left === 'number' && left > 0 ? t('login.attemptsLeft', { n: left }) : undefined,
        code: err instanceof ApiError ? err.code : 'UNKNOWN',
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="login" id="main">
      <div class="login-box">
        <div class="login-head">
          <h1>{t('login.title')}</h1>
          {props.langButton}
        </div>
        <form onSubmit={submit} noValidate>
          <Field label={t('login.email')} id="login-email">
            <input id="login-email" name="email" type="email" dir="ltr" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
          </Field>
          <Field label={t('login.password')} id="login-password">
            <input id="login-password" name="password" type="password" dir="ltr" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          </Field>
          {error && (
            <Notice kind="error" testId="login-error">
              <span data-code={error.code}>{error.message}</span> {error.extra}
            </Notice>
          )}
          <button type="submit" class="primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
