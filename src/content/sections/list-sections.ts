import type { ContentContext } from '../context.js';
import type { Edition, Lang, Section } from '../types.js';

const toSection = (r: { id: number; lang: string; parentId: number | null; slug: string; name: string; position: number; isMain: number }): Section => ({
  id: r.id,
  lang: r.lang as Lang,
  parentId: r.parentId,
  slug: r.slug,
  name: r.name,
  position: r.position,
  isMain: !!r.isMain,
});

/** All sections of an edition (or of every edition), parents before children, in display order. */
export async function listSections(ctx: ContentContext, lang?: Lang): Promise<Section[]> {
  let q = ctx.db.selectFrom('sections').select(['id', 'lang', 'parentId', 'slug', 'name', 'position', 'isMain']);
  if (lang) q = q.where('lang', '=', lang);
  const rows = (await q.orderBy('lang').orderBy('position').orderBy('id').execute()).map(toSection);
  // Order as a tree: each parent followed by its children.
  const byParent = new Map<number | null, Section[]>();
  for (const s of rows) byParent.set(s.parentId, [...(byParent.get(s.parentId) ?? []), s]);
  const out: Section[] = [];
  const walk = (parent: number | null) => {
    for (const s of byParent.get(parent) ?? []) {
      out.push(s);
      walk(s.id);
    }
  };
  walk(null);
  return out;
}

/** A section of an edition by slug, or undefined. */
export async function getSectionBySlug(ctx: ContentContext, lang: Lang, slug: string): Promise<Section | undefined> {
  const r = await ctx.db
    .selectFrom('sections')
    .select(['id', 'lang', 'parentId', 'slug', 'name', 'position', 'isMain'])
    .where('lang', '=', lang)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return r ? toSection(r) : undefined;
}

/** The editions this install serves, default first. */
export async function listEditions(ctx: ContentContext): Promise<Edition[]> {
  const rows = await ctx.db.selectFrom('languages').selectAll().orderBy('isDefault', 'desc').orderBy('position').execute();
  return rows.map((r) => ({ code: r.code as Lang, name: r.name, nativeName: r.nativeName, dir: r.dir as 'rtl' | 'ltr', isDefault: !!r.isDefault }));
}
