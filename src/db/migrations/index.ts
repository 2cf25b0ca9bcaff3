import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Dialect } from '../connection.js';
import * as m0001 from './20261128-0001-initial.js';
import * as newsroom0001 from './20261201-0001-newsroom.js';

/**
 * Every migration, in order. A migration that has shipped is never edited: add a new file.
 * Migrations receive the dialect for the few DDL differences (id and bigint column types).
 */
const ALL: Array<[string, { up(db: Kysely<any>, d: Dialect): Promise<void> }]> = [
  ['20261128-0001-initial', m0001],
  ['20261201-0001-newsroom', newsroom0001],
];

class StaticProvider implements MigrationProvider {
  constructor(private dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of ALL) out[name] = { up: (db) => m.up(db, this.dialect) };
    return out;
  }
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  // On PostgreSQL, name the current schema explicitly: Kysely's existence check otherwise
  // sees migration tables of other schemas (several installs or test schemas on one server).
  const migrationTableSchema =
    dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect), ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const res: MigrationResultSet = await migrator.migrateToLatest();
  if (res.error) {
    const failed = res.results?.find((r) => r.status === 'Error');
    const err = res.error instanceof Error ? res.error : new Error(String(res.error));
    err.message = `migration ${failed?.migrationName ?? '?'} failed: ${err.message}`;
    throw err;
  }
  return (res.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
