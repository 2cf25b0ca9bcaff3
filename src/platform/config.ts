import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, parsed once at start from the environment. Every problem is reported
 * together, each line naming the variable at fault; then the process exits (see cli).
 */
const boolish = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'], { message: 'must be 1 or 0 (true/false)' })
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const schema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z
    .string()
    .refine((v) => /^\S+$/.test(v), { message: 'must not be blank or contain spaces' })
    .default('127.0.0.1'),
  CHAPAR_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  CHAPAR_DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres|postgresql):\/\//.test(v) || /^sqlite:/.test(v) || v === ':memory:', {
      message: 'must be postgres://user@host:port/db, sqlite:PATH or :memory:',
    })
    // `sqlite:` alone would open a temporary database that vanishes at exit.
    .refine((v) => !/^sqlite:\s*$/.test(v), { message: 'sqlite: needs the path of the database file (sqlite:/path/chapar.db)' })
    .optional(),
  CHAPAR_REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), { message: 'must be redis://host:port' })
    .optional(),
  CHAPAR_PUBLIC_URL: z
    .string()
    .url('must be an absolute URL such as https://news.example.ir')
    .refine((v) => /^https?:\/\//.test(v), { message: 'must start with http:// or https://' })
    .optional(),
  CHAPAR_DEMO: boolish.default(true),
  CHAPAR_ADMIN_EMAIL: z.string().email('must be an e-mail address').default('admin@chapar.local'),
  CHAPAR_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  CHAPAR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CHAPAR_DATASETS_DIR: z.string().optional(),
  CHAPAR_PAGE_CACHE: boolish.default(true),
  CHAPAR_OBJECT_CACHE: boolish.default(true),
  // Read by src/text (lexicon.ts) itself; checked here so a wrong path stops the start with a clear message.
  CHAPAR_FA_DIC: z
    .string()
    .refine((v) => v === 'none' || existsSync(v), { message: 'no such file (the path of fa_IR.dic from myspell-fa, or none)' })
    .optional(),
  CHAPAR_DEFAULT_LANG: z.enum(['fa', 'ar', 'en']).default('fa'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** `sqlite:/abs/path.db`, `:memory:` or a postgres URL. */
  databaseUrl: string;
  dialect: 'sqlite' | 'postgres';
  redisUrl: string | undefined;
  publicUrl: string;
  demo: boolean;
  adminEmail: string;
  adminPassword: string | undefined;
  logLevel: string;
  datasetsDir: string;
  pageCache: boolean;
  /** The site's object cache: what page loaders read, kept by page key under the same tags. */
  objectCache: boolean;
  defaultLang: 'fa' | 'ar' | 'en';
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** How a bad value is shown in a message: a password never, a URL with its password masked. */
function shownValue(name: string, value: string): string {
  if (name === 'CHAPAR_ADMIN_PASSWORD') return '(value not shown)';
  if (name === 'CHAPAR_DATABASE_URL' || name === 'CHAPAR_REDIS_URL') return `(got ${JSON.stringify(maskUrlPassword(value))})`;
  return `(got ${JSON.stringify(value)})`;
}

/**
 * The URL with the password of its user part replaced by `***`, for messages and logs.
 * Masks up to the last `@`, so a password with an unescaped `@` or `/` is masked whole.
 */
export function maskUrlPassword(url: string): string {
  return url.replace(/^([a-z][\w+.-]*:\/\/[^:@/]*:).*@/i, '$1***@');
}

/**
 * The database named by CHAPAR_DATABASE_URL cannot be opened or reached (server down, no
 * such database, a file that cannot be created). The message names the setting, its value
 * (password masked) and the cause, on one line.
 */
export class DatabaseUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`CHAPAR_DATABASE_URL: cannot open the database ${maskUrlPassword(url)}: ${describeCause(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

function describeCause(e: unknown): string {
  const err = e as { message?: unknown; code?: unknown; errors?: unknown };
  let msg = typeof err?.message === 'string' ? err.message : '';
  // Node reports a refused connection to a name with several addresses as an AggregateError with no message.
  if (!msg && Array.isArray(err?.errors)) msg = [...new Set(err.errors.map((x: { message?: string }) => x?.message).filter(Boolean))].join('; ');
  if (!msg && typeof err?.code === 'string') msg = err.code;
  return (msg || String(e)).replace(/\s*\n\s*/g, ' ');
}

/** Parses the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    raw[key] = v === undefined || v === '' ? undefined : v;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // One line per variable at fault, naming it and the value it had (never a password).
    const byName = new Map<string, string[]>();
    for (const i of parsed.error.issues) {
      const name = String(i.path[0] ?? '?');
      byName.set(name, [...(byName.get(name) ?? []), i.message]);
    }
    const problems = [...byName].map(([name, msgs]) => `${name}: ${[...new Set(msgs)].join('; ')} ${shownValue(name, raw[name] ?? '')}`);
    throw new ConfigError(problems);
  }
  const c = parsed.data;
  const dataDir = path.resolve(cwd, c.CHAPAR_DATA_DIR);
  const databaseUrl = c.CHAPAR_DATABASE_URL ?? `sqlite:${path.join(dataDir, 'chapar.db')}`;
  const dialect = /^postgres/.test(databaseUrl) ? 'postgres' : 'sqlite';
  const publicUrl = (c.CHAPAR_PUBLIC_URL ?? `http://${c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST}:${c.PORT}`).replace(/\/+$/, '');
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir,
    databaseUrl,
    dialect,
    redisUrl: c.CHAPAR_REDIS_URL,
    publicUrl,
    demo: c.CHAPAR_DEMO,
    adminEmail: c.CHAPAR_ADMIN_EMAIL,
    adminPassword: c.CHAPAR_ADMIN_PASSWORD,
    logLevel: c.CHAPAR_LOG_LEVEL,
    datasetsDir: path.resolve(cwd, c.CHAPAR_DATASETS_DIR ?? '../shared/datasets'),
    pageCache: c.CHAPAR_PAGE_CACHE,
    objectCache: c.CHAPAR_OBJECT_CACHE,
    defaultLang: c.CHAPAR_DEFAULT_LANG,
  };
}
