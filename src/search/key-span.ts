import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { KeyRange } from './sort-key.js';

/** The lowest and highest indexed sort keys within a range (the same SQL on both databases). */
export async function keySpan(db: Kysely<Database>, [lo, hi]: KeyRange): Promise<{ min: number; max: number } | null> {
  const r = await sql<{ mn: number | null; mx: number | null }>`select
    (select sort_key from search_docs where sort_key between ${lo} and ${hi} order by sort_key asc limit 1) as mn,
    (select sort_key from search_docs where sort_key between ${lo} and ${hi} order by sort_key desc limit 1) as mx`.execute(db);
  const row = r.rows[0];
  return row && row.mn != null && row.mx != null ? { min: Number(row.mn), max: Number(row.mx) } : null;
}
