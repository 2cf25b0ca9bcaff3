import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { ChaparError, invalid } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import type { Media, MediaVariant } from '../types.js';
import { getMedia } from './get-media.js';

/** Largest upload accepted (bytes). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Widths of the responsive copies (never wider than the original). */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600] as const;
/** The full-size public copy is capped at this width. */
const MAX_FULL_WIDTH = 4096;

type Sniffed = { mime: string; format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif'; ext: string };

/** The image type told by the file's first bytes (never by its name or the browser's claim), or undefined. */
export function sniffImageType(buf: Buffer): Sniffed | undefined {
  if (buf.length < 12) return undefined;
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return { mime: 'image/jpeg', format: 'jpeg', ext: 'jpg' };
  if (buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { mime: 'image/png', format: 'png', ext: 'png' };
  if (buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return { mime: 'image/webp', format: 'webp', ext: 'webp' };
  if (buf.toString('latin1', 0, 6) === 'GIF87a' || buf.toString('latin1', 0, 6) === 'GIF89a') return { mime: 'image/gif', format: 'gif', ext: 'gif' };
  if (buf.toString('latin1', 4, 8) === 'ftyp' && /^(avif|avis)$/.test(buf.toString('latin1', 8, 12))) return { mime: 'image/avif', format: 'avif', ext: 'avif' };
  return undefined;
}

export interface UploadImageInput {
  /** The uploaded bytes. */
  data: Buffer;
  /** File name as uploaded (kept for the library; never used to pick the type). */
  originalName: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/**
 * Stores an uploaded image: checks size and sniffed type, makes responsive copies with
 * sharp (VARIANT_WIDTHS plus full size, each as WebP and in the original format; GIF and
 * AVIF originals get JPEG/PNG copies), all without metadata — so no EXIF location leaves
 * the server — and keeps the untouched original outside the public directory.
 *
 * Layout under `dataDir`: public copies in `media/<yyyy>/<mm>/<random>/<width>.<ext>`
 * (served as /media/<key>), the original in `media-originals/<yyyy>/<mm>/<random>/original.<ext>`.
 */
export async function uploadImage(ctx: ContentContext, dataDir: string, input: UploadImageInput): Promise<Media> {
  assertCan(ctx.actor, 'media.upload');
  if (input.data.length > MAX_UPLOAD_BYTES) {
    throw new ChaparError('too_large', 'CHAPAR_MEDIA_TOO_LARGE', `Image larger than ${MAX_UPLOAD_BYTES} bytes`, { details: { maxBytes: MAX_UPLOAD_BYTES } });
  }
  const type = sniffImageType(input.data);
  if (!type) throw new ChaparError('unsupported', 'CHAPAR_MEDIA_UNSUPPORTED_TYPE', 'Not a JPEG, PNG, WebP, GIF or AVIF image', { details: { accepted: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'] } });

  let meta: Metadata;
  try {
    meta = await sharp(input.data, { limitInputPixels: 100_000_000 }).metadata();
  } catch {
    throw invalid('CHAPAR_MEDIA_UNREADABLE', 'The image cannot be decoded', [{ field: 'file', message: 'newsroom.field.image_unreadable' }]);
  }
  if (!meta.width || !meta.height) throw invalid('CHAPAR_MEDIA_UNREADABLE', 'The image has no size', [{ field: 'file', message: 'newsroom.field.image_unreadable' }]);
  // EXIF orientations 5–8 turn the picture a quarter: the copies are rotated upright.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;

  const now = ctx.clock.now();
  const dir = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomBytes(12).toString('hex')}`;
  const publicDir = path.join(dataDir, 'media', dir);
  const originalDir = path.join(dataDir, 'media-originals', dir);
  const copyFormat: MediaVariant['format'] = type.format === 'gif' ? 'png' : type.format === 'avif' ? 'jpeg' : type.format;
  const formats = [...new Set<MediaVariant['format']>(['webp', copyFormat])];
  const fullWidth = Math.min(width, MAX_FULL_WIDTH);
  const widths = [...new Set([...VARIANT_WIDTHS.filter((w) => w < fullWidth), fullWidth])];

  const variants: MediaVariant[] = [];
  await fs.mkdir(publicDir, { recursive: true });
  try {
    await fs.mkdir(originalDir, { recursive: true });
    await fs.writeFile(path.join(originalDir, `original.${type.ext}`), input.data);
    for (const w of widths) {
      for (const f of formats) {
        // sharp drops all metadata (EXIF with GPS, XMP, IPTC) unless asked to keep it.
        let img = sharp(input.data, { limitInputPixels: 100_000_000, animated: false }).rotate().resize({ width: w, withoutEnlargement: true });
        img = f === 'webp' ? img.webp({ quality: 80 }) : f === 'jpeg' ? img.jpeg({ quality: 82, mozjpeg: true }) : f === 'png' ? img.png({ compressionLevel: 9 }) : img.avif({ quality: 60 });
        const { data, info } = await img.toBuffer({ resolveWithObject: true });
        const ext = f === 'jpeg' ? 'jpg' : f;
        const key = `${dir}/${w}.${ext}`;
        await fs.writeFile(path.join(dataDir, 'media', key), data);
        variants.push({ width: info.width, height: info.height, format: f, key, bytes: data.length });
      }
    }
  } catch (e) {
    await fs.rm(publicDir, { recursive: true, force: true });
    await fs.rm(originalDir, { recursive: true, force: true });
    if (e instanceof ChaparError) throw e;
    throw invalid('CHAPAR_MEDIA_UNREADABLE', `The image cannot be processed: ${(e as Error).message}`, [{ field: 'file', message: 'newsroom.field.image_unreadable' }]);
  }
  const full = variants.find((v) => v.width === Math.max(...variants.map((x) => x.width)) && v.format === copyFormat)!;
  try {
    const { id } = await ctx.db
      .insertInto('media')
      .values({
        kind: 'image',
        originalName: input.originalName.slice(0, 300),
        storageKey: full.key,
        mime: type.mime,
        width,
        height,
        bytes: input.data.length,
        alt: (input.alt ?? '').trim().slice(0, 500),
        caption: (input.caption ?? '').trim().slice(0, 1000),
        credit: (input.credit ?? '').trim().slice(0, 300),
        variants: JSON.stringify(variants),
        createdAt: now.getTime(),
        createdBy: ctx.actor?.userId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await getMedia(ctx, id))!;
  } catch (e) {
    await fs.rm(publicDir, { recursive: true, force: true });
    await fs.rm(originalDir, { recursive: true, force: true });
    throw e;
  }
}
