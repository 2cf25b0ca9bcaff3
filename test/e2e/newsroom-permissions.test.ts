import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withActor } from '../../src/content/context.js';
import { getArticle } from '../../src/content/articles/get-article.js';
import { buildArticle } from '../helpers/factories.js';
import { NO_CHROMIUM, newsroomFixture, waitForStatus } from '../helpers/newsroom-browser.js';

test('a reporter cannot publish: no publish button in the UI, and 403 from the API', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const reporter = await nr.user('reporter', 'سارا رضایی');
  const actor = { userId: reporter.userId, role: 'reporter' as const, sectionIds: [nr.politics] };
  const a = await buildArticle(nr.rt, { title: 'خبر خبرنگار برای آزمون اجازه' }, actor);

  const page = await nr.signIn(reporter);
  await page.getByRole('link', { name: 'خبر خبرنگار برای آزمون اجازه' }).click();
  await waitForStatus(page, 'پیش‌نویس');
  // The reporter may submit and trash their draft, but sees no desk buttons.
  await page.locator('[data-action=submit]').waitFor();
  assert.equal(await page.locator('[data-action=trash]').count(), 1);
  for (const action of ['publish', 'schedule-open', 'breaking-open', 'approve', 'return-open', 'unpublish', 'top-story']) {
    assert.equal(await page.locator(`[data-action="${action}"]`).count(), 0, `no ${action} button`);
  }
  // Nor a desk queue in the navigation.
  assert.equal(await page.getByRole('link', { name: 'میز دبیری' }).count(), 0);

  // Calling the API directly from the signed-in page, with a valid CSRF token: 403.
  const res = await page.evaluate(async (id) => {
    const s = await (await fetch('/api/newsroom/v1/auth/session')).json();
    const r = await fetch(`/api/newsroom/v1/articles/${id}/publish`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken }, body: '{}' });
    return { status: r.status, body: await r.json() };
  }, a.id);
  assert.equal(res.status, 403);
  assert.equal(res.body.error.code, 'CHAPAR_AUTH_FORBIDDEN');
  assert.equal((await getArticle(withActor(nr.rt.ctx, null), a.id)).status, 'draft');
  assert.deepEqual(nr.problems, []);
});
