/** Admin: create, edit and disable users; sign a user out everywhere. */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../api.js';
import { Field, Notice } from '../components/ui.js';
import { when } from '../format.js';
import { t } from '../i18n/index.js';
import { useApp } from '../session.js';
import { ROLES, type Role, type User } from '../types.js';

export function UsersPage() {
  const [users, setUsers] = useState<User[] | null>(null);
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [editing, setEditing] = useState<number | null>(null);

  const load = () => api.users().then((r) => setUsers(r.items), (e) => setMsg({ kind: 'error', text: errorMessage(e) }));
  useEffect(() => void load(), []);

  async function act(fn: () => Promise<unknown>, ok: string) {
    setMsg(null);
    try {
      await fn();
      setMsg({ kind: 'ok', text: ok });
      setEditing(null);
      await load();
    } catch (e) {
      setMsg({ kind: 'error', text: errorMessage(e) });
    }
  }

  return (
    <section>
      <h1>{t('users.title')}</h1>
      {msg && <Notice kind={msg.kind}>{msg.text}</Notice>}
      <UserForm key="new" onSubmit={(u) => act(() => api.createUser({ ...u, password: u.password ?? '' }), t('users.created'))} />
      {users && (
        <table class="list" data-testid="users">
          <thead>
            <tr>
              <th scope="col">{t('users.displayName')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.lastLogin')}</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) =>
              editing === u.id ? (
                <tr key={u.id}>
                  <td colSpan={5}>
                    <UserForm user={u} onCancel={() => setEditing(null)} onSubmit={(p) => act(() => api.updateUser(u.id, { displayName: p.displayName, role: p.role, sectionIds: p.sectionIds, ...(p.password ? { password: p.password } : {}) }), t('users.saved'))} />
                  </td>
                </tr>
              ) : (
                <tr key={u.id} data-user-id={u.id} class={u.disabled ? 'disabled' : undefined}>
                  <td>
                    {u.displayName} {u.disabled && <span class="badge">{t('users.disabled')}</span>}
                  </td>
                  <td dir="ltr">{u.email}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.lastLoginAt ? when(u.lastLoginAt) : t('users.never')}</td>
                  <td class="actions">
                    <button type="button" onClick={() => setEditing(u.id)}>{t('users.edit')}</button>
                    <button type="button" onClick={() => act(() => api.updateUser(u.id, { disabled: !u.disabled }), t('users.saved'))}>
                      {u.disabled ? t('users.enable') : t('users.disable')}
                    </button>
                    <button type="button" onClick={() => act(async () => setMsg({ kind: 'ok', text: t('users.ended', { n: (await api.userLogoutEverywhere(u.id)).ended }) }), t('users.saved'))}>
                      {t('users.logoutEverywhere')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface UserInput {
  email: string;
  displayName: string;
  role: Role;
  sectionIds: number[];
  password?: string;
}

function UserForm(props: { user?: User; onSubmit(u: UserInput): void; onCancel?(): void }) {
  const app = useApp();
  const u = props.user;
  const [v, setV] = useState<UserInput>({ email: u?.email ?? '', displayName: u?.displayName ?? '', role: u?.role ?? 'reporter', sectionIds: u?.sectionIds ?? [], password: '' });
  const id = `user-${u?.id ?? 'new'}`;
  return (
    <form
      class="card user-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(v);
      }}
    >
      {!u && <h2>{t('users.create')}</h2>}
      <div class="row">
        {!u && (
          <Field label={t('users.email')} id={`${id}-email`}>
            <input id={`${id}-email`} type="email" dir="ltr" required value={v.email} onInput={(e) => setV({ ...v, email: e.currentTarget.value })} />
          </Field>
        )}
        <Field label={t('users.displayName')} id={`${id}-name`}>
          <input id={`${id}-name`} value={v.displayName} onInput={(e) => setV({ ...v, displayName: e.currentTarget.value })} />
        </Field>
        <Field label={t('users.role')} id={`${id}-role`}>
          <select id={`${id}-role`} value={v.role} onChange={(e) => setV({ ...v, role: e.currentTarget.value as Role })}>
            {ROLES.map((r) => (
              <option value={r}>{t(`role.${r}`)}</option>
            ))}
          </select>
        </Field>
        <Field label={u ? t('users.newPassword') : t('users.password')} id={`${id}-password`}>
          <input id={`${id}-password`} type="password" dir="ltr" autoComplete="new-password" required={!u} minLength={10} value={v.password} onInput={(e) => setV({ ...v, password: e.currentTarget.value })} />
        </Field>
      </div>
      <fieldset class="checks">
        <legend>{t('users.sections')}</legend>
        {app.sections
          .filter((s) => s.lang === 'fa')
          .map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={v.sectionIds.includes(s.id)}
                onChange={(e) => setV({ ...v, sectionIds: e.currentTarget.checked ? [...v.sectionIds, s.id] : v.sectionIds.filter((x) => x !== s.id) })}
              />
              {s.name}
            </label>
          ))}
      </fieldset>
      <div class="buttons">
        <button type="submit" class="primary">{u ? t('users.save') : t('users.create')}</button>
        {props.onCancel && <button type="button" onClick={props.onCancel}>{t('users.cancel')}</button>}
      </div>
    </form>
  );
}
