import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getArticle } from '../../src/content/articles/get-article.js';
import { submitArticle } from '../../src/content/articles/submit-article.js';
import { buildArticle } from '../helpers/factories.js';
import { NO_CHROMIUM, newsroomFixture, waitForStatus } from '../helpers/newsroom-browser.js';

test('typography repair shows every change highlighted before applying, and can be switched off per article', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const editor = await nr.user('section_editor', 'علی دبیری');
  const a = await buildArticle(nr.rt, { title: 'خبر آزمون', body: '<p>متن آزمون.</p>' });
  const page = await nr.signIn(editor);
  await page.goto(`${nr.base}/newsroom/articles/${a.id}`);
  await waitForStatus(page, 'پیش‌نویس');
  // Arabic yeh and kaf, and a missing ZWNJ: what the text engine repairs.
  await page.locator('#f-title').fill('كتاب هاي تازه');
  await page.getByTestId('body-editor').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' يك');
  // Lead «لید آزمایشی این خبر است.» + body «متن آزمون. يك»: counted like the server does.
  assert.equal(await page.getByTestId('counts').innerText(), '۸ واژه · ۳۸ نویسه');
  await page.getByTestId('typography-open').click();
  const dialog = page.getByTestId('typography');
  await dialog.waitFor();
  assert.ok((await dialog.locator('del').count()) >= 3, 'removed letters are marked');
  assert.ok((await dialog.locator('ins').count()) >= 3, 'inserted letters are marked');
  const removed = await dialog.locator('del').allInnerTexts();
  assert.ok(removed.includes('ك') && removed.includes('ي'), `Arabic letters marked: ${removed}`);
  assert.ok((await dialog.locator('ins').allInnerTexts()).includes('ی'));
  assert.equal(await page.locator('#f-title').inputValue(), 'كتاب هاي تازه', 'nothing changes before applying');
  await dialog.getByRole('button', { name: 'اعمال همهٔ تغییرها' }).click();
  assert.equal(await page.locator('#f-title').inputValue(), 'کتاب‌های تازه');
  assert.match(await page.getByTestId('body-editor').innerText(), /متن آزمون\. یک/);
  await page.getByTestId('save').click();
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor();
  assert.equal((await getArticle(nr.rt.ctx, a.id)).title, 'کتاب‌های تازه');

  // Switched off for this article: stored exactly as typed.
  await page.getByTestId('typography-toggle').uncheck();
  await page.locator('#f-title').fill('كتاب هاي كهنه');
  await page.getByTestId('save').click();
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor();
  const stored = await getArticle(nr.rt.ctx, a.id);
  assert.equal(stored.typographyRepair, false);
  assert.equal(stored.title, 'كتاب هاي كهنه');
});

test('revisions: a readable diff and restoring an old version', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const editor = await nr.user('section_editor', 'علی دبیری');
  const a = await buildArticle(nr.rt, { title: 'تیتر نخستین', lead: 'لید نخستین.' });
  const page = await nr.signIn(editor);
  await page.goto(`${nr.base}/newsroom/articles/${a.id}`);
  await waitForStatus(page, 'پیش‌نویس');
  await page.locator('#f-title').fill('تیتر دوم');
  await page.getByTestId('save').click();
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor();
  await page.getByTestId('tab-revisions').click();
  const rev = page.getByTestId('revisions').locator('li[data-version="1"]');
  await rev.getByRole('button').first().click();
  await rev.locator('.diff-field').first().waitFor();
  assert.equal(await rev.locator('.diff del').first().innerText(), 'نخستین');
  assert.equal(await rev.locator('.diff ins').first().innerText(), 'دوم');
  page.once('dialog', (d) => void d.accept());
  await rev.getByRole('button', { name: 'بازگرداندن این نسخه' }).click();
  await page.getByTestId('editor-msg').filter({ hasText: 'نسخهٔ ۱ بازگردانده شد.' }).waitFor();
  assert.equal(await page.locator('#f-title').inputValue(), 'تیتر نخستین');
  const now = await getArticle(nr.rt.ctx, a.id);
  assert.equal(now.title, 'تیتر نخستین');
  assert.equal(now.version, 3, 'a restore is a new version');
});

test('the chief schedules with the Jalali date-time picker (Tehran time) and picks the top story; the English switch', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const chief = await nr.user('chief_editor', 'مریم سردبیر', []);
  const draft = await buildArticle(nr.rt, { title: 'خبر زمان‌بندی‌شده' });
  const a = await submitArticle(nr.rt.ctx, draft.id, draft.version);
  const page = await nr.signIn(chief);
  await page.goto(`${nr.base}/newsroom/articles/${a.id}`);
  await waitForStatus(page, 'ارسال‌شده');
  await page.locator('[data-action=schedule-open]').click();
  await page.locator('#wf-schedule-date').fill('۱۴۰۵/۰۹/۱۰');
  await page.locator('#wf-schedule-time').fill('۰۸:۳۰');
  // The calendar follows the typed date: Azar 1405, the 10th pressed.
  assert.match(await page.getByTestId('picker-wf-schedule').locator('.cal-head strong').innerText(), /آذر ۱۴۰۵/);
  assert.equal(await page.getByTestId('picker-wf-schedule').locator('.cal-day[aria-pressed=true]').innerText(), '۱۰');
  await page.locator('button[data-action=schedule]').click();
  await waitForStatus(page, 'زمان‌بندی‌شده');
  const scheduled = await getArticle(nr.rt.ctx, a.id);
  assert.equal(scheduled.status, 'scheduled');
  assert.equal(scheduled.scheduledAt?.toISOString(), '2026-12-01T05:00:00.000Z', '10 Azar 1405, 08:30 in Tehran');
  await page.locator('[data-action=top-story]').click();
  await page.locator('.workflow .badge-top').waitFor();
  assert.equal((await getArticle(nr.rt.ctx, a.id)).isTopStory, true);

  // The scheduled list shows it; the English switch changes the UI and the server's messages.
  await page.getByRole('link', { name: 'زمان‌بندی‌شده' }).click();
  await page.getByTestId('article-list').getByRole('link', { name: 'خبر زمان‌بندی‌شده' }).waitFor();
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('heading', { name: 'Scheduled articles' }).waitFor();
  await page.goto(`${nr.base}/newsroom/articles/${a.id}`);
  await page.getByTestId('status').filter({ hasText: 'Scheduled' }).waitFor();
  // A server error in English: approving a scheduled article is a bad transition.
  const msg = await page.evaluate(async (id) => {
    const s = await (await fetch('/api/newsroom/v1/auth/session')).json();
    const r = await fetch(`/api/newsroom/v1/articles/${id}/approve`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken, 'accept-language': 'en' }, body: '{}' });
    return (await r.json()).error.message;
  }, a.id);
  assert.equal(msg, "That is not possible in the article's current status.");
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.deepEqual(nr.problems, []);
});
