import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { KeyRange } from './sort-key.js';

/** The index's recorded version (layout + analyzer), or undefined on a new database. */
export async function storedSchemaVersion(db: Kysely<Database>): Promise<string | undefined> {
  await sql`create table if not exists search_meta (name text primary key, value text not null)`.execute(db);
  const v = await sql<{ value: string }>`select value from search_meta where name = 'schema_version'`.execute(db);
  return v.rows[0]?.value;
}

/** Records the version the index was just built with. */
export async function recordSchemaVersion(db: Kysely<Database>, version: string): Promise<void> {
  await sql`insert into search_meta (name, value) values ('schema_version', ${version})
    on conflict (name) do update set value = excluded.value`.execute(db);
}

/** Whether there is anything to index (a fresh install skips the initial rebuild). */
export async function hasArticles(db: Kysely<Database>): Promise<boolean> {
  return !!(await db.selectFrom('articles').select('id').limit(1).executeTakeFirst());
}

/** The lowest and highest indexed sort keys within a range (the same SQL on both databases). */
export async function keySpan(db: Kysely<Database>, [lo, hi]: KeyRange): Promise<{ min: number; max: number } | null> {
  const r = await sql<{ mn: number | null; mx: number | null }>`select
    (select sort_key from search_docs where sort_key between ${lo} and ${hi} order by sort_key asc limit 1) as mn,
    (select sort_key from search_docs where sort_key between ${lo} and ${hi} order by sort_key desc limit 1) as mx`.execute(db);
  const row = r.rows[0];
  return row && row.mn != null && row.mx != null ? { min: Number(row.mn), max: Number(row.mx) } : null;
}
