import type { ContentContext } from '../context.js';
import type { Author } from '../types.js';

/** An author (byline) by slug, with the short bio shown on their page, or undefined. */
export async function getAuthorBySlug(ctx: ContentContext, slug: string): Promise<(Author & { bio: string }) | undefined> {
  return ctx.db.selectFrom('authors').select(['id', 'name', 'slug', 'userId', 'bio']).where('slug', '=', slug).executeTakeFirst();
}
