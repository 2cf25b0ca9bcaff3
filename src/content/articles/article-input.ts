import { z } from 'zod';
import { invalid, type FieldIssue } from '../../platform/errors.js';

const str = (max: number) => z.string({ message: 'field.invalid' }).max(max, { message: 'field.too_long' });
const url = z
  .string({ message: 'field.invalid_url' })
  .max(2000, { message: 'field.too_long' })
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), { message: 'field.invalid_url' });
const dateLike = z
  .union([z.date(), z.string(), z.number()], { message: 'field.invalid' })
  .transform((v, c) => {
    const dt = v instanceof Date ? v : new Date(v);
    if (Number.isNaN(dt.getTime())) {
      c.addIssue({ code: 'custom', message: 'field.invalid' });
      return z.NEVER;
    }
    return dt;
  });

/** Fields an article may be created with. Every field is documented for the API docs. */
export const articleFields = z.object({
  /** Edition language (fa, ar, en). */
  lang: z.enum(['fa', 'ar', 'en'], { message: 'field.invalid' }),
  /** Section id; null for none. */
  sectionId: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).positive({ message: 'field.invalid' }).nullable(),
  /** Kicker (روتیتر). */
  kicker: str(300),
  /** Headline. */
  title: z.string({ message: 'field.required' }).trim().min(1, { message: 'field.required' }).max(300, { message: 'field.too_long' }),
  /** Dateline that opens the lead: a city or the outlet's name. */
  dateline: str(100),
  /** Lead (لید). */
  lead: str(3000),
  /** Body HTML; sanitized with the allowlist on save. */
  body: str(1_000_000),
  /** Source / wire agency name. */
  sourceName: str(200),
  /** Link to the source. */
  sourceUrl: url,
  /** URL slug; generated from the title when empty. */
  slug: str(200),
  /** Tag names. */
  tags: z.array(str(100), { message: 'field.invalid' }).max(30, { message: 'field.too_long' }),
  /** Author names, in byline order. */
  authors: z.array(str(120), { message: 'field.invalid' }).max(10, { message: 'field.too_long' }),
  featuredImageId: z.number({ message: 'field.invalid' }).int().positive().nullable(),
  featuredImageCaption: str(500),
  isTopStory: z.boolean({ message: 'field.invalid' }),
  isBreaking: z.boolean({ message: 'field.invalid' }),
  breakingUntil: dateLike.nullable(),
  isFeatured: z.boolean({ message: 'field.invalid' }),
  seoTitle: str(200),
  seoDescription: str(400),
  /** Run the Persian typography repair on save (Persian articles only). */
  typographyRepair: z.boolean({ message: 'field.invalid' }),
});

export type ArticleFields = z.infer<typeof articleFields>;
export type ArticleFieldsInput = z.input<typeof articleFields>;

export const DEFAULT_FIELDS: Omit<ArticleFields, 'title'> = {
  lang: 'fa',
  sectionId: null,
  kicker: '',
  dateline: '',
  lead: '',
  body: '',
  sourceName: '',
  sourceUrl: '',
  slug: '',
  tags: [],
  authors: [],
  featuredImageId: null,
  featuredImageCaption: '',
  isTopStory: false,
  isBreaking: false,
  breakingUntil: null,
  isFeatured: false,
  seoTitle: '',
  seoDescription: '',
  typographyRepair: true,
};

/** Input for creating: title required, everything else optional. */
export const createArticleInput = articleFields.partial().required({ title: true });
export type CreateArticleInput = z.input<typeof createArticleInput>;

/** Input for updating: any subset of fields except the language. */
export const updateArticleInput = articleFields.omit({ lang: true }).partial();
export type UpdateArticleInput = z.input<typeof updateArticleInput>;

/** Parses with a schema or throws CHAPAR_CONTENT_INVALID naming every field at fault (`what`: the thing saved). */
export function parseOrThrow<S extends z.ZodTypeAny>(schema: S, input: unknown, what = 'article'): z.output<S> {
  const res = schema.safeParse(input);
  if (res.success) return res.data;
  const fields: FieldIssue[] = res.error.issues.map((i) => ({
    field: i.path.join('.') || '(input)',
    message: i.message.startsWith('field.') ? i.message : i.code === 'unrecognized_keys' ? 'field.invalid' : i.message === 'Required' ? 'field.required' : 'field.invalid',
  }));
  throw invalid('CHAPAR_CONTENT_INVALID', `Invalid ${what}: ${fields.map((f) => `${f.field} (${f.message})`).join(', ')}`, fields);
}
