import assert from 'node:assert/strict';
import http from 'node:http';
import { test } from 'node:test';
import { getArticle } from '../../src/content/articles/get-article.js';
import { buildArticle } from '../helpers/factories.js';
import { login, NO_CHROMIUM, newsroomFixture } from '../helpers/newsroom-browser.js';

test('a forged cross-site POST from another origin is refused while the editor is signed in', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const editor = await nr.user('section_editor', 'علی دبیری');
  const a = await buildArticle(nr.rt, { title: 'خبری که نباید منتشر شود' });
  const page = await nr.signIn(editor);

  // Another site (same host, other port: same-site, so the Lax cookie IS sent) with an auto-submitting form.
  const evil = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/blank') return res.end('<!doctype html><title>evil</title>');
    res.end(`<!doctype html><form id="f" method="POST" action="${nr.base}/api/newsroom/v1/articles/${a.id}/publish" enctype="text/plain"><input name='{"x":"' value='"}'></form><script>document.getElementById('f').submit()</script>`);
  });
  await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
  t.after(() => evil.close());
  const evilUrl = `http://127.0.0.1:${(evil.address() as { port: number }).port}/`;

  const answer = page.waitForResponse((r) => r.url().endsWith(`/articles/${a.id}/publish`));
  await page.goto(evilUrl);
  const res = await answer;
  assert.equal(res.status(), 403);
  assert.equal((await res.json()).error.code, 'CHAPAR_AUTH_BAD_ORIGIN');

  // A cross-origin fetch with credentials is refused too.
  await page.goto(`${evilUrl}blank`);
  const status = await page.evaluate(async (url) => {
    try {
      const r = await fetch(url, { method: 'POST', credentials: 'include', mode: 'no-cors', body: '{}' });
      return r.type;
    } catch (e) {
      return String(e);
    }
  }, `${nr.base}/api/newsroom/v1/articles/${a.id}/publish`);
  assert.equal(status, 'opaque');
  assert.equal((await getArticle(nr.rt.ctx, a.id)).status, 'draft', 'nothing was published');

  // The newsroom page itself refuses to be framed by another site and allows only its own origin.
  const ui = await page.context().request.get(`${nr.base}/newsroom/`);
  assert.equal(ui.headers()['x-frame-options'], 'SAMEORIGIN');
  assert.match(ui.headers()['content-security-policy']!, /default-src 'self'/);
  assert.match(ui.headers()['content-security-policy']!, /frame-ancestors 'self'/);
});

test('login lockout: wrong passwords count down, then the account is locked even for the right password', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const reporter = await nr.user('reporter', 'سارا رضایی');
  const context = await nr.browser.newContext({ locale: 'fa-IR' });
  const page = await context.newPage();
  await page.goto(`${nr.base}/newsroom/articles/1`);
  await page.locator('#login-email').waitFor();

  await login(page, reporter.email, 'wrong password 1');
  const error = page.getByTestId('login-error');
  await error.filter({ hasText: '۴ تلاش دیگر باقی است.' }).waitFor();
  assert.equal(await error.locator('[data-code]').getAttribute('data-code'), 'CHAPAR_AUTH_INVALID');
  for (let i = 2; i <= 4; i++) {
    await login(page, reporter.email, `wrong password ${i}`);
    await error.filter({ hasText: `${String.fromCharCode(0x06f0 + 5 - i)} تلاش دیگر باقی است.` }).waitFor();
  }
  await login(page, reporter.email, 'wrong password 5');
  await error.locator('[data-code=CHAPAR_AUTH_LOCKED]').waitFor();
  assert.match(await error.innerText(), /قفل شده است/);

  // The right password is refused while locked.
  const answer = page.waitForResponse((r) => r.url().includes('/auth/login'));
  await login(page, reporter.email, reporter.password);
  assert.equal((await answer).status(), 429);
  await error.locator('[data-code=CHAPAR_AUTH_LOCKED]').waitFor();
  assert.equal(await page.getByTestId('who').count(), 0, 'not signed in');

  // Another account is not affected; the deep link opens after signing in.
  const other = await nr.user('reporter', 'مهسا');
  await login(page, other.email, other.password);
  await page.getByTestId('who').waitFor();
});
