import type { ContentContext } from '../context.js';
import type { Media, MediaVariant } from '../types.js';

/** A media item by id, with its parsed variants, or undefined. */
export async function getMedia(ctx: ContentContext, id: number): Promise<Media | undefined> {
  const r = await ctx.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  let variants: MediaVariant[] = [];
  try {
    const v = JSON.parse(r.variants) as unknown;
    if (Array.isArray(v)) variants = v.filter((x): x is MediaVariant => !!x && typeof x.key === 'string' && typeof x.width === 'number');
  } catch {
    variants = [];
  }
  return {
    id: r.id,
    kind: 'image',
    originalName: r.originalName,
    storageKey: r.storageKey,
    mime: r.mime,
    width: r.width,
    height: r.height,
    bytes: r.bytes,
    alt: r.alt,
    caption: r.caption,
    credit: r.credit,
    variants,
    createdAt: new Date(Number(r.createdAt)),
  };
}
