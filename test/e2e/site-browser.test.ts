import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ARTIFACTS, AXE_SOURCE, launchChromium, listen, NO_CHROMIUM } from '../helpers/site-browser.js';
import { buildSiteFixture, HOUR, makeBreaking } from '../helpers/site-fixtures.js';
import { articleUrl } from '../helpers/site-html.js';

test('article, home, section and search pages have no serious or critical axe violations in Chromium', { skip: NO_CHROMIUM }, async (t) => {
  const { rt, app, main, others } = await buildSiteFixture(t);
  await makeBreaking(rt, others[0]!, new Date(rt.clock.now().getTime() + HOUR));
  const base = await listen(t, app);
  const browser = await launchChromium(t);
  const page = await browser.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const axe = fs.readFileSync(AXE_SOURCE, 'utf8');
  for (const url of [articleUrl(main), '/fa/', '/fa/section/politics', '/fa/search?q=ICT', '/en/']) {
    const res = await page.goto(base + url, { waitUntil: 'load' });
    assert.equal(res?.status(), 200, url);
    await page.addScriptTag({ content: axe });
    const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], url);
  }
  assert.deepEqual(foreign, [], 'no request leaves the site');
});

test('the «بزرگنمایی» control enlarges, reduces and resets the text, by keyboard, and is remembered after reload', { skip: NO_CHROMIUM }, async (t) => {
  const { app, main } = await buildSiteFixture(t, { count: 2 });
  const base = await listen(t, app);
  const browser = await launchChromium(t);
  const page = await browser.newPage();
  await page.goto(base + articleUrl(main), { waitUntil: 'load' });
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.body')!).fontSize));
  const start = await size();
  const startBody = await bodySize();
  // Keyboard: focus the enlarge button and press Enter twice.
  await page.focus('button[data-fs="up"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const enlarged = await size();
  assert.ok(enlarged > start, `${enlarged} > ${start}`);
  assert.ok((await bodySize()) > startBody);
  await page.reload({ waitUntil: 'load' });
  assert.equal(await size(), enlarged, 'remembered on this device after reload');
  await page.click('button[data-fs="down"]');
  assert.ok((await size()) < enlarged);
  await page.focus('button[data-fs="reset"]');
  await page.keyboard.press('Space');
  assert.equal(await size(), start);
  await page.reload({ waitUntil: 'load' });
  assert.equal(await size(), start);
});

test('the short link copies, the view beacon counts, and a phone-sized screenshot is saved', { skip: NO_CHROMIUM }, async (t) => {
  const { app, main } = await buildSiteFixture(t);
  const base = await listen(t, app);
  const browser = await launchChromium(t);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fa-IR' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const beacon = page.waitForResponse((r) => r.url().endsWith(`/api/v1/articles/${main.code}/views`));
  await page.goto(base + articleUrl(main), { waitUntil: 'load' });
  assert.equal((await beacon).status(), 200);
  await page.waitForFunction(() => document.querySelector('[data-views]')!.textContent === '۱');
  await page.click('button[data-copy]');
  await page.waitForFunction(() => document.getElementById('copy-hint')!.textContent !== '');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${new URL(base).origin.replace(/.*/, 'https://news.example.ir')}/n/${main.code}`);
  // No horizontal scrolling on a phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, 'site-article-phone.png');
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 10_000);
});
