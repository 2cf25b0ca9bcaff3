/** What every site route and view shares: dependencies, the page cache, assets, editions and sections. */
import { listEditions, listSections } from '../content/sections/list-sections.js';
import type { Edition, Lang, Section } from '../content/types.js';
import type { AppDeps } from '../deps.js';
import type { Assets } from './assets.js';
import type { ObjectCache } from './page-cache/object-cache.js';
import type { PageCache } from './page-cache/page-cache.js';
import type { ViewCounter } from './view-counter.js';

/** Editions and sections, read once and refreshed every minute (they change rarely). */
export interface SiteData {
  editions: Edition[];
  sections: Map<Lang, Section[]>;
  sectionById: Map<number, Section>;
  loadedAt: number;
}

export interface Site {
  deps: AppDeps;
  /** null when CHAPAR_PAGE_CACHE=0. */
  cache: PageCache | null;
  /** What page loaders read, by page key and under the page's tags (CHAPAR_OBJECT_CACHE). */
  objects: ObjectCache;
  assets: Assets;
  views: ViewCounter;
  publicUrl: string;
  defaultLang: Lang;
  /** Current editions and sections. */
  data(): Promise<SiteData>;
  /** The same when they are loaded and fresh (no await on the hot path), else null. */
  dataNow(): SiteData | null;
  /** Forget editions and sections (after a change to them). */
  reloadData(): void;
}

const DATA_TTL_MS = 60_000;

export function createDataSource(deps: AppDeps): Pick<Site, 'data' | 'dataNow' | 'reloadData'> {
  let current: SiteData | null = null;
  let loading: Promise<SiteData> | null = null;
  const load = async (): Promise<SiteData> => {
    const [editions, all] = await Promise.all([listEditions(deps.ctx), listSections(deps.ctx)]);
    const sections = new Map<Lang, Section[]>();
    for (const s of all) sections.set(s.lang, [...(sections.get(s.lang) ?? []), s]);
    return { editions, sections, sectionById: new Map(all.map((s) => [s.id, s])), loadedAt: Date.now() };
  };
  const dataNow = () => (current && Date.now() - current.loadedAt < DATA_TTL_MS ? current : null);
  return {
    data: async () => {
      const fresh = dataNow();
      if (fresh) return fresh;
      loading ??= load().finally(() => (loading = null));
      current = await loading;
      return current;
    },
    dataNow,
    reloadData: () => {
      current = null;
    },
  };
}

/** The edition codes this install serves (fa, ar, en), whatever the database lists. */
export function isLang(s: string | undefined): s is Lang {
  return s === 'fa' || s === 'ar' || s === 'en';
}
