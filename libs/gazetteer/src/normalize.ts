/**
 * Spelling-insensitive forms of Arabic and Latin text, for matching names and words.
 * Arabic: drops short vowels and tatweel, folds hamza carriers, alef maqsura and ta marbuta,
 * turns Arabic-Indic digits into ASCII. Latin: lower case, no accents.
 */

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

function dropped(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed) || code === 0x0640
  );
}

/** Folds one character; returns '' for a character that is dropped. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x0600) return ch; // Latin, digits, punctuation: the common case
  if (dropped(code)) return '';
  const folded = FOLD[ch];
  if (folded) return folded;
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return ch;
}

/** A folded copy of `text` and, for every folded character, the offset it came from. */
export type FoldedText = { text: string; offsets: Int32Array };

const DROPPABLE = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/;

const DROPPABLE_ALL = new RegExp(DROPPABLE.source, 'g');

/** The folded text alone, without offsets: two native replaces. */
export function foldText(text: string): string {
  return foldOneToOne(text.replace(DROPPABLE_ALL, ''));
}

// The one-to-one folds in one pass over the characters that have one.
const FOLDABLE = /[أإآٱىةؤئیک٠-٩۰-۹]/g;

function foldOneToOne(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

export function foldWithOffsets(text: string): FoldedText {
  let kept = text;
  let offsets: Int32Array;
  if (DROPPABLE.test(text)) {
    // Short vowels and tatweel go: record where each kept character came from.
    offsets = new Int32Array(text.length);
    const out: string[] = [];
    let j = 0;
    for (let i = 0; i < text.length; i++) {
      if (dropped(text.charCodeAt(i))) continue;
      out.push(text[i]);
      offsets[j++] = i;
    }
    kept = out.join('');
    offsets = offsets.subarray(0, j);
  } else {
    offsets = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) offsets[i] = i;
  }
  // Every other fold maps one character to one: a single replace.
  return { text: foldOneToOne(kept), offsets };
}

const LATIN_MARKS = /[\u0300-\u036f]/g;
const LATIN_NOISE = /[‘’'`ʿʾ]/g;

/**
 * Key under which a name is looked up: folded, lower-case, single-spaced, no hyphens or quotes.
 * (Memoised: sources and places recur sentence after sentence, article after article.)
 */
export const nameKey = memoised(function nameKey(name: string): string {
  let folded = '';
  for (const ch of name.normalize('NFD').replace(LATIN_MARKS, '').replace(LATIN_NOISE, '')) folded += foldChar(ch);
  return folded
    .toLowerCase()
    .replace(/[-_–—.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    // Transliterations double a consonant or not (Raqqa, Raqa; Tell, Tel): one letter either way.
    .replace(/([a-z])\1+/g, '$1')
    .trim();
});

/**
 * A place name's key with its transliteration evened out: the article as said before a sun letter
 * or as written ("Jisr ash-Shughur", "Jisr al-Shughur", "Jisr el-Shughour"), "ou" or "u" for one
 * vowel. For names only: in other text "as" and "at" are words.
 */
const ASSIMILATED_ARTICLE = /(^| )(el|es|esh|ed|er|et|ez|en|as|ash|ad|adh|ar|at|ath|az|an)(?= [a-z])/g;
// (Memoised: the extractor asks for the same few thousand keys over and over.)
export const placeKey = memoised((key: string): string => (/[a-z]/.test(key) ? key.replace(ASSIMILATED_ARTICLE, '$1al').replace(/ou/g, 'u') : key));

/**
 * A function of a string that remembers its answers: names recur in article after article. The
 * memory is bounded (cleared when full), so a long-running service does not grow with it.
 */
export function memoised<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s) as T;
    if (seen.size >= limit) seen.clear();
    const answer = fn(s);
    // (Kept by a copy of its own: a name sliced from an article would keep the whole article alive.)
    seen.set(s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s, answer);
    return answer;
  };
}

const AR_ARTICLE = /^ال(?=..)/;
const EN_ARTICLE = /^(al|el|as|ash|ad|ar|at|az|an|ath|adh|ad)\s(?=.)/;

/** The key without its definite article (ال, al-, el-, as-…), for matching either spelling. */
export function withoutArticle(key: string): string {
  return key.replace(AR_ARTICLE, '').replace(EN_ARTICLE, '');
}
