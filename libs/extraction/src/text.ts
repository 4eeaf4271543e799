import { foldWithOffsets } from '@app/gazetteer';

export type Token = {
  /** Folded form (see libs/gazetteer normalize): what rules match on. */
  norm: string;
  /** Lower-cased folded form, for Latin rules. */
  lower: string;
  /** As written. */
  raw: string;
  kind: 'word' | 'number' | 'punct';
  /** Offsets into the original body. */
  start: number;
  end: number;
  /** Index in the sentence. */
  index: number;
  capitalised: boolean;
};

export type Sentence = { tokens: Token[]; start: number; end: number; text: string };

const TOKEN = /(\d[\d,.٬]*\d|\d)|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\S)/gu;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', ';']);

/** Splits a body into sentences of tokens, keeping offsets into the original text. */
export function sentences(body: string): Sentence[] {
  const folded = foldWithOffsets(body);
  const result: Sentence[] = [];
  for (const paragraph of splitKeeping(folded.text, /\n+/g)) {
    let tokens: Token[] = [];
    const flush = () => {
      if (tokens.some((t) => t.kind !== 'punct')) {
        const start = tokens[0].start;
        const end = tokens[tokens.length - 1].end;
        result.push({ tokens, start, end, text: body.slice(start, end) });
      }
      tokens = [];
    };
    for (const match of paragraph.text.matchAll(TOKEN)) {
      const from = paragraph.offset + (match.index ?? 0);
      const to = from + match[0].length;
      const start = folded.offsets[from];
      const end = folded.offsets[to - 1] + 1;
      const raw = body.slice(start, end);
      const kind = match[1] ? 'number' : match[2] ? 'word' : 'punct';
      tokens.push({
        norm: match[0],
        lower: match[0].toLowerCase(),
        raw,
        kind,
        start,
        end,
        index: tokens.length,
        capitalised: kind === 'word' && /^\p{Lu}/u.test(match[0]),
      });
      // A full stop ends a sentence unless it sits between digits ("3.5") or after an initial.
      if (kind === 'punct' && SENTENCE_END.has(match[0]) && !(match[0] === '.' && isAbbreviation(tokens))) flush();
    }
    flush();
  }
  return result;
}

function isAbbreviation(tokens: Token[]): boolean {
  const before = tokens[tokens.length - 2];
  return !!before && before.kind === 'word' && /^(\p{Lu}|Mr|Mrs|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Jr|U\.S|No)$/u.test(before.norm);
}

function splitKeeping(text: string, separator: RegExp): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let last = 0;
  for (const match of text.matchAll(separator)) {
    parts.push({ text: text.slice(last, match.index), offset: last });
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push({ text: text.slice(last), offset: last });
  return parts;
}

/** Arabic proclitics (و ف ب ل ك and their combinations) that may precede a word. */
const PROCLITICS = ['وبال', 'فبال', 'وال', 'فال', 'بال', 'لل', 'كال', 'وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * Forms of an Arabic word with its proclitics peeled off, the word itself first:
 * "وبمقتل" → ["وبمقتل", "بمقتل", "مقتل"]; "للمدنيين" → [..., "المدنيين", "مدنيين"].
 */
export function arabicForms(word: string): string[] {
  const forms = [word];
  for (const p of PROCLITICS) {
    if (word.length - p.length >= 2 && word.startsWith(p)) {
      const rest = word.slice(p.length);
      forms.push(rest);
      if (p.endsWith('ال') || p === 'لل') forms.push('ال' + rest);
    }
  }
  if (word.startsWith('ال') && word.length > 4) forms.push(word.slice(2));
  return [...new Set(forms)];
}

/** True when any proclitic-free form of the token is in the set. */
export function formIn(token: Token | undefined, set: ReadonlySet<string>): string | undefined {
  if (!token || token.kind !== 'word') return undefined;
  return arabicForms(token.norm).find((f) => set.has(f));
}
