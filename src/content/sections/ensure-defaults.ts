import type { ContentContext } from '../context.js';
import type { Lang } from '../types.js';
import { DEFAULT_EDITIONS, DEFAULT_SECTIONS, type SectionSeed } from './default-sections.js';

/**
 * Creates the editions and the default sections that do not exist yet. Idempotent: run at
 * every start; sections an admin renamed or reordered are left as they are.
 */
export async function ensureDefaultSections(ctx: ContentContext, defaultLang: Lang = 'fa'): Promise<void> {
  const now = ctx.clock.now().getTime();
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, e] of DEFAULT_EDITIONS.entries()) {
      const exists = await trx.selectFrom('languages').select('code').where('code', '=', e.code).executeTakeFirst();
      if (!exists) {
        await trx.insertInto('languages').values({ ...e, position: i, isDefault: e.code === defaultLang ? 1 : 0 }).execute();
      }
    }
    const insert = async (lang: Lang, seeds: SectionSeed[], parentId: number | null) => {
      for (const [position, s] of seeds.entries()) {
        let row = await trx.selectFrom('sections').select('id').where('lang', '=', lang).where('slug', '=', s.slug).executeTakeFirst();
        if (!row) {
          row = await trx
            .insertInto('sections')
            .values({ lang, parentId, slug: s.slug, name: s.name, position, isMain: s.isMain ? 1 : 0, createdAt: now })
            .returning('id')
            .executeTakeFirstOrThrow();
        }
        if (s.children) await insert(lang, s.children, row.id);
      }
    };
    for (const lang of Object.keys(DEFAULT_SECTIONS) as Lang[]) await insert(lang, DEFAULT_SECTIONS[lang], null);
  });
}
