import { Outcome, Qualifier, SourceKind, Victims } from '@app/domain';
import { NumberPhrase } from './numbers';
import { Token } from './text';

/** How a word bears on a casualty figure. */
export type OutcomeWord = {
  outcome: Outcome;
  /**
   * trigger: names the event and precedes its figure ("مقتل", "killed");
   * countNoun: counts the casualties themselves ("قتلى", "dead", "جثث");
   * laterVerb: a verb that may follow its figure at a distance ("قتلوا", "were killed").
   */
  roles: ReadonlyArray<'trigger' | 'countNoun' | 'laterVerb'>;
  /** An indefinite count noun that reports casualties without a number ("وقوع جرحى"). */
  bareClaim?: boolean;
};

export type VictimWord = { kind: Victims['kind']; number: 'sg' | 'dual' | 'pl' };

export type PhraseMatch<V> = { value: V; start: number; end: number };

/** The words and phrases one language's rules read. Arabic and English each provide one. */
export interface Lexicon {
  language: 'ar' | 'en';
  /** A cheap test on the text as written: could it hold a casualty figure at all? (No false negatives.) */
  mayReportCasualties(text: string): boolean;
  numberAt(tokens: Token[], i: number): NumberPhrase | undefined;
  outcome(token: Token): OutcomeWord | undefined;
  victim(token: Token): VictimWord | undefined;
  /** Words that stand between a number and its noun ("من" in "45 من عناصر", "of" in "dozens of"). */
  isOf(token: Token | undefined): boolean;
  isAnd(token: Token | undefined): string | undefined;
  /** "آخرون" / "others": unspecified victims after a number or a verb. */
  isOthers(token: Token | undefined): boolean;
  /**
   * Fighters named only as the other side at token i: "المهاجمين" / "the attackers", "في صفوفهم" /
   * "in their ranks", and "منهم" after a verb of killing done to them ("وقضت على أربعين منهم").
   */
  enemyAt(tokens: Token[], i: number): boolean;
  /** What one side calls the other's fighters, naming no side: "إرهابيين", "مسلحين", "terrorists". */
  namesNoSide(token: Token): boolean;
  /** What a story calls jihadists ("militants", "إرهابيين"): of the one jihadist group the story names, if it names one. */
  namesJihadists(token: Token): boolean;
  /** A tribe or clan: its fighters ("مقاتلي العشائر", "tribal fighters") are of no side, but it names no armed men alone. */
  namesTribe(token: Token): boolean;
  /** Is a sentence about sport and not violence ("لاعبان آخران لإصابات طفيفة", "the striker was injured")? */
  sportIn(sentence: string): boolean;
  /** Does a sentence name a town as another country's ("the Turkish border town of Akcakale", "بلدة أقجة قلعة التركية")? */
  foreignTownIn(sentence: string): boolean;
  /** Does a sentence say a toll has risen or was revised ("rose to", "ارتفعت الحصيلة")? */
  risenTollIn(sentence: string): boolean;
  /** "بينهم" / "including": opens a subset. */
  isAmong(tokens: Token[], i: number): number | undefined;
  /**
   * "Among the dead were", "ومن بين القتلى": the figure that follows is a part of casualties
   * counted before (in an earlier sentence). Returns their outcome and where the figure begins.
   */
  /** `count`: the toll named back by its number ("Of the 10 dead, …"). */
  amongEarlierAt(tokens: Token[], i: number): { outcome: Outcome; end: number; count?: number } | undefined;
  /** A word that names a side already named ("التنظيم", "the group"): the actor keys it may mean. */
  sideAnaphor(token: Token): readonly string[] | undefined;
  /** A clause giving a toll for the whole country ("across the country", "في مختلف المناطق السورية"). */
  nationwideIn(clause: string): boolean;
  /** A sentence that names a toll already given ("وتوزعت الحصيلة على…", "the dead included…"). */
  refersToToll(sentence: string): boolean;
  /** A sentence counting over the period just named ("in the same period", "خلال الفترة ذاتها"). */
  samePeriodIn(sentence: string): boolean;
  /** A soldier or policeman, whose side, unnamed, is the state's. */
  soldierWord(t: Token): boolean;
  /** "the uprising entered its third year", "الحرب التي دخلت عامها الحادي عشر": the war's age. */
  warAgeIn(sentence: string): boolean;
  /** A sentence that tells of a road accident ("حادث سير", "a traffic accident"): its dead are no casualties of the war. */
  roadAccidentIn(sentence: string): boolean;
  /** "the tenth anniversary of", "الذكرى السنوية": the story remembers a day gone by. */
  anniversaryIn(sentence: string): boolean;
  /** "عدد من", "a number of": an unknown count of the noun that follows. Returns the noun's index. */
  vagueQuantityAt(tokens: Token[], i: number): number | undefined;
  qualifierBefore(tokens: Token[], i: number): PhraseMatch<Qualifier> | undefined;
  qualifierAfter(tokens: Token[], j: number): PhraseMatch<Qualifier> | undefined;
  negatedAt(tokens: Token[], i: number): boolean;
  preliminaryIn(tokens: Token[]): boolean;
  /** Whether the figure at `i` is one the speaker gave first and replaced later ("initially reported 14, but later…"). */
  replacedLaterAt(tokens: Token[], i: number): boolean;
  /** Whether the figure at `i` is told as given before ("وكان المرصد قد أشار أمس إلى مقتل 11", "had earlier put the toll at 23"). */
  toldEarlierAt(tokens: Token[], i: number): boolean;
  clauseBreakAt(tokens: Token[], i: number): boolean;
  actorAt(tokens: Token[], i: number): PhraseMatch<string> | undefined;
  /** A nationality or side adjective of fighters ("أتراك", "Turkish", "pro-government"): an actor key. */
  nationality(token: Token | undefined): string | undefined;
  /** A dual that counts casualties by itself ("قتيلان"): its outcome. */
  dualCount(token: Token | undefined): OutcomeWord['outcome'] | undefined;
  /** "ارتفع عدد قتلى … إلى 47", "the death toll rose to 19": the outcome of a toll named earlier in the clause. */
  tollBefore(tokens: Token[], from: number, clause: number[]): OutcomeWord['outcome'] | undefined;
  /** Words before an actor that make it the attacker ("هجوم من", "shelling by"). */
  attackerMarkerBefore(tokens: Token[], i: number): boolean;
  /** The actor belongs to someone else ("التابعة لـ", "affiliated with"): neither side. */
  affiliationMarkerBefore(tokens: Token[], i: number): boolean;
  eventKind(token: Token): string | undefined;
  sayingVerb(token: Token): boolean;
  /** "بحسب", "وفق ما ذكرته", "according to": returns the index where the source begins. */
  accordingToAt(tokens: Token[], i: number): number | undefined;
  /** Words that end a source's name ("عن", "أن", "that"). */
  endsSourceName(token: Token): boolean;
  /** Words describing a source that are not part of its name ("المعارض", "the opposition"). */
  sourceRoleOrModifier(token: Token): SourceKind | 'modifier' | undefined;
  sourceKindOf(name: string): SourceKind;
  /** Source names said without a proper name ("local sources"), keyed per outlet. */
  isGenericSource(name: string): boolean;
  /** Words that point back to a source named earlier ("الشبكة", "the agency"), with the head they match. */
  anaphoricHead(name: string): string | undefined;
  /** Words that introduce a place ("قرية", "in", "village of"). */
  placeMarker(token: Token): 'settlement' | 'locative' | 'admin' | undefined;
  /**
   * A clause (its words folded, space-separated) that counts over a long period: "منذ مطلع العام",
   * "خلال شهر آذار", "since 2011", "in June alone", "the anniversary of". Its figures are
   * statistics or history, not the toll of an incident.
   */
  longPeriod(clause: string): boolean;
  /** A clause that counts over a wave of days ("منذ اندلاع المواجهات يوم الأحد", "since the assault began on Thursday"). */
  waveIn(clause: string): boolean;
  /**
   * The clause without its comparisons and durations of a state ("the deadliest since the war
   * began in 2011", "معتقل منذ آذار"): they name periods and years that count nothing.
   */
  withoutComparisons(clause: string): string;
  relativeDay(tokens: Token[], i: number): PhraseMatch<number> | undefined;
  weekdayAt(tokens: Token[], i: number): PhraseMatch<number> | undefined;
  monthAt(tokens: Token[], i: number): PhraseMatch<number> | undefined;
}

/** Finds the longest listed phrase (a sequence of folded words) starting at token i. */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: V }>>();

  constructor(entries: ReadonlyArray<readonly [phrase: string, value: V]>, fold: (w: string) => string) {
    for (const [phrase, value] of entries) {
      const words = fold(phrase).split(/\s+/).filter(Boolean);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
    }
  }

  /** `forms` gives the spellings a token may match in (e.g. with proclitics peeled off). */
  matchAt(tokens: Token[], i: number, forms: (t: Token) => string[]): PhraseMatch<V> | undefined {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return undefined;
    for (const form of forms(first)) {
      for (const candidate of this.byFirst.get(form) ?? []) {
        let ok = true;
        for (let k = 1; k < candidate.words.length; k++) {
          const t = tokens[i + k];
          if (!t || !forms(t).includes(candidate.words[k])) {
            ok = false;
            break;
          }
        }
        if (ok) return { value: candidate.value, start: i, end: i + candidate.words.length };
      }
    }
    return undefined;
  }

  /** Does a phrase end just before token j (allowing `gap` tokens between)? */
  matchEndingBefore(tokens: Token[], j: number, forms: (t: Token) => string[], maxLen = 5): PhraseMatch<V> | undefined {
    for (let start = Math.max(0, j - maxLen); start < j; start++) {
      const m = this.matchAt(tokens, start, forms);
      if (m && m.end === j) return m;
    }
    return undefined;
  }
}
