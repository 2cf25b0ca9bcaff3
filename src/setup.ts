/**
 * First start: create the editions and sections, load the demo content once per install,
 * and create the first admin when there is none, printing a generated password once.
 */
import type { Runtime } from './app.js';
import { getDemoContentState, hasArticles, setDemoContentState } from './content/install/demo-content-state.js';
import { ensureDefaultSections } from './content/sections/ensure-defaults.js';
import { createUser, hasAdmin } from './content/users/create-user.js';
import { generatePassword } from './content/users/passwords.js';
import { loadDemoContent } from './ingest/demo-content.js';
import { isChaparError } from './platform/errors.js';

export interface SetupReport {
  adminCreated: boolean;
  /** The generated admin password, when one was generated (print it once). */
  generatedPassword?: string;
  demoArticles: number;
}

export interface SetupOptions {
  onProgress?: (msg: string) => void;
  /**
   * Stops the setup at a safe point (between demo files, each imported in a transaction of
   * its own) by throwing the signal's reason; the next start finishes what is left.
   */
  signal?: AbortSignal;
}

/**
 * Idempotent: safe at every start. The demo content is loaded once per install (when demo is
 * on and the install has no articles of its own); an admin is created when none exists.
 */
export async function setupInstall(rt: Runtime, opts: SetupOptions = {}): Promise<SetupReport> {
  await ensureDefaultSections(rt.ctx, rt.config.defaultLang);
  const report: SetupReport = { adminCreated: false, demoArticles: 0 };
  if (rt.config.demo) report.demoArticles = await loadDemoOnce(rt, opts);
  opts.signal?.throwIfAborted();
  // After the demo: a start stopped while loading it has not created the admin yet, so the
  // start that finishes the demo still prints the password.
  if (await hasAdmin(rt.ctx)) return report;
  const password = rt.config.adminPassword ?? generatePassword();
  try {
    await createUser(rt.ctx, { email: rt.config.adminEmail, role: 'admin', password, displayName: 'مدیر سامانه' });
  } catch (e) {
    if (!isChaparError(e) || e.code !== 'CHAPAR_USER_EXISTS') throw e;
    rt.logger.warn(`no admin account, and CHAPAR_ADMIN_EMAIL (${rt.config.adminEmail}) belongs to a user who is not one: create one with chapar user create --role admin`);
    return report;
  }
  report.adminCreated = true;
  if (!rt.config.adminPassword) report.generatedPassword = password;
  return report;
}

async function loadDemoOnce(rt: Runtime, opts: SetupOptions): Promise<number> {
  const state = await getDemoContentState(rt.ctx);
  if (state === 'done') return 0;
  if (state === 'none') {
    // An install that already has content (imported before the first start, or from before
    // this record existed) never gets the demo.
    if (await hasArticles(rt.ctx)) {
      await setDemoContentState(rt.ctx, 'done');
      return 0;
    }
    await setDemoContentState(rt.ctx, 'loading');
  }
  // `loading` left by a start that was stopped: load again; the import skips what it already has.
  opts.signal?.throwIfAborted();
  opts.onProgress?.('demo content: loading');
  // loadDemoContent stops between dataset files (each committed on its own); its few built-in
  // articles, used without datasets, are one transaction and are not interrupted.
  const n = await loadDemoContent(rt.ctx, rt.config.datasetsDir, opts.onProgress, opts.signal);
  await setDemoContentState(rt.ctx, 'done');
  return n;
}
