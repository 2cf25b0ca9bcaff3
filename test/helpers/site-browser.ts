/** A real server on 127.0.0.1 (port 0) and headless Chromium, for the public-site e2e tests. */
import fs from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './process.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'artifacts');
export const AXE_SOURCE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** Whether Chromium is installed (the e2e tests need it). */
export const NO_CHROMIUM = fs.existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent`;

export async function launchChromium(t: TestContext): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  return browser;
}

/** Listens on 127.0.0.1:0 and returns the base URL. */
export async function listen(t: TestContext, app: { listen(o: { host: string; port: number }): Promise<string> }): Promise<string> {
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return url.replace('localhost', '127.0.0.1');
}
