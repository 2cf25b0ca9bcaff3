import { createArticle } from '../content/articles/create-article.js';
import type { ContentContext } from '../content/context.js';
import { getSectionBySlug } from '../content/sections/list-sections.js';
import { runBatch } from '../content/transaction.js';
import type { Lang } from '../content/types.js';
import { importDatasetFiles, listDatasetFiles } from './import-dataset.js';

interface DemoArticle {
  lang: Lang;
  section: string;
  kicker: string;
  title: string;
  dateline: string;
  lead: string;
  paragraphs: string[];
  tags: string[];
  sourceName: string;
  isTopStory?: boolean;
}

/** A handful of articles written for Chapar's demo, used when ../shared/datasets is absent. */
const DEMO: DemoArticle[] = [
  {
    lang: 'fa', section: 'culture', kicker: 'راه‌اندازی چاپار', title: 'نخستین نسخهٔ سامانهٔ خبری چاپار آماده شد',
    dateline: 'تهران', sourceName: 'چاپار', isTopStory: true,
    lead: 'سامانهٔ انتشار خبر چاپار با پشتیبانی کامل از زبان فارسی، تقویم هجری شمسی و صفحه‌آرایی راست‌به‌چپ راه‌اندازی شد.',
    paragraphs: [
      'به گزارش چاپار، این سامانه برای تحریریه‌های فارسی‌زبان ساخته شده است و خبرنگاران، دبیران سرویس و سردبیر می‌توانند خبرها را بنویسند، بازبینی کنند و منتشر کنند.',
      'نگارش فارسی در چاپار هنگام ذخیره اصلاح می‌شود: نیم‌فاصله‌ها، حروف عربی و ارقام یکدست می‌شوند تا جست‌وجو هر شکلی از نوشتن واژه‌ها را پیدا کند.',
    ],
    tags: ['چاپار', 'رسانه', 'فناوری'],
  },
  {
    lang: 'fa', section: 'sports', kicker: 'لیگ برتر فوتبال', title: 'برنامهٔ هفتهٔ آینده لیگ برتر اعلام شد',
    dateline: 'تهران', sourceName: 'چاپار',
    lead: 'سازمان لیگ برنامهٔ دیدارهای هفتهٔ آینده را منتشر کرد؛ هشت بازی در چهار شهر برگزار می‌شود.',
    paragraphs: ['به گزارش چاپار، نخستین دیدار هفته روز پنجشنبه ساعت ۱۶ برگزار می‌شود و دیگر بازی‌ها تا شنبه ادامه دارد.'],
    tags: ['لیگ برتر', 'فوتبال'],
  },
  {
    lang: 'fa', section: 'economy', kicker: 'بازار', title: 'گزارش هفتگی بازار: ثبات نسبی در قیمت‌ها',
    dateline: 'اصفهان', sourceName: 'چاپار',
    lead: 'بررسی قیمت کالاهای اساسی در هفتهٔ گذشته نشان می‌دهد بیشتر اقلام بدون تغییر مانده‌اند.',
    paragraphs: ['به گزارش چاپار از اصفهان، فعالان بازار پیش‌بینی می‌کنند این روند تا پایان ماه ادامه یابد.'],
    tags: ['بازار', 'قیمت'],
  },
  {
    lang: 'ar', section: 'culture', kicker: 'إطلاق', title: 'إطلاق النسخة الأولى من منصة شابار للأخبار',
    dateline: 'طهران', sourceName: 'شابار',
    lead: 'أُطلقت منصة شابار لنشر الأخبار بدعم كامل للغات التي تُكتب من اليمين إلى اليسار.',
    paragraphs: ['تتيح المنصة للمحررين كتابة الأخبار ومراجعتها ونشرها بالفارسية والعربية والإنجليزية.'],
    tags: ['شابار', 'إعلام'],
  },
  {
    lang: 'en', section: 'culture', kicker: 'Launch', title: 'Chapar news platform releases its first version',
    dateline: 'Tehran', sourceName: 'Chapar',
    lead: 'Chapar, a Persian-first news publishing platform, now serves Persian, Arabic and English editions.',
    paragraphs: ['Reporters, section editors and the chief editor write, review and publish news in one newsroom.'],
    tags: ['Chapar', 'media'],
  },
];

const escape = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/**
 * Loads the demo content: every item of the shared datasets when the folder exists
 * (publication times going back from now), otherwise the few articles above. Each dataset
 * file is a transaction of its own, reported once it has committed; the next file is read and
 * prepared meanwhile. An aborted `signal` stops it between files with the signal's reason.
 */
export async function loadDemoContent(ctx: ContentContext, datasetsDir: string, onProgress?: (msg: string) => void, signal?: AbortSignal): Promise<number> {
  const files = listDatasetFiles(datasetsDir);
  const anchor = new Date(Math.floor(ctx.clock.now().getTime() / 60_000) * 60_000);
  if (files.length) {
    const results = await importDatasetFiles(ctx, files, { anchor, signal, onFile: (r) => onProgress?.(`demo content: ${r.file}: ${r.added} articles`) });
    return results.reduce((n, r) => n + r.added, 0);
  }
  return runBatch(ctx, async (bctx) => {
    for (const [i, d] of DEMO.entries()) {
      const section = await getSectionBySlug(bctx, d.lang, d.section);
      await createArticle(
        bctx,
        {
          lang: d.lang, sectionId: section?.id ?? null, kicker: d.kicker, title: d.title, dateline: d.dateline, lead: d.lead,
          body: d.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n'), tags: d.tags, sourceName: d.sourceName, isTopStory: !!d.isTopStory,
        },
        { publishedAt: new Date(anchor.getTime() - i * 37 * 60_000), importKey: `demo:${i + 1}` },
      );
    }
    onProgress?.(`demo content: ${DEMO.length} articles`);
    return DEMO.length;
  });
}
