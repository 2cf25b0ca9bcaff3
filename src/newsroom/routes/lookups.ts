import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { previewTypography } from '../../content/articles/preview-typography.js';
import { searchAuthors } from '../../content/authors/search-authors.js';
import { listSections } from '../../content/sections/list-sections.js';
import { searchTags } from '../../content/tags/search-tags.js';
import type { AppDeps } from '../../deps.js';
import { ctxOf, parseInput } from '../http.js';
import { typographyBody } from '../schemas.js';

const langQ = z.object({ lang: z.enum(['fa', 'ar', 'en'], { message: 'field.invalid' }).optional() });
const tagQ = z.object({ lang: z.enum(['fa', 'ar', 'en'], { message: 'field.invalid' }).default('fa'), q: z.string().max(100).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) });
const authorQ = z.object({ q: z.string().max(100).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) });

/** Sections, tag and author autocomplete, and the typography preview: any signed-in user. */
export async function lookupRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.get('/sections', async (req) => {
    const { lang } = parseInput(langQ, req.query);
    return { items: await listSections(ctxOf(deps, req), lang) };
  });

  api.get('/tags', async (req) => {
    const q = parseInput(tagQ, req.query);
    return { items: await searchTags(ctxOf(deps, req), q.lang, q.q, q.limit) };
  });

  api.get('/authors', async (req) => {
    const q = parseInput(authorQ, req.query);
    return { items: await searchAuthors(ctxOf(deps, req), q.q, q.limit) };
  });

  api.post('/typography/preview', async (req) => {
    ctxOf(deps, req);
    return previewTypography(parseInput(typographyBody, req.body));
  });
}
