/**
 * Character classes and folding tables shared by the normalizer and the analyzer.
 * All tables are plain arrays indexed by UTF-16 code unit so that hot loops avoid regexes.
 */

export const ZWNJ = '\u200c';
export const ZWJ = '\u200d';
export const KASHIDA = '\u0640';

/** Arabic-script letters that do not join to the following letter (ZWNJ after them is invisible). */
const NON_JOINING = 'اآأإٱدذرزژوؤءۀةۃە';
const nonJoiningSet = new Set(NON_JOINING);

/** True for Arabic-script letters (not digits, not punctuation, not diacritics). */
export function isArabicLetterCode(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff
  );
}

/** Arabic diacritics (harakat, tanwin, shadda, sukun, hamza marks, superscript alef, Quranic marks). */
export function isArabicMarkCode(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de && c !== 0x06e9) || (c >= 0x0610 && c <= 0x061a);
}

export function isPersianDigitCode(c: number): boolean {
  return c >= 0x06f0 && c <= 0x06f9;
}
export function isArabicIndicDigitCode(c: number): boolean {
  return c >= 0x0660 && c <= 0x0669;
}
export function isLatinDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
export function isAnyDigitCode(c: number): boolean {
  return isLatinDigitCode(c) || isPersianDigitCode(c) || isArabicIndicDigitCode(c);
}
export function isLatinLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Does this letter join to the letter that follows it? */
export function joinsForward(ch: string): boolean {
  return !nonJoiningSet.has(ch);
}

/** Horizontal spaces that storage normalization turns into a plain space. */
export function isHorizontalSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Storage letter map for Persian text: only spellings that are unambiguously non-Persian
 * forms of a Persian letter. ۀ, ة, hamza forms and diacritics are kept (they are valid
 * Persian spellings; the analyzer folds them).
 */
export const STORAGE_LETTER_MAP: Readonly<Record<string, string>> = {
  '\u064a': 'ی', // ARABIC LETTER YEH
  '\u0649': 'ی', // ALEF MAKSURA
  '\u06cd': 'ی', // YEH WITH TAIL
  '\u06d0': 'ی', // E (Pashto/Uyghur yeh)
  '\u0643': 'ک', // ARABIC LETTER KAF
  '\u06aa': 'ک', // SWASH KAF
  '\u06c1': 'ه', // HEH GOAL (Urdu)
  '\u06d5': 'ه', // AE
  '\u06be': 'ه', // HEH DOACHASHMEE
};

/** Analyzer fold for single code units; '' means drop, undefined means keep as is. */
export const SEARCH_FOLD_MAP: Readonly<Record<string, string>> = {
  ...STORAGE_LETTER_MAP,
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ؤ': 'و',
  // ئ is folded by its neighbours in analyze.ts (→ ی, ا or و: «رئیس» = «رییس», «مسئله» = «مساله»)
  'ۀ': 'ه',
  'ة': 'ه',
  'ۃ': 'ه',
  'ء': '',
};
