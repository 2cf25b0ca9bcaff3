import { runPrecompiled } from '../../db/queries/precompiled.js';
import type { ContentContext } from '../context.js';
import { listSections } from '../sections/list-sections.js';
import type { Lang, Section } from '../types.js';
import { listArticleSummaries, SUMMARY_COLUMNS, summaryBase, toSummary, type ArticleSummary } from './list-article-summaries.js';
import { listMostViewed } from './list-most-viewed.js';

export interface HomePageData {
  /** تیتر یک: the newest published article marked as top story (or the newest article). */
  topStory: ArticleSummary | null;
  /** فوری: breaking news still live (breakingUntil in the future or unset), newest first. */
  breaking: ArticleSummary[];
  latest: ArticleSummary[];
  /** One block per main section, in display order. */
  sections: Array<{ section: Section; items: ArticleSummary[] }>;
  mostViewedToday: ArticleSummary[];
  mostViewedWeek: ArticleSummary[];
  /** When the earliest breaking item expires (the page must be refreshed by then), or null. */
  expiresAt: Date | null;
}

/** Everything the home page of an edition shows, in a handful of index seeks. */
export async function getHomePageData(
  ctx: ContentContext,
  lang: Lang,
  opts: { latest?: number; perSection?: number; mostViewed?: number; /** The edition's sections, when the caller already holds them. */ sections?: Section[] } = {},
): Promise<HomePageData> {
  const now = ctx.clock.now().getTime();
  const [top] = await runPrecompiled(ctx.db, 'home:top', [lang], (p) =>
    summaryBase(ctx, { lang: p(0) })
      .select([...SUMMARY_COLUMNS])
      .where('articles.isTopStory', '=', 1)
      .orderBy('articles.publishedAt', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(1),
  );
  // Breaking news is recent by nature: look only at the last week's articles.
  const recent = await runPrecompiled(ctx.db, 'home:breaking', [lang, now - 7 * 86_400_000], (p) =>
    summaryBase(ctx, { lang: p(0) })
      .select([...SUMMARY_COLUMNS])
      .where('articles.isBreaking', '=', 1)
      .where('articles.publishedAt', '>=', p(1))
      .orderBy('articles.publishedAt', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(10),
  );
  const breaking = recent.map(toSummary).filter((a) => a.breakingUntil == null || a.breakingUntil.getTime() > now).slice(0, 5);
  const latestPage = await listArticleSummaries(ctx, { lang, limit: opts.latest ?? 12 });
  const topStory = top ? toSummary(top) : (latestPage.items[0] ?? null);
  const latest = latestPage.items.filter((a) => a.id !== topStory?.id);
  const sections: HomePageData['sections'] = [];
  for (const section of (opts.sections ?? (await listSections(ctx, lang))).filter((s) => s.isMain && s.parentId == null)) {
    const page = await listArticleSummaries(ctx, { lang, sectionId: section.id, limit: opts.perSection ?? 4 });
    if (page.items.length) sections.push({ section, items: page.items });
  }
  const [mostViewedToday, mostViewedWeek] = [await listMostViewed(ctx, lang, 1, opts.mostViewed ?? 5), await listMostViewed(ctx, lang, 7, opts.mostViewed ?? 5)];
  const expiries = breaking.flatMap((b) => (b.breakingUntil ? [b.breakingUntil.getTime()] : []));
  return { topStory, breaking, latest, sections, mostViewedToday, mostViewedWeek, expiresAt: expiries.length ? new Date(Math.min(...expiries)) : null };
}
