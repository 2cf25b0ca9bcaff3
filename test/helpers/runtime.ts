/**
 * Test runtimes: a real database per test — a fresh SQLite file, or a fresh database on the
 * PostgreSQL server named by CHAPAR_DATABASE_URL — closed and removed when the test ends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import pg from 'pg';
import { buildApp, createRuntime, type Runtime } from '../../src/app.js';
import { ensureDefaultSections } from '../../src/content/sections/ensure-defaults.js';
import { fixedClock, type Clock } from '../../src/platform/clock.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';

export const PG_URL = /^postgres/.test(process.env.CHAPAR_DATABASE_URL ?? '') ? process.env.CHAPAR_DATABASE_URL! : undefined;
export const DIALECT = PG_URL ? 'postgres' : 'sqlite';

/** Where the shared datasets are (../shared/datasets from the project root), or undefined. */
export const DATASETS_DIR = (() => {
  const dir = path.resolve(import.meta.dirname, '../../../shared/datasets');
  return fs.existsSync(dir) ? dir : undefined;
})();

/** The reason to skip a dataset test, or false. */
export const NO_DATASETS = DATASETS_DIR ? false : '../shared/datasets is absent: this test needs the shared Persian datasets';

export interface TestDb {
  url: string;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A fresh empty database (and data dir) for one test. */
export async function freshDatabase(): Promise<TestDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapar-test-'));
  if (!PG_URL) {
    return { url: `sqlite:${path.join(dataDir, 'chapar.db')}`, dataDir, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  // A database of its own per test (not a schema): Kysely's migrator introspects every schema
  // of its database, which races with other test processes dropping theirs.
  const name = `${process.env.CHAPAR_TEST_DB_PREFIX ?? 'chapar_t_'}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    dataDir,
    // The database is dropped by the test runner once every test process has ended
    // (scripts/run-tests.mjs): dropping it here could cut a connection a test still closes.
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

export interface TestRuntimeOptions {
  env?: Record<string, string>;
  clock?: Clock;
  /** Create editions and default sections (default true). */
  sections?: boolean;
}

/** A migrated runtime on a fresh database, closed when the test ends. */
export async function buildRuntime(t: TestContext, opts: TestRuntimeOptions = {}): Promise<Runtime & { testDb: TestDb }> {
  const testDb = await freshDatabase();
  const config: Config = loadConfig({ CHAPAR_DATA_DIR: testDb.dataDir, CHAPAR_DATABASE_URL: testDb.url, CHAPAR_DEMO: '0', CHAPAR_LOG_LEVEL: 'silent', ...opts.env });
  const rt = await createRuntime(config, { clock: opts.clock ?? fixedClock('2026-11-28T07:00:00Z'), logger: createLogger('silent') });
  if (opts.sections !== false) await ensureDefaultSections(rt.ctx);
  t.after(async () => {
    await rt.close();
    await testDb.cleanup();
  });
  return Object.assign(rt, { testDb });
}

/** A runtime plus its Fastify app (not listening; use app.inject). */
export async function buildTestApp(t: TestContext, opts: TestRuntimeOptions = {}) {
  const rt = await buildRuntime(t, opts);
  const app = await buildApp(rt);
  t.after(() => app.close());
  return { rt, app };
}
