/**
 * Hand-written word lists for ZWNJ repair (written for Chapar, not derived from any corpus).
 * Everything here is in normalized storage letters (ی ک) and without ZWNJ unless noted.
 */

/** Plural suffix pieces, written after a ZWNJ («کتاب‌ها»). Longest first. */
export const PLURAL_SUFFIXES = [
  'هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'هاست', 'های', 'ها',
] as const;

/** Comparative/superlative suffixes («بزرگ‌تر»، «بزرگ‌ترین»). */
export const COMPARATIVE_SUFFIXES = ['ترین', 'تر'] as const;

/** Clitics written after a ZWNJ when the word ends in silent ه («رفته‌اند»، «خانه‌ای»). */
export const HE_CLITICS = ['ایم', 'اید', 'اند', 'ای', 'ام', 'اش'] as const;

/**
 * Joined forms that are standard Persian spellings and must never be split even though
 * a stem + suffix reading exists («تنها» is not «تن‌ها»; «بیشتر» is written joined).
 */
export const NEVER_SPLIT = new Set([
  'تنها', 'آنها', 'اینها', 'بیشتر', 'کمتر', 'بهتر', 'بدتر', 'مهتر', 'کهتر', 'پیشتر', 'بیشترین',
  'کمترین', 'بهترین', 'بدترین', 'دفتر', 'دختر', 'بستر', 'چتر', 'اختر', 'کبوتر', 'شتر', 'انگشتر',
  'خاکستر', 'پرستار', 'اشتر', 'الهام', 'ابهام', 'اتهام', 'ایهام', 'سهام', 'شاهزاده', 'امامزاده',
  'آزاده', 'آنهایی', 'اینهایی', 'آنهاست', 'اینهاست', 'بها', 'رها', 'دکتر', 'دکترها', 'میانی', 'اکثر', 'میسر', 'میانه', 'میزان',
  
]);

/**
 * Words that end like «…ه» + «ای» and also read as stem + «های»; these are far more common
 * with «ه‌ای» in news text, so the ambiguity is resolved in their favour.
 */
export const PREFER_HE_AY = new Set([
  'هسته', 'رسانه', 'منطقه', 'حرفه', 'دوره', 'گونه', 'جاده', 'شیشه', 'لحظه', 'ریشه', 'هفته',
  'خانه', 'برنامه', 'پایه', 'سرمایه', 'حاشیه', 'مقایسه', 'وظیفه', 'نقطه', 'فاصله', 'مرحله',
  'مسئله', 'مساله', 'اندازه', 'زمینه', 'وسیله', 'عده', 'تازه', 'ساده', 'ویژه', 'آماده', 'چهره',
  'اداره', 'افسانه', 'فرهنگ‌خانه', 'کتابخانه', 'دانشکده', 'مدرسه', 'موسسه', 'مؤسسه', 'شبکه',
  'دقیقه', 'جامعه', 'مجموعه', 'بیانیه', 'مصاحبه', 'گوشه', 'نامه', 'زمینه', 'اطلاعیه', 'مقاله', 'گزینه', 'صحنه', 'مشاوره', 'ماهواره', 'گسترده', 'عمده', 'آینده', 'پروژه', 'تازه', 'سابقه',
]);

/**
 * Joined forms in the lexicon that are nevertheless far more often a «می» verb
 * («میدانم» = «می‌دانم», not «میدان» + «م»).
 */
export const MI_VERB_OVERRIDE = new Set([
  'میدانم', 'میدانی', 'میدانیم', 'میدانید', 'میدانند', 'میداند', 'میکنم', 'میکند', 'میکنند',
  'میروم', 'میرود', 'میروند', 'میبینم', 'میبیند', 'میگیرد', 'میگیرند', 'میزند', 'میزنند',
  'میماند', 'میمانند', 'میخواهم', 'میخواهد', 'میشود', 'میشوند', 'میتوان', 'میتواند',
]);

/** Joined spellings restored with a ZWNJ; their spaced forms are standard too and are left alone. */
export const JOINED_ONLY: ReadonlyArray<readonly string[]> = [
  ['به', 'عنوان'], ['به', 'ویژه'], ['به', 'صورت'], ['به', 'طور'], ['به', 'دلیل'], ['به', 'خاطر'],
  ['به', 'منظور'], ['به', 'گونه'], ['به', 'زودی'], ['به', 'وجود'], ['به', 'موقع'], ['به', 'اندازه'],
];

/** Pieces after «می»/«نمی» that are not verbs even if the lexicon test says so. */
export const NOT_VERB_AFTER_MI = new Set(['ان', 'ز', 'ل', 'ر', 'نا']);

/**
 * Second parts of compounds written with a ZWNJ that are not used as separate words,
 * so «تصمیم گیری» and «تصمیمگیری» both become «تصمیم‌گیری».
 */
export const COMPOUND_SECONDS = new Set([
  'سازی', 'سازان', 'گیری', 'گذاری', 'گذاران', 'ریزی', 'برداری', 'رسانی', 'اندازی', 'کننده',
  'کنندگان', 'کنندگی', 'آموزان', 'آموزی', 'پوشان', 'طلبان', 'طلبی', 'مندان', 'مندی', 'آمیز',
  'پذیر', 'پذیری', 'المللی', 'الملل', 'العاده', 'الاسلام', 'المسلمین', 'اندرکاران', 'زدایی',
  'شناسی', 'شناسان', 'نگاران', 'نگاری', 'گرایی', 'وگو', 'وگوی', 'وگوها', 'وگویی',
]);

/**
 * Curated multi-part compounds: key = joined form without ZWNJ, value = the parts.
 * Restored from the spaced form («ذوب آهن») and from the joined form («ذوبآهن»).
 */
export const COMPOUNDS: ReadonlyArray<readonly string[]> = [
  ['گفت', 'وگو'], ['گفت', 'وگوی'], ['گفت', 'وگوها'], ['گفت', 'وگویی'],
  ['بین', 'المللی'], ['بین', 'الملل'], ['ذوب', 'آهن'], ['راه', 'آهن'], ['آیت', 'الله'],
  ['حجت', 'الاسلام'], ['فوق', 'العاده'], ['دانش', 'آموز'], ['دانش', 'آموزان'], ['پیش', 'بینی'],
  ['راه', 'اندازی'], ['بهره', 'برداری'], ['بهره', 'گیری'], ['بهره', 'مند'], ['بهره', 'وری'],
  ['سرمایه', 'گذاری'], ['سرمایه', 'گذاران'], ['برنامه', 'ریزی'], ['اطلاع', 'رسانی'],
  ['جمع', 'آوری'], ['جمع', 'بندی'], ['رده', 'بندی'], ['تصمیم', 'گیری'], ['نخست', 'وزیر'],
  ['هلال', 'احمر'], ['هم', 'اکنون'], ['آتش', 'نشانی'], ['آتش', 'بس'], ['تربیت', 'بدنی'],
  ['نیمه', 'نهایی'], ['تفاهم', 'نامه'], ['آیین', 'نامه'], ['قرعه', 'کشی'], ['علاقه', 'مندان'],
  ['علاقه', 'مند'], ['اصلاح', 'طلبان'], ['اصلاح', 'طلب'], ['دروازه', 'بان'], ['ملی', 'پوش'],
  ['ملی', 'پوشان'], ['نرم', 'افزار'], ['سخت', 'افزار'], ['دست', 'اندرکاران'], ['حزب', 'الله'],
  ['سه', 'شنبه'], ['پنج', 'شنبه'], ['ثبت', 'نام'], ['ازاین', 'رو'], ['هیچ', 'گاه'], ['روبه', 'رو'],
  ['فن', 'آوری'], ['روزنامه', 'نگار'],
  ['روزنامه', 'نگاران'], ['بیت', 'المقدس'], ['بیت', 'المال'], ['علی', 'رغم'],
  // given names in «‌الله» («روح‌الله»، «حجت‌الله»); «الله» alone stays a word («الله اکبر»)
  ['روح', 'الله'], ['حجت', 'الله'], ['فتح', 'الله'], ['نصر', 'الله'], ['عزت', 'الله'], ['نعمت', 'الله'],
  ['حبیب', 'الله'], ['سیف', 'الله'], ['ولی', 'الله'], ['قدرت', 'الله'], ['رحمت', 'الله'], ['فضل', 'الله'],
  ['ذبیح', 'الله'], ['کرامت', 'الله'], ['اسد', 'الله'], ['لطف', 'الله'], ['خلیل', 'الله'], ['امر', 'الله'],
  ['هدایت', 'الله'], ['عنایت', 'الله'], ['شکر', 'الله'], ['ثار', 'الله'], ['بقیه', 'الله'], ['جند', 'الله'],
  ['ان', 'شاءالله'], ['ماشاء', 'الله'],
];

/**
 * Bound second parts of family and place names («حسن‌زاده»، «احمدی‌نژاد»، «سلطانی‌فر»، «خرم‌آباد»):
 * in news text they do not stand alone, so a spaced «X پور» is joined after any word that is not a
 * function word, and an unknown joined «Xپور» is split after a lexicon word of ≥ 3 letters.
 */
export const NAME_SECONDS = new Set(['پور', 'زاده', 'نژاد', 'فر', 'آباد']);

/**
 * Second parts restored only inside an unknown joined word (never used to join two spaced words,
 * because they are also ordinary words: «گران» "expensive", «نامه» "letter").
 */
export const SPLIT_ONLY_SECONDS = new Set([
  'گران', 'گری', 'نشین', 'نشینی', 'دهنده', 'دهندگان', 'بندی', 'داری', 'زایی', 'انگیز', 'ناپذیر', 'پذیر',
  'آور', 'آوری', 'دار', 'ساز', 'کار', 'کاری', 'نامه', 'ماه', 'دهی', 'شناس', 'شناسان', 'شناسی', 'دیده', 'دیدگی', 'دیدگان', 'گیر', 'گیران', 'خواری', 'سواری', 'مند', 'مندان',
]);

/** Compound verb prefixes written with a ZWNJ before «می»/«نمی» («برمی‌گردد»، «درمی‌آید»). */
export const VERB_PARTICLES = ['بر', 'در', 'فرو', 'وا', 'باز'] as const;

/** Words after «بی» that keep «بی» a separate word («بی هیچ شرطی»، «بی آنکه»), and Latin letter names («بی ام و»). */
export const NOT_AFTER_BI = new Set([
  'هیچ', 'آن', 'آنکه', 'این', 'اینکه', 'که', 'و', 'تا', 'بی', 'از', 'در', 'به', 'با', 'را', 'یا', 'ام', 'اس', 'ای', 'سی', 'تی', 'جی', 'کی', 'وی', 'دی', 'پی', 'اف', 'ان', 'بی‌سی',
]);

// ---- Repair-only rules (storage normalization; the search analyzer does not use them) --------

/**
 * First pieces the two-word cut never takes off an unknown joined word: Arabic «ب/و + ال» at the
 * start of a phrase written joined («بالقطع», «والمسلمین»), and «کال» ("unripe"), rare as a first
 * word and the first syllable of many names («کالدرون», «کالیاری»).
 */
export const NOT_FIRST_WORD = new Set(['بال', 'وال', 'کال']);

/**
 * Prefixes restored with a ZWNJ before a word of both lists when the joined form is in neither
 * («بهنقل» → «به‌نقل», «کمتوجهی» → «کم‌توجهی», «نیمفصل» → «نیم‌فصل», «سهجانبه» → «سه‌جانبه»;
 * «همفکر» stays: both lists have it joined).
 */
export const REPAIR_PREFIXES = ['هم', 'به', 'کم', 'نیم', 'سه'] as const;

/**
 * Second parts restored with a ZWNJ at the end of an unknown joined word after a lexicon word of
 * ≥ 3 letters («منتجبنیا» → «منتجب‌نیا», «نتیجهبخش» → «نتیجه‌بخش», «شهیدپرور» → «شهید‌پرور»).
 * Not used to join spaced words: most are also words of their own.
 */
export const REPAIR_SECONDS = new Set([
  'نیا', 'کیا', 'مهر', 'بخش', 'بخشی', 'پرور', 'پروری', 'طلب', 'طلبی', 'گرا', 'گرایانه',
]);

/**
 * «Xهای» read as «Xه‌ای» (indefinite) rather than the plural with its ezafe «X‌های», which always
 * has a modifier after it: before these words.
 */
export const HE_AY_NEXT = new Set([
  'را', 'که', 'از', 'به', 'با', 'برای', 'تا', 'و', 'است', 'بود', 'شد', 'نیست', 'هست', 'دارد', 'داشت', 'زد', 'داد', 'کرد',
]);

/** «Xهای» read as the plural «X‌های» after these words («این حرف‌های»), not as «Xه‌ای». */
export const PLURAL_PREV = new Set(['این', 'آن', 'همین', 'همان', 'برخی', 'بعضی', 'تمام', 'تمامی', 'همه', 'سایر', 'کلیه']);
