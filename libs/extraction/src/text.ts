import { FoldedText, foldWithOffsets, nameKey } from '@app/gazetteer';

const DOUBLED = /([a-z])\1+/g;

/** Text that needs no further folding to be a gazetteer key (the common case, and the fast one). */
const ASCII_OR_ARABIC = /^[a-z0-9\u0621-\u064a'’-]*$/;

export type Token = {
  /** Folded form (see libs/gazetteer normalize): what rules match on. */
  norm: string;
  /** Lower-cased folded form, for Latin rules. */
  lower: string;
  /** The form gazetteer keys are built in (see nameKey): folded, lower-case, no accents. */
  key: string;
  /** As written. */
  raw: string;
  kind: 'word' | 'number' | 'punct';
  /** Offsets into the original body. */
  start: number;
  end: number;
  /** Index in the sentence. */
  index: number;
  /** Proclitic-free forms of an Arabic word, computed once (see arabicForms). */
  forms?: string[];
  capitalised: boolean;
};

const TOKEN = /(\d[\d,.٬]*\d|\d)|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\S)/gu;
const BOUNDARY = /\n+|[!?؟؛;]+|\.(?![\d٠-٩])/g;

/**
 * A sentence of an article: its span, and its folded text and tokens, both made on first use (most
 * sentences of an article are never folded nor tokenized: see the extractor's relevance test).
 */
export class Sentence {
  private madeTokens?: Token[];
  private madeFolded?: FoldedText;

  constructor(
    private readonly body: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.body.slice(this.start, this.end);
  }

  /** The sentence folded (spelling-insensitive), offsets relative to the sentence. */
  get folded(): FoldedText {
    this.madeFolded ??= foldWithOffsets(this.text);
    return this.madeFolded;
  }

  get tokens(): Token[] {
    this.madeTokens ??= tokenize(this.body, this.folded, this.start);
    return this.madeTokens;
  }
}

function tokenize(body: string, folded: FoldedText, base: number): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    const start = base + folded.offsets[at];
    const end = base + folded.offsets[at + match[0].length - 1] + 1;
    const kind = match[1] ? 'number' : match[2] ? 'word' : 'punct';
    const lower = match[0].toLowerCase();
    tokens.push({
      norm: match[0],
      lower,
      // "Afrin's market": the possessive is no part of the name.
      // (Doubled Latin letters are one, as in nameKey: Raqqa and Raqa.)
      key: kind === 'punct' || ASCII_OR_ARABIC.test(lower) ? lower.replace(/['’]s$/, '').replace(/['’-]/g, ' ').replace(DOUBLED, '$1') : nameKey(lower),
      raw: body.slice(start, end),
      kind,
      start,
      end,
      index: tokens.length,
      capitalised: kind === 'word' && /^\p{Lu}/u.test(match[0]),
    });
  }
  return tokens;
}

const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** Splits a body into sentences (at line breaks and sentence-final punctuation), keeping offsets. */
export function sentences(body: string): Sentence[] {
  const result: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    if (HAS_CONTENT.test(body.slice(from, to))) result.push(new Sentence(body, from, to));
  };
  for (const match of body.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    if (match[0] === '.' && isAbbreviation(body, at)) continue;
    // Sentence-final punctuation belongs to its sentence; line breaks to none.
    push(match[0].startsWith('\n') ? at : at + match[0].length);
    from = at + match[0].length;
  }
  push(body.length);
  return result;
}

/** "Mr. Smith", "U.S. forces", "Gen. Ali": a full stop after an initial or a title ends nothing. */
function isAbbreviation(text: string, dot: number): boolean {
  // Only a Latin letter before the dot can end a title or an initial (Arabic ends sentences often).
  const code = text.charCodeAt(dot - 1);
  if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, dot - 8), dot))?.[1] ?? '';
  return /^(\p{Lu}|Mr|Mrs|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Jr|No|Gov|Sen|Rep|Brig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u.test(before);
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

/** The token's proclitic-free forms, computed on first use and kept on the token. */
export function tokenForms(t: Token): string[] {
  t.forms ??= t.kind === 'word' ? arabicForms(t.norm) : [t.norm];
  return t.forms;
}

/** True when any proclitic-free form of the token is in the set. */
export function formIn(token: Token | undefined, set: ReadonlySet<string>): string | undefined {
  if (!token || token.kind !== 'word') return undefined;
  return tokenForms(token).find((f) => set.has(f));
}
