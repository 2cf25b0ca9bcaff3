/**
 * A Chapar server over a seeded database, for the benchmark and the audit. Run as a child
 * process: prints `listening <url>` and serves until SIGTERM.
 * Env: SEED_ARTICLES (default 3200), CHAPAR_PAGE_CACHE and CHAPAR_OBJECT_CACHE (1/0), PORT (default 0).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededDatabase } from './site-seed.js';

// The server runs from the production build (dist/, what `npm start` runs) when the benchmark
// built it (CHAPAR_BENCH_BUILD=dist); from the TypeScript sources through tsx otherwise.
const from = process.env.CHAPAR_BENCH_BUILD === 'dist' ? '../dist/src' : '../src';
const { buildApp, createRuntime } = (await import(`${from}/app.js`)) as typeof import('../src/app.js');
const { loadConfig } = (await import(`${from}/platform/config.js`)) as typeof import('../src/platform/config.js');
const { createLogger } = (await import(`${from}/platform/logger.js`)) as typeof import('../src/platform/logger.js');

const articles = Number(process.env.SEED_ARTICLES ?? 3200);
const file = await seededDatabase(articles, (s) => console.error(s));
// Serve a private copy so the seeded file stays pristine (view counts, WAL).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapar-site-serve-'));
const db = path.join(dir, 'chapar.db');
fs.copyFileSync(file, db);
const config = loadConfig({
  CHAPAR_DATA_DIR: dir,
  CHAPAR_DATABASE_URL: `sqlite:${db}`,
  CHAPAR_DEMO: '0',
  CHAPAR_LOG_LEVEL: 'silent',
  CHAPAR_PAGE_CACHE: process.env.CHAPAR_PAGE_CACHE ?? '1',
  CHAPAR_OBJECT_CACHE: process.env.CHAPAR_OBJECT_CACHE ?? '1',
  PORT: process.env.PORT ?? '0',
  HOST: '127.0.0.1',
  ...(process.env.CHAPAR_PUBLIC_URL ? { CHAPAR_PUBLIC_URL: process.env.CHAPAR_PUBLIC_URL } : {}),
});
const rt = await createRuntime(config, { logger: createLogger('silent') });
const app = await buildApp(rt);
const url = await app.listen({ host: '127.0.0.1', port: config.port });
console.log(`listening ${url}`);
const stop = async () => {
  await app.close();
  await rt.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
