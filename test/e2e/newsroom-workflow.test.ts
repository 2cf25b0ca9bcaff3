import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getArticle } from '../../src/content/articles/get-article.js';
import { articleIdOf, NO_CHROMIUM, newsroomFixture, waitForStatus } from '../helpers/newsroom-browser.js';

test('a reporter writes and submits, the section editor returns it with a comment, the reporter fixes and resubmits, the editor publishes; it is on the home page and in search', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const reporter = await nr.user('reporter', 'سارا رضایی');
  const editor = await nr.user('section_editor', 'علی دبیری');

  // The reporter writes a new article in the UI.
  const rp = await nr.signIn(reporter);
  await rp.getByRole('link', { name: 'خبر تازه' }).click();
  await rp.locator('#f-kicker').fill('گزارش میدانی');
  await rp.locator('#f-title').fill('افتتاح کتابخانهٔ عمومی تازه در شهر کرمان');
  await rp.locator('#f-lead').fill('کتابخانهٔ عمومی تازهٔ کرمان امروز با ده هزار جلد کتاب گشایش یافت.');
  await rp.getByTestId('body-editor').click();
  await rp.keyboard.type('این کتابخانه در مرکز شهر ساخته شده است.');
  await rp.keyboard.press('Enter');
  await rp.keyboard.type('ساعت کار آن از هشت صبح تا هشت شب است.');
  await rp.locator('#f-tags').fill('کتابخانه');
  await rp.locator('#f-tags').press('Enter');
  await rp.getByTestId('save').click();
  await rp.waitForURL(/\/newsroom\/articles\/\d+$/);
  const id = articleIdOf(rp);
  await waitForStatus(rp, 'پیش‌نویس');
  let a = await getArticle(nr.rt.ctx, id);
  assert.equal(a.title, 'افتتاح کتابخانهٔ عمومی تازه در شهر کرمان');
  assert.match(a.body, /<p>این کتابخانه در مرکز شهر ساخته شده است.<\/p>\s*<p>ساعت کار/);
  assert.deepEqual(a.tags.map((x) => x.name), ['کتابخانه']);
  assert.equal(a.sectionId, nr.politics, 'the reporter’s section is the default');
  // A reporter has no publish, schedule or breaking button.
  assert.equal(await rp.locator('[data-action=publish], [data-action=schedule-open], [data-action=breaking-open]').count(), 0);
  await rp.locator('[data-action=submit]').click();
  await waitForStatus(rp, 'ارسال‌شده');

  // The section editor finds it on the desk and returns it with a comment.
  const ep = await nr.signIn(editor);
  await ep.getByRole('link', { name: 'افتتاح کتابخانهٔ عمومی تازه در شهر کرمان' }).click();
  await waitForStatus(ep, 'ارسال‌شده');
  await ep.locator('[data-action=return-open]').click();
  await ep.locator('#wf-comment').fill('لطفاً نام شهردار را هم بیاورید.');
  await ep.locator('button[data-action=return]').click();
  await waitForStatus(ep, 'برگشت‌خورده');
  await ep.goto(`${nr.base}/newsroom/articles?view=desk`);

  // The reporter sees the comment, fixes the lead (autosaved: it is a returned draft) and resubmits.
  await rp.reload();
  await waitForStatus(rp, 'برگشت‌خورده');
  await rp.getByTestId('notes').getByText('لطفاً نام شهردار را هم بیاورید.').waitFor();
  await rp.locator('#f-lead').fill('کتابخانهٔ عمومی تازهٔ کرمان امروز با حضور شهردار و ده هزار جلد کتاب گشایش یافت.');
  await rp.locator('[data-testid=save-state][data-state=autosaved]').waitFor();
  a = await getArticle(nr.rt.ctx, id);
  assert.match(a.lead, /با حضور شهردار/, 'autosave stored the fix');
  await rp.locator('[data-action=submit]').click();
  await waitForStatus(rp, 'ارسال‌شده');

  // The editor publishes.
  await ep.reload();
  await ep.getByRole('link', { name: 'افتتاح کتابخانهٔ عمومی تازه در شهر کرمان' }).click();
  await waitForStatus(ep, 'ارسال‌شده');
  assert.equal(await ep.locator('#f-lead').inputValue(), 'کتابخانهٔ عمومی تازهٔ کرمان امروز با حضور شهردار و ده هزار جلد کتاب گشایش یافت.');
  await ep.locator('button[data-action=publish]').click();
  await waitForStatus(ep, 'منتشرشده');
  a = await getArticle(nr.rt.ctx, id);
  assert.equal(a.status, 'published');
  // The preview pane shows the public page (no /newsroom/preview route yet: the public URL once published).
  await ep.getByTestId('tab-preview').click();
  const frame = ep.frameLocator('[data-testid=preview-frame]');
  await frame.locator('h1').filter({ hasText: 'افتتاح کتابخانهٔ عمومی تازه در شهر کرمان' }).waitFor();

  // On the public home page and in the public and newsroom search.
  const home = await ep.context().request.get(`${nr.base}/fa/`);
  assert.equal(home.status(), 200);
  assert.ok((await home.text()).includes('افتتاح کتابخانهٔ عمومی تازه در شهر کرمان'), 'home page lists it');
  const search = await ep.context().request.get(`${nr.base}/fa/search?q=${encodeURIComponent('کتابخانه کرمان')}`);
  assert.ok((await search.text()).includes('افتتاح کتابخانهٔ عمومی تازه در شهر کرمان'), 'public search finds it');
  await ep.goto(`${nr.base}/newsroom/search?q=${encodeURIComponent('شهردار')}`);
  await ep.getByTestId('search-hits').getByRole('link', { name: 'افتتاح کتابخانهٔ عمومی تازه در شهر کرمان' }).waitFor();
  assert.deepEqual(nr.problems, []);
});
