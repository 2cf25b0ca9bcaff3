import type { ContentContext } from '../context.js';

/**
 * Whether this install has had its demo content: `none` (never started), `loading` (a start
 * began loading it and may have been stopped part-way) or `done` (loaded, or not wanted
 * because the install had articles of its own). Kept in `counters`, so that deleting the
 * articles later never brings the demo back.
 */
export type DemoContentState = 'none' | 'loading' | 'done';

const NAME = 'demo_content';
const VALUES: Record<Exclude<DemoContentState, 'none'>, number> = { loading: 1, done: 2 };

/** The install's demo content state. */
export async function getDemoContentState(ctx: ContentContext): Promise<DemoContentState> {
  const row = await ctx.db.selectFrom('counters').select('value').where('name', '=', NAME).executeTakeFirst();
  if (!row) return 'none';
  return Number(row.value) >= VALUES.done ? 'done' : 'loading';
}

/** Records the install's demo content state. */
export async function setDemoContentState(ctx: ContentContext, state: Exclude<DemoContentState, 'none'>): Promise<void> {
  const value = VALUES[state];
  await ctx.db
    .insertInto('counters')
    .values({ name: NAME, value })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
    .execute();
}

/** Whether any article exists (in any state, trashed included). */
export async function hasArticles(ctx: ContentContext): Promise<boolean> {
  return !!(await ctx.db.selectFrom('articles').select('id').limit(1).executeTakeFirst());
}
