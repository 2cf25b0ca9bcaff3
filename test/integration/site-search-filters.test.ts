import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPublishedArticle } from '../helpers/factories.js';
import { buildTestApp } from '../helpers/runtime.js';

test('the search page filters by section and Jalali date range, and helps when nothing is found', async (t) => {
  const { rt, app } = await buildTestApp(t);
  // 2026-11-20 is 29 Aban 1405; 2026-11-27 is 6 Azar 1405 (Tehran).
  await buildPublishedArticle(rt, { title: 'نشست شورای شهر درباره بودجه', section: 'politics', at: new Date('2026-11-20T08:00:00Z') });
  await buildPublishedArticle(rt, { title: 'بودجه باشگاه‌های ورزشی', section: 'sports', at: new Date('2026-11-27T08:00:00Z') });

  const titles = async (url: string) => {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 200, url);
    return { body: res.body, found: [...res.body.matchAll(/<h2><a href="[^"]+">(?:<bdi[^>]*>)?([^<]+)/g)].map((m) => m[1]) };
  };
  const all = await titles('/fa/search?q=' + encodeURIComponent('بودجه'));
  assert.equal(all.found.length, 2);
  assert.match(all.body, /<select name="section">/);

  const sports = await titles('/fa/search?q=' + encodeURIComponent('بودجه') + '&section=sports');
  assert.deepEqual(sports.found, ['بودجه باشگاه‌های ورزشی']);
  assert.match(sports.body, /<option value="sports" selected/);

  // Persian digits in the date filter work like Latin ones.
  const early = await titles('/fa/search?q=' + encodeURIComponent('بودجه') + '&from=1405-08-01&to=' + encodeURIComponent('۱۴۰۵-۰۸-۳۰'));
  assert.deepEqual(early.found, ['نشست شورای شهر درباره بودجه']);

  const bad = await titles('/fa/search?q=' + encodeURIComponent('بودجه') + '&from=1405-13-01');
  assert.equal(bad.found.length, 2, 'an unreadable date is ignored');
  assert.match(bad.body, /تاریخ واردشده معتبر نیست/);

  const none = await titles('/fa/search?q=' + encodeURIComponent('بودجه') + '&section=culture');
  assert.equal(none.found.length, 0);
  assert.match(none.body, /خبری با این عبارت پیدا نشد/);
  assert.match(none.body, /محدودیت سرویس و تاریخ را بردارید/);
});
