import { foldedMap } from './fold';
import { Token } from './text';

/** A number read from text: an exact value, or a vague magnitude ("dozens", "عشرات"); a range's lower bound in `low`. */
export type NumberPhrase = { value: number; vague: boolean; start: number; end: number; low?: number };

/**
 * "between 20 and 30", "ما بين 20 و30", "بين عشرين وثلاثين": a range, read as its upper number with
 * the lower one in `low`; `single` reads one number (the language's own), `and` says whether a
 * token joins the two (Arabic may write it on the second number).
 */
export function rangeAt(tokens: Token[], i: number, single: (tokens: Token[], i: number) => NumberPhrase | undefined, language: 'ar' | 'en'): NumberPhrase | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const from = language === 'en' ? (t.lower === 'between' ? i + 1 : undefined) : /^(بين|وبين)$/.test(t.norm) ? i + 1 : t.norm === 'ما' && tokens[i + 1]?.norm === 'بين' ? i + 2 : undefined;
  if (from === undefined) return undefined;
  // (Read alone: "عشرين وثلاثين" after "بين" is two numbers, not the compound fifty.)
  const low = language === 'ar' ? single(tokens.slice(0, from + 1), from) : single(tokens, from);
  if (!low || low.vague) return undefined;
  // (Arabic "و30" is read "و" "30"; "وثلاثين" carries it on the word.)
  const joined = tokens[low.end]?.lower === 'and' || tokens[low.end]?.norm === 'و' ? low.end + 1 : low.end;
  const high = joined > low.end || language === 'ar' ? single(tokens, joined) : undefined;
  if (!high || high.vague || high.value <= low.value || (language === 'ar' && joined === low.end && !/^و/.test(tokens[joined]?.norm ?? ''))) return undefined;
  return { value: high.value, low: low.value, vague: false, start: i, end: high.end };
}

// Arabic cardinals in the forms news uses: masculine/feminine, nominative/oblique, construct.
const AR_UNITS = foldedMap<number>([
  ['واحد', 1], ['واحدة', 1], ['أحد', 1], ['إحدى', 1],
  ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['اثنا', 2], ['اثنتا', 2], ['اثني', 2], ['اثنتي', 2],
  ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5],
  ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانية', 8],
  ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
]);
const AR_TENS = foldedMap<number>([
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['أربعون', 40], ['أربعين', 40],
  ['خمسون', 50], ['خمسين', 50], ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70],
  ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
]);
const AR_HUNDREDS = foldedMap<number>([
  ['مائة', 100], ['مئة', 100], ['مائتان', 200], ['مائتين', 200], ['مئتان', 200], ['مئتين', 200],
  ['مئتا', 200], ['مائتا', 200], ['مئتي', 200], ['مائتي', 200], ['ثلاثمائة', 300], ['ثلاثمئة', 300], ['أربعمائة', 400], ['أربعمئة', 400],
  ['خمسمائة', 500], ['خمسمئة', 500], ['ستمائة', 600], ['ستمئة', 600], ['سبعمائة', 700], ['سبعمئة', 700],
  ['ثمانمائة', 800], ['ثمانمئة', 800], ['تسعمائة', 900], ['تسعمئة', 900],
]);
const AR_THOUSANDS = foldedMap<number>([
  ['ألف', 1000], ['ألفا', 1000], ['ألفان', 2000], ['ألفين', 2000], ['آلاف', 1000],
]);
/** Plural magnitudes: "عشرات" is tens of, "مئات" hundreds of; read as a lower bound. */
const AR_VAGUE = foldedMap<number>([
  ['عشرات', 20], ['العشرات', 20], ['مئات', 200], ['المئات', 200], ['آلاف', 2000], ['الآلاف', 2000],
]);

const EN_UNITS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const EN_TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const EN_VAGUE = new Map<string, number>([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000],
]);

/** Strips a leading conjunction و from a continuation token ("وعشرين"). */
function conj(word: string): string | undefined {
  return word.startsWith('و') && word.length > 2 ? word.slice(1) : undefined;
}

function digits(token: Token): number | undefined {
  if (token.kind !== 'number') return undefined;
  const cleaned = token.norm.replace(/[,٬]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * Reads an Arabic number (digits or words) starting at token i; `firstWord` reads the first token
 * as another form of it (a proclitic peeled off: "بخمسة" → "خمسة").
 */
export function arabicNumberAt(tokens: Token[], i: number, firstWord?: string): NumberPhrase | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const fromDigits = digits(first);
  if (fromDigits !== undefined) {
    // "3 آلاف" / "3 ألف"
    const next = tokens[i + 1];
    const thousands = next && AR_THOUSANDS.get(next.norm);
    if (thousands) return { value: fromDigits * 1000, vague: false, start: i, end: i + 2 };
    return { value: fromDigits, vague: false, start: i, end: i + 1 };
  }
  if (first.kind !== 'word') return undefined;
  const vague = AR_VAGUE.get(firstWord ?? first.norm);
  if (vague !== undefined && !(i > 0 && AR_UNITS.has(tokens[i - 1].norm))) {
    return { value: vague, vague: true, start: i, end: i + 1 };
  }
  let total = 0;
  let j = i;
  let read = false;
  // Parts joined by و: hundreds, units (+ عشر for teens), tens, thousands.
  for (;;) {
    const token = tokens[j];
    if (!token || token.kind !== 'word') break;
    const word = read ? conj(token.norm) : (firstWord ?? token.norm);
    if (word === undefined) break;
    const part = readPart(tokens, j, word);
    if (!part) break;
    total = part.multiplier ? (total || 1) * part.value : total + part.value;
    j = part.next;
    read = true;
  }
  if (!read) return undefined;
  return { value: total, vague: false, start: i, end: j };
}

function readPart(tokens: Token[], j: number, word: string): { value: number; next: number; multiplier?: boolean } | undefined {
  const hundreds = AR_HUNDREDS.get(word);
  if (hundreds) return { value: hundreds, next: j + 1 };
  const tens = AR_TENS.get(word);
  if (tens) return { value: tens, next: j + 1 };
  const thousands = AR_THOUSANDS.get(word);
  if (thousands) return { value: thousands, next: j + 1, multiplier: thousands === 1000 };
  const unit = AR_UNITS.get(word);
  if (unit === undefined) return undefined;
  const next = tokens[j + 1]?.norm;
  if (unit < 10 && next && (next === 'عشر' || next === 'عشره')) return { value: 10 + unit, next: j + 2 };
  // "ثلاث مئة", "ثلاثة آلاف"
  if (next && (next === 'مئه' || next === 'مائه')) return { value: unit * 100, next: j + 2 };
  if (next && AR_THOUSANDS.get(next) === 1000) return { value: unit * 1000, next: j + 2 };
  return { value: unit, next: j + 1 };
}

/** Reads an English number (digits or words, "twenty-five", "a dozen", "hundreds of") at token i. */
export function englishNumberAt(tokens: Token[], i: number): NumberPhrase | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const fromDigits = digits(first);
  if (fromDigits !== undefined) {
    const next = tokens[i + 1]?.lower;
    if (next === 'thousand') return { value: fromDigits * 1000, vague: false, start: i, end: i + 2 };
    return { value: fromDigits, vague: false, start: i, end: i + 1 };
  }
  if (first.kind !== 'word') return undefined;
  const vague = EN_VAGUE.get(first.lower);
  // ("hundreds of thousands of people", "tens of thousands": so many thousands.)
  const thousandsOf = tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'thousands';
  if (thousandsOf && first.lower === 'tens') return { value: 20_000, vague: true, start: i, end: i + 3 };
  if (vague !== undefined && thousandsOf) return { value: vague * 1000, vague: true, start: i, end: i + 3 };
  if (vague !== undefined) return { value: vague, vague: true, start: i, end: i + 1 };
  if ((first.lower === 'a' || first.lower === 'one') && tokens[i + 1]?.lower === 'dozen') {
    return { value: 12, vague: false, start: i, end: i + 2 };
  }
  let total = 0;
  let j = i;
  for (;;) {
    const word = tokens[j]?.lower;
    if (!word) break;
    const [tensWord, unitWord] = word.split('-');
    if (EN_TENS.has(tensWord) && (!unitWord || EN_UNITS.has(unitWord))) {
      total += (EN_TENS.get(tensWord) as number) + (unitWord ? (EN_UNITS.get(unitWord) as number) : 0);
    } else if (EN_UNITS.has(word) && !(j > i && (word === 'a' || word === 'an'))) {
      // "a" alone is only a number before hundred/thousand ("a hundred").
      if ((word === 'a' || word === 'an') && !['hundred', 'thousand'].includes(tokens[j + 1]?.lower ?? '')) break;
      total += EN_UNITS.get(word) as number;
    } else if (word === 'hundred' && j > i) total = (total % 100 || 1) * 100 + Math.floor(total / 100) * 100;
    else if (word === 'thousand' && j > i) total = (total || 1) * 1000;
    else if (word === 'and' && j > i && tokens[j + 1] && (EN_UNITS.has(tokens[j + 1].lower) || EN_TENS.has(tokens[j + 1].lower.split('-')[0]))) {
      j++;
      continue;
    } else break;
    j++;
  }
  if (j === i) return undefined;
  // "two dozen", "three dozen": so many twelves.
  if (tokens[j]?.lower === 'dozen' && total > 0 && total < 10) return { value: total * 12, vague: false, start: i, end: j + 1 };
  return { value: total, vague: false, start: i, end: j };
}
