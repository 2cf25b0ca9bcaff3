import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixedClock } from '../../src/platform/clock.js';
import { buildUser } from '../helpers/factories.js';
import { API, clientFor, login, newsroom, sessionCookie, signIn } from './newsroom-client.js';

test('login sets an HttpOnly SameSite=Lax session cookie and stores only its hash', async (t) => {
  const { rt, app } = await newsroom(t);
  const u = await buildUser(rt, 'reporter');
  const res = await login(app, u.email.toUpperCase(), u.password);
  assert.equal(res.statusCode, 200, res.body);
  const set = String(res.headers['set-cookie']);
  assert.match(set, /^chapar_session=[A-Za-z0-9_-]{43};/);
  assert.match(set, /HttpOnly/);
  assert.match(set, /SameSite=Lax/);
  assert.match(set, /Path=\//);
  assert.doesNotMatch(set, /Secure/, 'plain http test server: no Secure flag');
  const token = sessionCookie(res)!.split('=')[1]!;
  const rows = await rt.ctx.db.selectFrom('sessions').selectAll().execute();
  assert.equal(rows.length, 1);
  assert.notEqual(rows[0]!.tokenHash, token);
  assert.equal(rows[0]!.tokenHash.length, 64);
  const body = res.json();
  assert.equal(body.user.email, u.email);
  assert.equal(body.user.role, 'reporter');
  assert.ok(body.csrfToken.length >= 32);
  assert.equal(body.user.passwordHash, undefined);
});

test('the cookie is Secure behind an HTTPS proxy', async (t) => {
  const { rt, app } = await newsroom(t);
  const u = await buildUser(rt, 'reporter');
  const res = await app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { email: u.email, password: u.password }, headers: { 'x-forwarded-proto': 'https' } });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['set-cookie']), /; Secure/);
});

test('routes need a session: 401 without one, with a Persian message', async (t) => {
  const { app } = await newsroom(t);
  const res = await app.inject({ method: 'GET', url: `${API}/articles` });
  assert.equal(res.statusCode, 401);
  assert.equal(res.json().error.code, 'CHAPAR_AUTH_REQUIRED');
  assert.match(res.json().error.message, /وارد تحریریه شوید/);
});

test('a wrong password is 401 without saying which part was wrong', async (t) => {
  const { rt, app } = await newsroom(t);
  const u = await buildUser(rt, 'reporter');
  const bad = await login(app, u.email, 'wrong password!');
  const unknown = await login(app, 'nobody@example.test', 'wrong password!');
  assert.equal(bad.statusCode, 401);
  assert.equal(unknown.statusCode, 401);
  assert.equal(bad.json().error.code, 'CHAPAR_AUTH_INVALID');
  assert.equal(bad.json().error.message, unknown.json().error.message);
});

test('five failed sign-ins lock the account for 15 minutes with a clear Persian message', async (t) => {
  const clock = fixedClock('2026-11-28T07:00:00Z');
  const { rt, app } = await newsroom(t, { clock });
  const u = await buildUser(rt, 'section_editor', { sections: ['politics'] });
  for (let i = 1; i <= 4; i++) {
    const r = await login(app, u.email, `wrong-${i}-password`);
    assert.equal(r.statusCode, 401, `attempt ${i}`);
  }
  const fifth = await login(app, u.email, 'wrong-5-password');
  assert.equal(fifth.statusCode, 429);
  assert.equal(fifth.json().error.code, 'CHAPAR_AUTH_LOCKED');
  assert.match(fifth.json().error.message, /موقتاً قفل شده است/);
  assert.match(fifth.json().error.message, /۱۵ دقیقهٔ دیگر/);
  assert.equal(fifth.headers['retry-after'], '900');

  // Even the right password is refused while locked.
  const right = await login(app, u.email, u.password);
  assert.equal(right.statusCode, 429);
  assert.equal(right.json().error.code, 'CHAPAR_AUTH_LOCKED');
  const en = await app.inject({ method: 'POST', url: `${API}/auth/login?lang=en`, payload: { email: u.email, password: u.password } });
  assert.match(en.json().error.message, /temporarily locked.*15 minutes/);

  clock.advance(15 * 60_000 + 1000);
  const after = await login(app, u.email, u.password);
  assert.equal(after.statusCode, 200, after.body);
  const audit = await rt.ctx.db.selectFrom('auditLog').select('action').where('action', '=', 'auth.locked').execute();
  assert.equal(audit.length, 1);
});

test('the login route is rate limited per address', async (t) => {
  const { app } = await newsroom(t);
  let limited;
  for (let i = 0; i < 25 && !limited; i++) {
    const r = await app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { email: `x${i}@example.test`, password: 'x' }, remoteAddress: '203.0.113.9' });
    if (r.statusCode === 429) limited = r;
  }
  assert.ok(limited, 'some attempt was rate limited');
  assert.equal(limited.json().error.code, 'CHAPAR_AUTH_RATE_LIMITED');
  assert.ok(Number(limited.headers['retry-after']) > 0);
});

test('a disabled user cannot sign in and their sessions end', async (t) => {
  const { rt, app } = await newsroom(t);
  const admin = await signIn(app, rt, 'admin');
  const rep = await signIn(app, rt, 'reporter');
  assert.equal((await rep.req('GET', '/auth/session')).statusCode, 200);
  const res = await admin.req('PATCH', `/users/${rep.userId}`, { disabled: true });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().user.disabled, true);
  assert.equal((await rep.req('GET', '/auth/session')).statusCode, 401);
  const again = await login(app, rep.email, rep.password);
  assert.equal(again.statusCode, 403);
  assert.equal(again.json().error.code, 'CHAPAR_AUTH_DISABLED');
});

test('logout ends the session; logout everywhere ends all of them', async (t) => {
  const { rt, app } = await newsroom(t);
  const a = await signIn(app, rt, 'reporter');
  const second = await login(app, a.email, a.password);
  const b = clientFor(app, sessionCookie(second)!, second.json().csrfToken, a);
  const third = await login(app, a.email, a.password);
  const c = clientFor(app, sessionCookie(third)!, third.json().csrfToken, a);

  const out = await a.req('POST', '/auth/logout');
  assert.equal(out.statusCode, 204);
  assert.match(String(out.headers['set-cookie']), /chapar_session=;.*Max-Age=0/);
  assert.equal((await a.req('GET', '/auth/session')).statusCode, 401);
  assert.equal((await b.req('GET', '/auth/session')).statusCode, 200);

  const all = await b.req('POST', '/auth/logout-everywhere');
  assert.equal(all.statusCode, 200);
  assert.equal(all.json().ended, 2);
  assert.equal((await b.req('GET', '/auth/session')).statusCode, 401);
  assert.equal((await c.req('GET', '/auth/session')).statusCode, 401);
});

test('changing the password keeps this session, ends the others, and needs the current password', async (t) => {
  const { rt, app } = await newsroom(t);
  const a = await signIn(app, rt, 'reporter');
  const other = await login(app, a.email, a.password);
  const b = clientFor(app, sessionCookie(other)!, other.json().csrfToken, a);

  const wrong = await a.req('POST', '/auth/password', { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' });
  assert.equal(wrong.statusCode, 400);
  assert.equal(wrong.json().error.code, 'CHAPAR_AUTH_WRONG_PASSWORD');
  const short = await a.req('POST', '/auth/password', { currentPassword: a.password, newPassword: 'short' });
  assert.equal(short.statusCode, 400);
  assert.deepEqual(short.json().error.fields.map((f: { field: string }) => f.field), ['newPassword']);

  const ok = await a.req('POST', '/auth/password', { currentPassword: a.password, newPassword: 'a brand new passphrase' });
  assert.equal(ok.statusCode, 204, ok.body);
  assert.equal((await a.req('GET', '/auth/session')).statusCode, 200);
  assert.equal((await b.req('GET', '/auth/session')).statusCode, 401);
  assert.equal((await login(app, a.email, a.password)).statusCode, 401);
  assert.equal((await login(app, a.email, 'a brand new passphrase')).statusCode, 200);
});

test('admins create and edit users; an admin cannot disable themselves', async (t) => {
  const { rt, app, politics, economy } = await newsroom(t);
  const admin = await signIn(app, rt, 'admin');
  const created = await admin.req('POST', '/users', { email: 'Dabir@Example.test', displayName: 'دبیر سیاسی', role: 'section_editor', password: 'long enough pass', sectionIds: [politics] });
  assert.equal(created.statusCode, 201, created.body);
  const u = created.json().user;
  assert.equal(u.email, 'dabir@example.test');
  assert.deepEqual(u.sectionIds, [politics]);
  const dup = await admin.req('POST', '/users', { email: 'dabir@example.test', role: 'reporter', password: 'long enough pass' });
  assert.equal(dup.statusCode, 409);
  assert.equal(dup.json().error.code, 'CHAPAR_USER_EXISTS');

  const edited = await admin.req('PATCH', `/users/${u.id}`, { sectionIds: [politics, economy], displayName: 'دبیر' });
  assert.equal(edited.statusCode, 200, edited.body);
  assert.deepEqual(edited.json().user.sectionIds.sort(), [politics, economy].sort());

  const self = await admin.req('PATCH', `/users/${admin.userId}`, { disabled: true });
  assert.equal(self.statusCode, 400);
  assert.equal(self.json().error.code, 'CHAPAR_USER_SELF_LOCKOUT');
  const list = await admin.req('GET', '/users');
  assert.equal(list.json().items.length, 2);
});
