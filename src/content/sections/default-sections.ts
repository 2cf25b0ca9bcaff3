import type { Lang } from '../types.js';

/** A section of the default layout. `children` become sub-sections. */
export interface SectionSeed {
  slug: string;
  name: string;
  isMain?: boolean;
  children?: SectionSeed[];
}

const PROVINCES: Array<[string, string]> = [
  ['tehran', 'تهران'], ['alborz', 'البرز'], ['isfahan', 'اصفهان'], ['fars', 'فارس'], ['razavi', 'خراسان رضوی'],
  ['khorasan-shomali', 'خراسان شمالی'], ['khorasan-jonubi', 'خراسان جنوبی'], ['azarbaijan-sharghi', 'آذربایجان شرقی'],
  ['azarbaijan-gharbi', 'آذربایجان غربی'], ['ardabil', 'اردبیل'], ['gilan', 'گیلان'], ['mazandaran', 'مازندران'],
  ['golestan', 'گلستان'], ['semnan', 'سمنان'], ['qom', 'قم'], ['qazvin', 'قزوین'], ['zanjan', 'زنجان'],
  ['markazi', 'مرکزی'], ['hamedan', 'همدان'], ['kermanshah', 'کرمانشاه'], ['kordestan', 'کردستان'], ['ilam', 'ایلام'],
  ['lorestan', 'لرستان'], ['khuzestan', 'خوزستان'], ['kohgiluyeh-boyerahmad', 'کهگیلویه و بویراحمد'],
  ['chaharmahal-bakhtiari', 'چهارمحال و بختیاری'], ['bushehr', 'بوشهر'], ['hormozgan', 'هرمزگان'], ['kerman', 'کرمان'],
  ['yazd', 'یزد'], ['sistan-baluchestan', 'سیستان و بلوچستان'],
];

/** The default sections of each edition, in display order. */
export const DEFAULT_SECTIONS: Record<Lang, SectionSeed[]> = {
  fa: [
    { slug: 'politics', name: 'سیاسی', isMain: true, children: [{ slug: 'foreign-policy', name: 'سیاست خارجی' }] },
    { slug: 'economy', name: 'اقتصادی', isMain: true },
    { slug: 'social', name: 'اجتماعی', isMain: true, children: [{ slug: 'education', name: 'آموزش' }] },
    { slug: 'culture', name: 'فرهنگی', isMain: true },
    { slug: 'sports', name: 'ورزشی', isMain: true },
    { slug: 'world', name: 'بین‌الملل', isMain: true },
    { slug: 'province', name: 'استانی', isMain: true, children: PROVINCES.map(([slug, name]) => ({ slug, name })) },
    { slug: 'science', name: 'علمی و دانشگاهی' },
    { slug: 'arts-media', name: 'هنر و رسانه' },
    { slug: 'magazine', name: 'مجله' },
    { slug: 'viewpoint', name: 'دیدگاه' },
    { slug: 'general', name: 'عمومی' },
  ],
  ar: [
    { slug: 'politics', name: 'سياسة', isMain: true },
    { slug: 'economy', name: 'اقتصاد', isMain: true },
    { slug: 'world', name: 'دولي', isMain: true },
    { slug: 'sports', name: 'رياضة', isMain: true },
    { slug: 'culture', name: 'ثقافة' },
  ],
  en: [
    { slug: 'politics', name: 'Politics', isMain: true },
    { slug: 'economy', name: 'Economy', isMain: true },
    { slug: 'world', name: 'World', isMain: true },
    { slug: 'sports', name: 'Sports', isMain: true },
    { slug: 'culture', name: 'Culture' },
  ],
};

/** The editions an install serves by default. */
export const DEFAULT_EDITIONS: Array<{ code: Lang; name: string; nativeName: string; dir: 'rtl' | 'ltr' }> = [
  { code: 'fa', name: 'Persian', nativeName: 'فارسی', dir: 'rtl' },
  { code: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
  { code: 'en', name: 'English', nativeName: 'English', dir: 'ltr' },
];
