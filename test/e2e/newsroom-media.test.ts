import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { getArticle } from '../../src/content/articles/get-article.js';
import { buildArticle } from '../helpers/factories.js';
import { ARTIFACTS, NO_CHROMIUM, newsroomFixture, waitForStatus } from '../helpers/newsroom-browser.js';
import { articleUrl } from '../helpers/site-html.js';

test('an image uploaded to the media library, used as featured and body image, appears on the public article page in the right sizes', { skip: NO_CHROMIUM }, async (t) => {
  const nr = await newsroomFixture(t);
  const editor = await nr.user('section_editor', 'علی دبیری');
  const a = await buildArticle(nr.rt, { title: 'گشایش نمایشگاه عکس در تبریز', lead: 'نمایشگاه عکس تبریز گشایش یافت.', body: '<p>بند نخست خبر.</p>' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chapar-img-')), 'tabriz.jpg');
  await sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 30, g: 110, b: 170 } } }).jpeg().toFile(file);
  t.after(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

  // Upload in the media library with alt, caption and credit.
  const page = await nr.signIn(editor);
  await page.getByRole('link', { name: 'کتابخانهٔ تصویر' }).click();
  await page.locator('#lib-file').setInputFiles(file);
  await page.locator('#lib-alt').fill('نمای نمایشگاه عکس');
  await page.locator('#lib-caption').fill('نمایشگاه عکس تبریز');
  await page.locator('#lib-credit').fill('عکس: رضا');
  await page.getByTestId('upload-form').getByRole('button', { name: 'بارگذاری تصویر' }).click();
  const card = page.getByTestId('media-grid').locator('li').first();
  await card.locator('img').waitFor();
  assert.equal(await card.locator('input').nth(1).inputValue(), 'نمایشگاه عکس تبریز');
  const mediaId = Number(await card.getAttribute('data-media-id'));

  // Use it as the featured image and in the body.
  await page.goto(`${nr.base}/newsroom/articles/${a.id}`);
  await waitForStatus(page, 'پیش‌نویس');
  await page.getByTestId('featured-choose').click();
  await page.getByTestId('media-picker').locator(`li[data-media-id="${mediaId}"] button`).click();
  await page.getByTestId('featured-thumb').waitFor();
  assert.equal(await page.locator('#f-featured-caption').inputValue(), 'نمایشگاه عکس تبریز', 'caption taken from the library');
  await page.getByTestId('body-editor').click();
  await page.keyboard.press('End');
  await page.getByTestId('tb-image').click();
  await page.getByTestId('media-picker').locator(`li[data-media-id="${mediaId}"] button`).click();
  await page.locator('.prose figure.image img').waitFor();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, 'newsroom-editor.png') });
  assert.ok(fs.statSync(path.join(ARTIFACTS, 'newsroom-editor.png')).size > 20_000);
  await page.getByTestId('save').click();
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor();
  await page.locator('button[data-action=publish]').click();
  await waitForStatus(page, 'منتشرشده');
  const published = await getArticle(nr.rt.ctx, a.id);
  assert.equal(published.featuredImageId, mediaId);
  assert.match(published.body, new RegExp(`<figure class="image"><img src="/media/[^"]+" alt="نمای نمایشگاه عکس" width="1024" height="683" data-media-id="${mediaId}" /><figcaption>نمایشگاه عکس تبریز</figcaption></figure>`));

  // The public page: <picture> with WebP and JPEG at 320, 640, 1024, 1600 and full width; it loads.
  const pub = await page.context().newPage();
  await pub.goto(`${nr.base}${articleUrl(published)}`);
  const webp = await pub.locator('figure picture source[type="image/webp"]').getAttribute('srcset');
  const jpeg = await pub.locator('figure picture img').getAttribute('srcset');
  for (const srcset of [webp!, jpeg!]) assert.deepEqual(srcset.split(', ').map((s) => s.split(' ')[1]), ['320w', '640w', '1024w', '1600w', '1800w']);
  assert.match(webp!, /^\/media\/\S+\.webp 320w/);
  assert.match(jpeg!, /^\/media\/\S+\.jpg 320w/);
  const loaded = await pub.locator('figure picture img').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { natural: img.naturalWidth, current: img.currentSrc };
  });
  // A 1366 px wide window shows the image 46rem (736 px) wide: the browser picks the 1024 px WebP.
  const chosen = webp!.split(', ').find((s) => loaded.current.endsWith(s.split(' ')[0]!));
  assert.equal(chosen?.split(' ')[1], '1024w', `chosen: ${loaded.current}`);
  assert.equal(loaded.natural, 736, 'rendered at the width of its slot');
  assert.match(await pub.locator('figure figcaption').first().innerText(), /نمایشگاه عکس تبریز.*عکس: رضا/);
  // The body image, too.
  const bodyImg = await pub.locator(`.body img[data-media-id="${mediaId}"]`).evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return img.naturalWidth;
  });
  assert.equal(bodyImg, 1024);
  assert.deepEqual(nr.problems, []);
});
