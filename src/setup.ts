/**
 * First start: on an empty database create the editions and sections, load the demo
 * content, and create the first admin, printing a generated password once.
 */
import type { Runtime } from './app.js';
import { ensureDefaultSections } from './content/sections/ensure-defaults.js';
import { createUser, hasUsers } from './content/users/create-user.js';
import { generatePassword } from './content/users/passwords.js';
import { loadDemoContent } from './ingest/demo-content.js';

export interface SetupReport {
  adminCreated: boolean;
  /** The generated admin password, when one was generated (print it once). */
  generatedPassword?: string;
  demoArticles: number;
}

/** Idempotent: safe at every start; only an empty install gets an admin and demo content. */
export async function setupInstall(rt: Runtime, opts: { onProgress?: (msg: string) => void } = {}): Promise<SetupReport> {
  await ensureDefaultSections(rt.ctx, rt.config.defaultLang);
  const report: SetupReport = { adminCreated: false, demoArticles: 0 };
  if (await hasUsers(rt.ctx)) return report;
  if (rt.config.demo) report.demoArticles = await loadDemoContent(rt.ctx, rt.config.datasetsDir, opts.onProgress);
  const password = rt.config.adminPassword ?? generatePassword();
  await createUser(rt.ctx, { email: rt.config.adminEmail, role: 'admin', password, displayName: 'مدیر سامانه' });
  report.adminCreated = true;
  if (!rt.config.adminPassword) report.generatedPassword = password;
  return report;
}
