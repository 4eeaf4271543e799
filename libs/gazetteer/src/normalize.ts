/**
 * Spelling-insensitive forms of Arabic and Latin text, for matching names and words.
 * Arabic: drops short vowels and tatweel, folds hamza carriers, alef maqsura and ta marbuta,
 * turns Arabic-Indic digits into ASCII. Latin: lower case, no accents.
 */

const DROPPED = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/;

const FOLD: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ی': 'ي',
  'ک': 'ك',
};

/** Folds one character; returns '' for a character that is dropped. */
export function foldChar(ch: string): string {
  if (DROPPED.test(ch)) return '';
  const folded = FOLD[ch];
  if (folded) return folded;
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return ch;
}

/** A folded copy of `text` and, for every folded character, the offset it came from. */
export type FoldedText = { text: string; offsets: number[] };

export function foldWithOffsets(text: string): FoldedText {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text[i]);
    if (!folded) continue;
    out += folded;
    offsets.push(i);
  }
  return { text: out, offsets };
}

const LATIN_MARKS = /[\u0300-\u036f]/g;
const LATIN_NOISE = /[‘’'`ʿʾ]/g;

/** Key under which a name is looked up: folded, lower-case, single-spaced, no hyphens or quotes. */
export function nameKey(name: string): string {
  let folded = '';
  for (const ch of name.normalize('NFD').replace(LATIN_MARKS, '').replace(LATIN_NOISE, '')) folded += foldChar(ch);
  return folded
    .toLowerCase()
    .replace(/[-_–—.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const AR_ARTICLE = /^ال(?=..)/;
const EN_ARTICLE = /^(al|el|as|ash|ad|ar|at|az|an|ath|adh|ad)\s(?=.)/;

/** The key without its definite article (ال, al-, el-, as-…), for matching either spelling. */
export function withoutArticle(key: string): string {
  return key.replace(AR_ARTICLE, '').replace(EN_ARTICLE, '');
}
