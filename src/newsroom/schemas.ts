/** Input schemas of the newsroom API (zod), beside the content use cases' own validation. */
import { z } from 'zod';
import { createArticleInput, updateArticleInput } from '../content/articles/article-input.js';
import { ARTICLE_STATUSES, type ArticleStatus } from '../content/types.js';

/**
 * Flags with their own routes and permissions (breaking: /breaking, top story: /top-story)
 * are not accepted in the article body.
 */
const FLAG_FIELDS = { isTopStory: true, isBreaking: true, breakingUntil: true } as const;

/** POST /articles: the article fields (title required). */
export const createArticleBody = createArticleInput.omit(FLAG_FIELDS).strict();

/** PATCH /articles/:id: `expectedVersion` plus any subset of the fields. */
export const updateArticleBody = updateArticleInput
  .omit(FLAG_FIELDS)
  .extend({ expectedVersion: z.number({ message: 'field.required' }).int().positive({ message: 'field.invalid' }) })
  .strict();

const optionalVersion = z.number({ message: 'field.invalid' }).int().positive({ message: 'field.invalid' }).optional();
const instant = z
  .string({ message: 'field.invalid' })
  .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'field.invalid' })
  .transform((v) => new Date(v));

/** Body of workflow actions without options (submit, approve, unpublish, trash, untrash). */
export const versionBody = z.object({ expectedVersion: optionalVersion }).strict();

/** POST /articles/:id/publish */
export const publishBody = z
  .object({
    /** ISO instant; in the future → scheduled. Omitted → now. */
    at: instant.optional(),
    /** Breaking-news fast path: publish and mark «فوری» until this instant. */
    breakingUntil: instant.optional(),
    expectedVersion: optionalVersion,
  })
  .strict();

/** POST /articles/:id/return */
export const returnBody = z.object({ comment: z.string({ message: 'field.required' }), expectedVersion: optionalVersion }).strict();

/** POST /articles/:id/breaking */
export const breakingBody = z.object({ on: z.boolean({ message: 'field.required' }), until: instant.nullable().optional(), expectedVersion: optionalVersion }).strict();

/** POST /articles/:id/top-story */
export const topStoryBody = z.object({ on: z.boolean({ message: 'field.required' }), expectedVersion: optionalVersion }).strict();

const intQ = z.coerce.number({ message: 'field.invalid' }).int({ message: 'field.invalid' });

/** GET /articles query. */
export const listQuery = z.object({
  view: z.enum(['mine', 'desk', 'scheduled', 'published', 'trashed', 'all'], { message: 'field.invalid' }).default('mine'),
  /** Comma-separated statuses. */
  status: z
    .string()
    .optional()
    .transform((v, c) => {
      if (!v) return undefined;
      const list = v.split(',').map((s) => s.trim()).filter(Boolean);
      if (list.some((s) => !ARTICLE_STATUSES.includes(s as ArticleStatus))) {
        c.addIssue({ code: 'custom', message: 'field.invalid' });
        return z.NEVER;
      }
      return list as ArticleStatus[];
    }),
  sectionId: intQ.positive().optional(),
  lang: z.enum(['fa', 'ar', 'en'], { message: 'field.invalid' }).optional(),
  q: z.string().max(200, { message: 'field.too_long' }).optional(),
  createdBy: intQ.positive().optional(),
  page: intQ.min(1).max(10_000).default(1),
  limit: intQ.min(1).max(100).default(30),
});

/** POST /typography/preview */
export const typographyBody = z
  .object({
    lang: z.enum(['fa', 'ar', 'en'], { message: 'field.invalid' }).default('fa'),
    /** Plain texts (title, lead, one paragraph…). */
    texts: z.array(z.string().max(100_000, { message: 'field.too_long' })).max(100).optional(),
    /** Body HTML: every text node is previewed; tags are left alone. */
    html: z.string().max(1_000_000, { message: 'field.too_long' }).optional(),
  })
  .strict();

/** GET /search query. */
export const searchQuery = z.object({
  q: z.string({ message: 'field.required' }).trim().min(1, { message: 'field.required' }).max(200, { message: 'field.too_long' }),
  lang: z.enum(['fa', 'ar', 'en'], { message: 'field.invalid' }).optional(),
  sectionId: intQ.positive().optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  page: intQ.min(1).max(1000).default(1),
  limit: intQ.min(1).max(100).default(20),
});
