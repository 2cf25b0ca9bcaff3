/** Turning the filters a reader types (slugs, Jalali dates) into what SearchQuery takes. */
import type { Kysely } from 'kysely';
import type { Lang } from '../content/types.js';
import type { Database } from '../db/schema.js';
import { parseJalaliRange } from '../text/index.js';

/** A section or tag given by numeric id or by slug within the edition → its id; null when there is none. */
export async function resolveFilterId(db: Kysely<Database>, table: 'sections' | 'tags', lang: Lang, value: string): Promise<number | null> {
  const v = value.trim();
  if (!v) return null;
  if (/^\d{1,9}$/.test(v)) {
    const r = await db.selectFrom(table).select('id').where('id', '=', Number(v)).where('lang', '=', lang).executeTakeFirst();
    if (r) return r.id;
  }
  const r = await db.selectFrom(table).select('id').where('lang', '=', lang).where('slug', '=', v).executeTakeFirst();
  return r?.id ?? null;
}

/** «1405-09-01..1405-09-08» or one day «1405-09-08» (any digits) → [from, to) in Tehran time; null when not a valid date. */
export function parseDateFilter(value: string): { from: Date; to: Date } | null {
  const r = parseJalaliRange(value.trim().replace(/\s+/g, ''));
  return r ? { from: r.start, to: r.end } : null;
}
