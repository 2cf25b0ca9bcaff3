/**
 * The newsroom UI in headless Chromium: builds admin/dist once if it is missing, starts the
 * real app on 127.0.0.1 (port 0) with the test runtime, and signs users in through the login form.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Runtime } from '../../src/app.js';
import { getSectionBySlug } from '../../src/content/sections/list-sections.js';
import type { Role } from '../../src/content/types.js';
import { buildUser } from './factories.js';
import { ROOT } from './process.js';
import { buildTestApp } from './runtime.js';
import { launchChromium, listen } from './site-browser.js';

export { ARTIFACTS, NO_CHROMIUM } from './site-browser.js';

const DIST_INDEX = path.join(ROOT, 'admin/dist/index.html');

/** Builds the newsroom UI (vite build) unless admin/dist is already there. */
export function ensureAdminBuilt(): void {
  if (fs.existsSync(DIST_INDEX)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'admin/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(DIST_INDEX)) throw new Error('building the newsroom UI (admin/dist) failed');
}

export interface NewsroomUser {
  userId: number;
  email: string;
  password: string;
  name: string;
}

export interface NewsroomFixture {
  rt: Runtime;
  base: string;
  browser: Browser;
  politics: number;
  /** Creates a user with a role (section staff on «politics» by default). */
  user(role: Role, name: string, sections?: string[]): Promise<NewsroomUser>;
  /** A fresh browser context signed in as the user, on the newsroom home. Records requests that leave the server and page errors. */
  signIn(u: NewsroomUser, opts?: { locale?: string }): Promise<Page>;
  /** Requests to other origins and uncaught page errors seen so far (should stay empty). */
  problems: string[];
}

export async function newsroomFixture(t: TestContext, opts: { env?: Record<string, string> } = {}): Promise<NewsroomFixture> {
  ensureAdminBuilt();
  const { rt, app } = await buildTestApp(t, { env: opts.env });
  const base = await listen(t, app);
  const browser = await launchChromium(t);
  const politics = (await getSectionBySlug(rt.ctx, 'fa', 'politics'))!.id;
  const problems: string[] = [];

  const fixture: NewsroomFixture = {
    rt,
    base,
    browser,
    politics,
    problems,
    async user(role, name, sections = ['politics']) {
      const u = await buildUser(rt, role, { sections });
      await rt.ctx.db.updateTable('users').set({ displayName: name }).where('id', '=', u.actor.userId).execute();
      return { userId: u.actor.userId, email: u.email, password: u.password, name };
    },
    async signIn(u, o = {}) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: o.locale ?? 'fa-IR', timezoneId: 'Asia/Tehran' });
      watch(context, base, problems);
      const page = await context.newPage();
      await page.goto(`${base}/newsroom/`);
      await login(page, u.email, u.password);
      await page.getByTestId('who').waitFor();
      return page;
    },
  };
  return fixture;
}

/** Fills and sends the login form. */
export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type=submit]').click();
}

function watch(context: BrowserContext, base: string, problems: string[]): void {
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank') problems.push(`request to ${u}`);
  });
  context.on('page', (p) => {
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console on ${p.url()}: ${m.text().slice(0, 120)}`);
    });
  });
}

/** The id of the article open in the editor (from the URL). */
export function articleIdOf(page: Page): number {
  const m = /\/newsroom\/articles\/(\d+)/.exec(page.url());
  if (!m) throw new Error(`not on an article: ${page.url()}`);
  return Number(m[1]);
}

/** Waits until the editor shows this status (Persian label via data-testid=status). */
export async function waitForStatus(page: Page, label: string): Promise<void> {
  await page.getByTestId('status').filter({ hasText: label }).waitFor();
}
