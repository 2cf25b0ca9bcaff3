/**
 * The few places where SQLite and PostgreSQL differ, each behind one small function.
 * Everything else in db/queries is written once for both.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../connection.js';
import { runPrecompiled } from '../queries/precompiled.js';

/** Column type for an auto-incrementing integer primary key. */
export function idType(dialect: Dialect) {
  return dialect === 'postgres' ? ('serial' as const) : ('integer' as const);
}

/** Column definition for an auto-incrementing primary key. */
export function idColumn(dialect: Dialect) {
  return (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
}

/** Column type for epoch-millisecond times and large counters. */
export function bigintType(dialect: Dialect) {
  return dialect === 'postgres' ? ('bigint' as const) : ('integer' as const);
}

/** Case-insensitive LIKE: ILIKE on PostgreSQL, LIKE (already case-insensitive for ASCII) on SQLite. */
export function likeOperator(dialect: Dialect) {
  return dialect === 'postgres' ? ('ilike' as const) : ('like' as const);
}

/**
 * Atomically increments a named counter and returns the new value. Both dialects support
 * UPDATE … RETURNING; the row lock it takes on PostgreSQL serializes concurrent callers,
 * so a value is never handed out twice.
 */
export async function nextCounterValue(db: Kysely<any>, name: string, by = 1): Promise<number> {
  const [row] = await runPrecompiled<{ value: number }>(db, 'counter:next', [by, name], (p) =>
    db.updateTable('counters').set({ value: sql`value + ${p(0)}` }).where('name', '=', p(1)).returning('value'),
  );
  if (!row) throw new Error(`counter ${name} is missing`);
  return Number(row.value);
}

/** `now` in epoch milliseconds as SQL (for defaults in DDL). */
export function nowMs(dialect: Dialect): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(extract(epoch from now()) * 1000)::bigint`
    : sql<number>`(cast(unixepoch('subsec') * 1000 as integer))`;
}
