/**
 * How an item of the shared Persian news datasets becomes a Chapar article:
 * `cat` → section, `abstract` → lead, `paragraphs` → body paragraphs, `tags` → tags,
 * agency and dateline from the abstract's and body's opening words, a deterministic
 * publication time from the item's place in its file.
 */
import { paragraphsToHtml } from '../content/sanitize-body.js';

/** One item as it appears in the dataset files. */
export interface DatasetItem {
  title: string;
  abstract?: string;
  paragraphs?: string[];
  tags?: string[];
  cat?: string;
  subcat?: string;
  link: string;
  code?: number;
}

const PROVINCE_SLUGS = new Set([
  'tehran', 'alborz', 'isfahan', 'fars', 'razavi', 'khorasan-shomali', 'khorasan-jonubi', 'azarbaijan-sharghi', 'azarbaijan-gharbi',
  'ardabil', 'gilan', 'mazandaran', 'golestan', 'semnan', 'qom', 'qazvin', 'zanjan', 'markazi', 'hamedan', 'kermanshah', 'kordestan',
  'ilam', 'lorestan', 'khuzestan', 'kohgiluyeh-boyerahmad', 'chaharmahal-bakhtiari', 'bushehr', 'hormozgan', 'kerman', 'yazd', 'sistan-baluchestan',
]);

const CAT_TO_SECTION: Record<string, string> = {
  politics: 'politics',
  economy: 'economy',
  social: 'social',
  culture: 'culture',
  sports: 'sports',
  world: 'world',
  province: 'province',
  'regional-offices': 'province',
  'scientific-academic': 'science',
  'arts-media': 'arts-media',
  'farsplus-magazine': 'magazine',
  viewpoint: 'viewpoint',
  'foreign-policy': 'foreign-policy',
  education: 'education',
};

/** Section slug (in the fa edition) for an item: its `cat`, or sports for Varzesh3 items. */
export function sectionSlugFor(item: DatasetItem, fileName: string): string {
  const cat = (item.cat ?? '').trim();
  if (!cat && /varzesh3/i.test(fileName)) return 'sports';
  if (PROVINCE_SLUGS.has(cat)) return cat;
  return CAT_TO_SECTION[cat] ?? 'general';
}

const Y = '[یيى]';
const K = '[کك]';
const AGENCY_PREFIX = new RegExp(`^\\s*(خبرگزار${Y}\\s*فارس|ورزش\\s*سه)\\s*:\\s*`);
// «به گزارش خبرنگار فارس از قزوین» / «به گزارش خبرگزاری فارس از گرگان» / «به گزارش "ورزش سه"»
const BODY_OPENING = new RegExp(
  `^\\s*به\\s+گزارش\\s+(?:خبرنگار\\s+)?(?:[^،,:]{0,30}?\\s)?(?:خبرگزار${Y}\\s+)?["«]?(فارس|ورزش\\s*سه)["»]?(?:\\s+از\\s+([^\\s،,:]{2,20}))?`,
);

export interface AgencyInfo {
  /** The outlet the item comes from, e.g. «خبرگزاری فارس», «ورزش سه». */
  sourceName: string;
  /** The city that opens the lead, or the outlet when no city is named. */
  dateline: string;
  /** The abstract without a leading «خبرگزاری فارس:». */
  lead: string;
}

/** Reads the agency and dateline from the item's opening words. */
export function agencyOf(item: DatasetItem, fileName: string): AgencyInfo {
  const abstract = (item.abstract ?? '').trim();
  const isVarzesh3 = /varzesh3/i.test(fileName) || /varzesh3\.com/i.test(item.link);
  let sourceName = isVarzesh3 ? 'ورزش سه' : 'خبرگزاری فارس';
  let lead = abstract;
  const prefix = AGENCY_PREFIX.exec(abstract);
  if (prefix) lead = abstract.slice(prefix[0].length);
  let dateline = isVarzesh3 ? 'ورزش سه' : 'فارس';
  const first = item.paragraphs?.find((p) => p.trim()) ?? '';
  const m = BODY_OPENING.exec(first);
  if (m) {
    if (/ورزش/.test(m[1]!)) sourceName = 'ورزش سه';
    const city = m[2]?.replace(new RegExp(`${K}`, 'g'), 'ک').replace(new RegExp(Y, 'g'), 'ی');
    if (city && !/^(به|نقل|طریق|سوی)$/.test(city)) dateline = city;
  }
  return { sourceName, dateline, lead };
}

/** Body HTML of an item: one paragraph each. */
export function bodyOf(item: DatasetItem): string {
  return paragraphsToHtml(item.paragraphs ?? []);
}

const KNOWN_FILES = ['fars-news-1', 'fars-news-2', 'fars-news-3', 'fars-news-4', 'varzesh3-1', 'varzesh3-2', 'varzesh3-3', 'varzesh3-4'];

/** The file's slot among the eight known dataset files (others hash into one). */
export function fileSlot(fileName: string): number {
  const base = fileName.replace(/^.*\//, '').replace(/\.json(\.gz)?$/, '');
  const i = KNOWN_FILES.indexOf(base);
  if (i >= 0) return i;
  let h = 0;
  for (const ch of base) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 8;
}

/** Minutes between two consecutive items of the merged timeline. */
export const STEP_MINUTES = 11;

/**
 * A deterministic publication time: items of the eight files are interleaved, 11 minutes
 * apart, going back from `anchor` (item 0 of every file is the newest).
 */
export function publicationTimeOf(index: number, fileName: string, anchor: Date): Date {
  const slot = (index * 8 + fileSlot(fileName)) * STEP_MINUTES * 60_000;
  return new Date(anchor.getTime() - slot);
}
