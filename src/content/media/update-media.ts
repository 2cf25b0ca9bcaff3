import { z } from 'zod';
import { notFound } from '../../platform/errors.js';
import { parseOrThrow } from '../articles/article-input.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import type { Media } from '../types.js';
import { getMedia } from './get-media.js';

export const updateMediaInput = z
  .object({
    /** Alternative text for screen readers. */
    alt: z.string({ message: 'field.invalid' }).max(500, { message: 'field.too_long' }),
    /** Default caption (an article may override it with its own featured-image caption). */
    caption: z.string({ message: 'field.invalid' }).max(1000, { message: 'field.too_long' }),
    /** Photographer / agency. */
    credit: z.string({ message: 'field.invalid' }).max(300, { message: 'field.too_long' }),
  })
  .partial()
  .strict();
export type UpdateMediaInput = z.input<typeof updateMediaInput>;

/** Edits an image's caption, credit and alt text. The uploader, section editors and above. */
export async function updateMedia(ctx: ContentContext, id: number, input: UpdateMediaInput): Promise<Media> {
  const p = parseOrThrow(updateMediaInput, input);
  const row = await ctx.db.selectFrom('media').select(['id', 'createdBy']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('CHAPAR_MEDIA_NOT_FOUND', `Media ${id} not found`);
  if (!(ctx.actor && row.createdBy === ctx.actor.userId)) assertCan(ctx.actor, 'media.edit');
  const set: Record<string, string> = {};
  for (const k of ['alt', 'caption', 'credit'] as const) if (p[k] !== undefined) set[k] = p[k]!.trim();
  if (Object.keys(set).length) await ctx.db.updateTable('media').set(set).where('id', '=', id).execute();
  return (await getMedia(ctx, id))!;
}
