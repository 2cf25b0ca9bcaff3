import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getArticle } from '../../src/content/articles/get-article.js';
import { listConflictCopies } from '../../src/content/articles/conflict-copies.js';
import { submitArticle } from '../../src/content/articles/submit-article.js';
import { buildArticle } from '../helpers/factories.js';
import { NO_CHROMIUM, newsroomFixture, waitForStatus } from '../helpers/newsroom-browser.js';

test('two editors: the second sees who is editing and takes over, the first is told at once; both save, the later save gets the conflict view and nothing is lost', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const first = await nr.user('section_editor', 'علی دبیری');
  const second = await nr.user('chief_editor', 'مریم سردبیر');
  const draft = await buildArticle(nr.rt, { title: 'تیتر نخست خبر مشترک', lead: 'لید نخست.' });
  const a = await submitArticle(nr.rt.ctx, draft.id, draft.version);

  // The first editor opens it, holds the lock and starts typing (a submitted article: no autosave).
  const p1 = await nr.signIn(first);
  await p1.goto(`${nr.base}/newsroom/articles/${a.id}`);
  await waitForStatus(p1, 'ارسال‌شده');
  await p1.locator('#f-lead').fill('لید بازنوشته به دست دبیر نخست.');
  await p1.getByTestId('body-editor').click();
  await p1.keyboard.press('End');
  await p1.keyboard.type(' افزودهٔ دبیر نخست.');

  // The second sees who is editing, since when, and takes over.
  const p2 = await nr.signIn(second);
  await p2.goto(`${nr.base}/newsroom/articles/${a.id}`);
  const banner = p2.getByTestId('lock-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /«علی دبیری» از .*۱۴۰۵.* در حال ویرایش این خبر است/);
  assert.equal(await p2.locator('#f-title').getAttribute('readonly'), '', 'read-only until taking over');
  await p2.getByTestId('take-over').click();
  await p2.locator('#f-title:not([readonly])').waitFor();

  // The first is told at once (long poll), becomes read-only, and keeps the unsaved text.
  const lostBanner = p1.getByTestId('lock-lost');
  await lostBanner.waitFor();
  assert.match(await lostBanner.innerText(), /«مریم سردبیر» ویرایش این خبر را به دست گرفت/);
  assert.equal(await p1.locator('#f-lead').inputValue(), 'لید بازنوشته به دست دبیر نخست.');
  assert.equal(await p1.locator('#f-lead').getAttribute('readonly'), '');

  // The second saves first.
  await p2.locator('#f-title').fill('تیتر تازهٔ سردبیر');
  await p2.locator('#f-lead').fill('لید سردبیر.');
  await p2.getByTestId('save').click();
  await p2.locator('[data-testid=save-state][data-state=saved]').waitFor();

  // The first saves their text: refused with the conflict view showing both versions.
  await p1.getByTestId('save').click();
  const conflict = p1.getByTestId('conflict');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /«مریم سردبیر» این خبر را در .* ذخیره کرده است/);
  const lead = conflict.locator('[data-field=lead]');
  assert.equal(await lead.locator('[data-side=theirs]').innerText(), 'لید سردبیر.');
  assert.equal(await lead.locator('[data-side=yours]').innerText(), 'لید بازنوشته به دست دبیر نخست.');
  assert.match(await conflict.locator('[data-field=body] [data-side=yours]').innerText(), /افزودهٔ دبیر نخست/);
  assert.equal(await conflict.locator('[data-field=title]').count(), 0, 'the title was not touched by the first editor');
  // The refused save is kept on the server.
  const copies = await listConflictCopies(nr.rt.ctx, a.id);
  assert.equal(copies.length, 1);
  assert.equal((copies[0]!.data as { lead: string }).lead, 'لید بازنوشته به دست دبیر نخست.');

  // Keep the second editor's lead, the first editor's body; save the merge.
  await lead.locator('input[value=theirs]').check();
  await conflict.getByRole('button', { name: 'ذخیرهٔ نسخهٔ ادغام‌شده' }).click();
  await conflict.waitFor({ state: 'detached' });
  const merged = await getArticle(nr.rt.ctx, a.id);
  assert.equal(merged.title, 'تیتر تازهٔ سردبیر', 'the second editor’s title survives');
  assert.equal(merged.lead, 'لید سردبیر.');
  assert.match(merged.body, /افزودهٔ دبیر نخست/, 'the first editor’s body text survives');
  assert.equal(await p1.locator('#f-title').inputValue(), 'تیتر تازهٔ سردبیر', 'the first editor now sees the merged article');
  assert.deepEqual(nr.problems, []);
});
