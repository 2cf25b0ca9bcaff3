/** Factories for integration tests: small, explicit, overridable. */
import type { Runtime } from '../../src/app.js';
import { createArticle } from '../../src/content/articles/create-article.js';
import { publishArticle } from '../../src/content/articles/publish-article.js';
import type { CreateArticleInput } from '../../src/content/articles/article-input.js';
import { withActor } from '../../src/content/context.js';
import { getSectionBySlug } from '../../src/content/sections/list-sections.js';
import type { Actor, Article, Lang, Role } from '../../src/content/types.js';
import { createUser } from '../../src/content/users/create-user.js';

let n = 0;

/** A draft article (Persian, politics section) with sensible defaults. */
export async function buildArticle(rt: Runtime, overrides: Partial<CreateArticleInput> & { section?: string } = {}, actor: Actor | null = null): Promise<Article> {
  n++;
  const { section, ...rest } = overrides;
  const lang = (rest.lang ?? 'fa') as Lang;
  const sec = await getSectionBySlug(rt.ctx, lang, section ?? 'politics');
  return createArticle(withActor(rt.ctx, actor), {
    lang,
    sectionId: sec?.id ?? null,
    kicker: 'روتیتر آزمایشی',
    title: `خبر آزمایشی شماره ${n}`,
    lead: 'لید آزمایشی این خبر است.',
    body: '<p>متن آزمایشی خبر.</p>',
    tags: ['آزمایش'],
    ...rest,
  });
}

/** A published article. */
export async function buildPublishedArticle(rt: Runtime, overrides: Partial<CreateArticleInput> & { section?: string; at?: Date } = {}): Promise<Article> {
  const { at, ...rest } = overrides;
  const a = await buildArticle(rt, rest);
  return publishArticle(rt.ctx, a.id, at ? { at } : {});
}

/** A newsroom user and the actor acting as them. */
export async function buildUser(rt: Runtime, role: Role, opts: { sections?: string[]; email?: string } = {}): Promise<{ actor: Actor; email: string; password: string }> {
  n++;
  const sectionIds: number[] = [];
  for (const s of opts.sections ?? []) {
    const sec = await getSectionBySlug(rt.ctx, 'fa', s);
    if (sec) sectionIds.push(sec.id);
  }
  const email = opts.email ?? `${role}.${n}@example.test`;
  const password = 'correct horse battery';
  const u = await createUser(rt.ctx, { email, role, password, sectionIds });
  return { actor: { userId: u.id, role: u.role, sectionIds }, email, password };
}
