/** Fixtures for the public-site tests: a runtime with a small newsroom's worth of articles. */
import type { TestContext } from 'node:test';
import type { Runtime } from '../../src/app.js';
import { updateArticle } from '../../src/content/articles/update-article.js';
import type { Article } from '../../src/content/types.js';
import type { SiteService } from '../../src/site/plugin.js';
import { buildPublishedArticle } from './factories.js';
import { buildTestApp } from './runtime.js';

export const HOUR = 3_600_000;

/** The site service (page cache, view counter) of a runtime. */
export function siteOf(rt: Runtime): SiteService {
  return rt.services.site as SiteService;
}

export interface SiteFixture {
  rt: Runtime;
  app: Awaited<ReturnType<typeof buildTestApp>>['app'];
  /** The main article: mixed-direction title, tags, author, dateline, source. */
  main: Article;
  /** Others, newest first. */
  others: Article[];
}

/**
 * A site with a dozen published Persian articles (politics and economy), one marked top
 * story, one breaking, published an hour apart before the fixed test clock.
 */
export async function buildSiteFixture(t: TestContext, opts: { env?: Record<string, string>; count?: number } = {}): Promise<SiteFixture> {
  const { rt, app } = await buildTestApp(t, { env: { CHAPAR_PUBLIC_URL: 'https://news.example.ir', ...opts.env } });
  const now = rt.clock.now().getTime();
  const others: Article[] = [];
  const count = opts.count ?? 12;
  for (let i = count; i >= 1; i--) {
    others.unshift(
      await buildPublishedArticle(rt, {
        section: i % 2 ? 'politics' : 'economy',
        title: `خبر شمارهٔ ${i} دربارهٔ بودجهٔ ۱۴۰۵`,
        lead: `لید خبر شمارهٔ ${i}`,
        tags: i % 3 ? ['بودجه'] : ['مجلس'],
        at: new Date(now - (i + 1) * HOUR),
      }),
    );
  }
  const main = await buildPublishedArticle(rt, {
    section: 'politics',
    kicker: 'معاون وزیر ارتباطات:',
    title: 'راه‌اندازی ۲۰۰ دفتر ICT روستایی در خوزستان',
    dateline: 'اهواز',
    lead: 'معاون وزیر از راه‌اندازی دفاتر ICT روستایی در ۲ ستون خبر داد.',
    body: '<p>متن کامل خبر دربارهٔ دفاتر ICT روستایی.</p><p>بند دوم خبر.</p>',
    sourceName: 'خبرگزاری فارس',
    sourceUrl: 'https://www.farsnews.ir/news/1',
    tags: ['بودجه', 'فناوری'],
    authors: ['مریم احمدی'],
    isTopStory: true,
    at: new Date(now - 30 * 60_000),
  });
  return { rt, app, main, others };
}

/** Marks an article breaking until a given time. */
export async function makeBreaking(rt: Runtime, a: Article, until: Date | null): Promise<Article> {
  return updateArticle(rt.ctx, a.id, a.version, { isBreaking: true, breakingUntil: until });
}
