/**
 * The `chapar` command. Thin wrappers over the same use cases the server runs.
 *   chapar serve | migrate | import dataset PATH… | user create --email E --role R [--password P]
 *   chapar text normalize | text analyze        (stdin → stdout, one line per line)
 *   chapar reindex                              (rebuild the search index)
 */
import { parseArgs } from 'node:util';
import type { Runtime } from '../app.js';
import { ROLES } from '../content/types.js';
import { ConfigError, DatabaseUnavailableError, loadConfig, type Config } from '../platform/config.js';
import { isChaparError } from '../platform/errors.js';
import { t } from '../platform/i18n/index.js';
import { createLogger } from '../platform/logger.js';

// The app, the server and the content services (with the text engine and its lexicons) are
// loaded by the commands that use them: `import dataset` runs in a bounded-heap thread of its
// own and must not carry a second copy of them in this one.

const USAGE = `Usage: chapar <command>

Commands:
  serve                                  migrate, set up a fresh install and serve the site
  migrate                                apply pending database migrations
  import dataset PATH…                   import Persian news dataset files (.json or .json.gz)
  user create --email E --role R [--password P] [--name N]
                                         create a newsroom user (roles: ${ROLES.join(', ')})
  text normalize                         Persian storage normalization, stdin → stdout, line by line
  text analyze                           search tokens, stdin → stdout, line by line
  reindex                                rebuild the search index from the articles (progress on stderr)

Configuration comes from the environment (see README): PORT, HOST, CHAPAR_DATA_DIR,
CHAPAR_DATABASE_URL, CHAPAR_PUBLIC_URL, CHAPAR_DEMO, CHAPAR_ADMIN_EMAIL, CHAPAR_ADMIN_PASSWORD…`;

class UsageError extends Error {}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const [cmd, sub, ...rest] = argv;
  try {
    switch (cmd) {
      case 'serve': {
        const { startServer, StartInterrupted } = await import('../server.js');
        try {
          await startServer(config(), undefined, { handleSignals: true });
        } catch (e) {
          if (e instanceof StartInterrupted) return 0; // stopped cleanly before serving
          throw e;
        }
        return -1; // keep running
      }
      case 'migrate': {
        const rt = await runtime({ quiet: true });
        await rt.close();
        const applied = rt.migrationsApplied;
        process.stdout.write(applied.length ? `migrations: applied ${applied.join(', ')}\n` : 'migrations: up to date\n');
        return 0;
      }
      case 'import':
        if (sub !== 'dataset') throw new UsageError(`unknown import source "${sub ?? ''}" (expected: import dataset PATH…)`);
        return await importDatasets(rest);
      case 'user':
        if (sub !== 'create') throw new UsageError(`unknown user command "${sub ?? ''}" (expected: user create)`);
        return await userCreate(rest);
      case 'text': {
        if (sub !== 'normalize' && sub !== 'analyze') throw new UsageError(`unknown text command "${sub ?? ''}" (expected: text normalize | text analyze)`);
        const { runTextCommand } = await import('./text-command.js');
        await runTextCommand(sub, process.stdin, process.stdout);
        return 0;
      }
      case 'reindex': {
        const rt = await runtime({ quiet: true });
        try {
          const { runReindex } = await import('./reindex-command.js');
          const n = await runReindex(rt, process.stderr);
          process.stdout.write(`search index: ${n} articles\n`);
          return 0;
        } finally {
          await rt.close();
        }
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE + '\n');
        return cmd ? 0 : 2;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    return reportError(e);
  }
}

function config(): Config {
  return loadConfig();
}

async function runtime(opts: { quiet?: boolean } = {}): Promise<Runtime> {
  const cfg = config();
  const { createRuntime } = await import('../app.js');
  return createRuntime(cfg, { logger: createLogger(opts.quiet ? 'warn' : cfg.logLevel) });
}

async function importDatasets(paths: string[]): Promise<number> {
  if (!paths.length) throw new UsageError('import dataset needs at least one PATH');
  // A bad configuration or an unreachable database is reported here, in one line, before a thread starts.
  const cfg = config();
  const { connectDatabase } = await import('../connect-database.js');
  await (await connectDatabase(cfg.databaseUrl)).close();
  const { runImportCommand } = await import('./import-command.js');
  return runImportCommand(paths);
}

async function userCreate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email) throw new UsageError('user create needs --email');
  if (!values.role) throw new UsageError(`user create needs --role (${ROLES.join(', ')})`);
  const rt = await runtime({ quiet: true });
  try {
    const [{ ensureDefaultSections }, { createUser }, { generatePassword }] = await Promise.all([
      import('../content/sections/ensure-defaults.js'),
      import('../content/users/create-user.js'),
      import('../content/users/passwords.js'),
    ]);
    await ensureDefaultSections(rt.ctx, rt.config.defaultLang);
    const password = values.password ?? generatePassword();
    const u = await createUser(rt.ctx, { email: values.email, role: values.role as never, password, displayName: values.name });
    process.stdout.write(`created ${u.role} ${u.email} (id ${u.id})\n`);
    if (!values.password) process.stdout.write(`password: ${password}   (shown only this once)\n`);
    return 0;
  } finally {
    await rt.close();
  }
}

function reportError(e: unknown): number {
  if (e instanceof UsageError) {
    process.stderr.write(`chapar: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (e instanceof ConfigError) {
    process.stderr.write(`chapar: ${e.message}\n`);
    return 78;
  }
  if (e instanceof DatabaseUnavailableError) {
    process.stderr.write(`chapar: ${e.message}\n`);
    return 1;
  }
  if (isChaparError(e)) {
    process.stderr.write(`chapar: ${e.message}\n`);
    for (const f of e.fields) process.stderr.write(`  - ${f.field}: ${t('en', f.message)}\n`);
    return 1;
  }
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && 'code' in err && (err.code === 'EADDRINUSE' || err.code === 'ECONNREFUSED' || err.code === 'EACCES')) {
    process.stderr.write(`chapar: ${err.message}\n`);
    return 1;
  }
  process.stderr.write(`chapar: ${(e as Error)?.stack ?? String(e)}\n`);
  return 1;
}

const isEntry = process.argv[1] && /cli[/\\]index\.(ts|js)$/.test(process.argv[1]);
if (isEntry) {
  main().then((code) => {
    if (code >= 0) process.exitCode = code;
  });
}
