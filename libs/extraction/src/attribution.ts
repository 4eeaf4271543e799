import { Source, SourceKind } from '@app/domain';
import { nameKey, withoutArticle } from '@app/gazetteer';
import { fold } from './fold';
import { Lexicon } from './lexicon';
import { knownSourceKey } from './sources';
import { Token } from './text';

/** A source named in a sentence, and where its words sit relative to the figures. */
export type Attribution = { sources: Source[]; at: number; placement: 'before' | 'after' };

const QUOTES = new Set(['"', '«', '»', '“', '”']);
const MAX_NAME_WORDS = 6;

/**
 * Remembers the sources an article has named, so that "الشبكة" / "the agency" or a verb with no
 * subject ("وأضاف أن") points back to the right one.
 */
export class SourceMemory {
  private readonly named: Source[] = [];
  /** A source named by whom it was said through ("a spokesperson for the Asayish"), and those words. */
  private readonly saidAs = new Map<Source, string>();
  /** Media told something ("لشبكة «السويداء 24»"), with when each was named: "الشبكة" may be one later. */
  private readonly addressed: Array<{ source: Source; after: number }> = [];
  constructor(
    private readonly outletId: string,
    private readonly outletName: string,
  ) {}

  /** The outlet's name's first word, folded ("لأورينت نت": told to the outlet). */
  get outletWords(): ReadonlySet<string> {
    return new Set(this.outletName.split(/\s+/).slice(0, 1).map((w) => fold(w)));
  }

  /** A medium told something ("لشبكة «السويداء 24»"): no speaker now, but one "الشبكة" may point back to. */
  noteAddressed(name: string, lex: Lexicon): void {
    const known = knownSourceKey(name);
    const key = known ?? withoutArticle(nameKey(name));
    if (this.named.some((s) => s.key === key) || this.addressed.some((a) => a.source.key === key)) return;
    this.addressed.push({ source: { name, key, kind: lex.sourceKindOf(name), via: this.outletId }, after: this.named.length - 1 });
  }

  get last(): Source | undefined {
    return this.named[this.named.length - 1];
  }

  /** The outlet itself, when nobody is quoted. */
  outlet(): Source {
    return { name: this.outletName, key: `outlet:${this.outletId}`, kind: 'reporter', via: this.outletId };
  }

  resolve(said: string, kind: SourceKind, lex: Lexicon): Source {
    // ("according to SOHR's statistics": whose statistics, past the possessive.)
    const name = lex.language === 'en' ? spokenFor(said).replace(/['’]s$/, '') : said;
    const head = lex.anaphoricHead(name);
    if (head) {
      // "the agency added…": the last source named so, else the last source at all.
      // ("The Observatory said" with no observatory named before is a name of its own.)
      // (Nor does "a war monitor" with none named before: a description stands for itself.)
      const described = lex.language === 'en' && name.trim().split(/\s+/).length > (/^the\s/i.test(name) ? 2 : 1);
      const properNoun = /(^|\s)[A-Z]/.test(name.replace(/^the\s+/i, '')) || described;
      // (A monitor is an observatory: "the war monitor" after the Syrian Observatory for Human Rights.)
      // ("the Britain-based group", "the monitoring group": so is a group described as one.)
      const monitoring = head === 'monitor' || (head === 'group' && /(britain|uk|british|coventry)-based|monitoring|watchdog/i.test(name));
      const heads = monitoring ? [head, 'monitor', 'observatory'] : [head];
      // ("رصدت الشبكة 38 حالة خطف" with no other source named yet: the outlet speaks of itself.)
      // (A medium's word points back to the last medium named, else to the outlet itself, never to a person.)
      // ("the spokesperson added" after "a spokesperson for the Asayish": the body, by the words it was named in.)
      const byHeadAt = [...this.named.entries()].reverse().find(([, s]) => heads.some((h) => fold(s.name).includes(h) || fold(this.saidAs.get(s) ?? '').includes(h)));
      // ("قال المدير لشبكة «السويداء 24» إن… وذكرت الشبكة أن…": a medium told, named after the last speaker so.)
      const told = [...this.addressed].reverse().find((a) => a.after >= (byHeadAt?.[0] ?? -1) && heads.some((h) => fold(a.source.name).includes(h)));
      const byHead = told?.source ?? byHeadAt?.[1];
      // ("رصدت الشبكة" after "أحد أقارب المخطوفين": no person is a network.)
      const person = (s: Source | undefined) => !!s && /^(احد|احدي|مصدر|مصادر|شاهد|شهود|ناشط|ناشطون|ناشطين|طبيب|مسوول|قايد|سكان|اهالي|a|an|one|witness|witnesses|activist|activists|resident|residents|doctor|official|officials|source|sources)( |$)/.test(fold(s.name));
      // ("وأوضح المراسل": the correspondent of the medium last named, else the outlet's own; a medium
      // by its name, not any speaker of no known kind.)
      if (head === 'مراسل' && !byHead) return this.last && MEDIUM_NAME.test(fold(this.last.name)) ? this.last : this.outlet();
      // (A monitor with none named before is one of its own, not whoever spoke last: "activists and a monitor said".)
      const earlier = byHead ?? (properNoun || monitoring ? undefined : OUTLET_HEADS.has(head) && (!this.last || person(this.last)) ? this.outlet() : this.last);
      if (earlier) return earlier;
    }
    // ("مراسل وكالتنا", "our correspondent": the outlet's own.)
    if (OUR_OWN.test(fold(name))) return this.outlet();
    const known = knownSourceKey(name);
    const key = withoutArticle(nameKey(name));
    // ("وقال مراسل شبكة شام" in Shaam Network's own story: the outlet, by its own name.)
    // (A source known by many names keeps its key: SOHR in its own stories is the Observatory still.)
    // ("المرصد السوري" in the Syrian Observatory for Human Rights' own story: its name, shorter.)
    const outletKey = withoutArticle(nameKey(this.outletName));
    if (!known && (key === outletKey || (key.includes(' ') && shorterOf(key, outletKey)))) {
      const outlet = this.outlet();
      this.named.push(outlet);
      return outlet;
    }
    const addressed = this.addressed.find((a) => a.source.key === (known ?? key));
    if (addressed) {
      this.named.push(addressed.source);
      return addressed.source;
    }
    // "الدفاع المدني" after "الدفاع المدني السوري": the same source, named shorter.
    const same = [...this.named].reverse().find((s) => {
      // (Not "the SDF" after "the SDF-allied Manbij Military Council": a name that only describes the other.)
      if (s.name.includes(`${name.replace(/^the\s+/i, '')}-`)) return false;
      const other = withoutArticle(nameKey(s.name));
      // "the civil defense" after "the Syrian Civil Defense": a name of two words or more may drop its first.
      const said = this.saidAs.get(s);
      return (known !== undefined && s.key === known) || other === key || shorterOf(key, other) || shorterOf(other, key) || (key.includes(' ') && other.endsWith(` ${key}`)) || (!!said && shorterOf(key, withoutArticle(nameKey(said))));
    });
    const found = same ?? { name, key: known ?? (lex.isGenericSource(name) ? `${this.outletId}:${key}` : key), kind, via: this.outletId };
    if (said !== name) this.saidAs.set(found, said);
    if (same) return same;
    this.named.push(found);
    return found;
  }
}

const OUR_OWN = /(^| )(وكالتنا|شبكتنا|موقعنا|قناتنا|صحيفتنا|مراسلنا|مراسلتنا|مراسلينا|فرقنا|our (correspondent|correspondents|reporter|reporters|agency|network|channel|teams|team|centre|center|volunteers))( |$)/;

/** Whether one name key is another's first words ("المرصد السوري" of "المرصد السوري لحقوق الانسان"). */
function shorterOf(short: string, long: string): boolean {
  return long.startsWith(`${short} `);
}

/** "لهم", "له": a preposition with its pronoun (folded). */
const PRONOUN_OF = /^ل(ه|ها|هم|هما|هن|نا)$/;
const MEDIUM_NAME = /(^| )(شبكه|وكاله|قناه|موقع|صحيفه|تلفزيون|اذاعه|جريده)( |$)/;

/** Anaphoric heads an outlet is called by when it speaks of itself (folded). */
const OUTLET_HEADS = new Set(['شبكه', 'وكاله', 'موقع', 'قناه', 'صحيفه', 'agency', 'network', 'channel', 'newspaper', 'website']);

/** Whether a sentence has a verb of saying, or gives a toll or a report, that may name a speaker. */
export function saysSomething(tokens: Token[], lex: Lexicon): boolean {
  return tokens.some((t, i) => lex.sayingVerb(t) || givesToll(tokens, i, lex));
}

/** Finds who is quoted in a sentence: subjects of verbs of saying, and "according to" phrases. */
export function attributionsIn(tokens: Token[], body: string, lex: Lexicon, memory: SourceMemory): Attribution[] {
  const found: Attribution[] = [];
  if (lex.language === 'ar') for (const name of addresseesIn(tokens, body, lex)) memory.noteAddressed(name, lex);
  for (let i = 0; i < tokens.length; i++) {
    const after = lex.accordingToAt(tokens, i);
    // ("طلب عدم ذكر اسمه", "دون أن يذكر": a saying denied says nothing.)
    const denied = lex.language === 'ar' && /^(عدم|دون|بدون)$/.test(tokens[i - 1]?.norm ?? '');
    // ("حافلة نقل ركاب": carrying, not quoting; "نقلت سانا عن مصدر" quotes someone.)
    const carried = lex.language === 'ar' && /^و?(نقل|نقلت)$/.test(tokens[i].norm) && !untilPunct(tokens, i + 1, 12).some((t) => t.norm === 'عن');
    const saying = after === undefined && !denied && !carried && ((lex.sayingVerb(tokens[i]) && !reportsAsNoun(tokens, i)) || givesToll(tokens, i, lex));
    if (after === undefined && !saying) continue;
    // "بحسب ما أعلنه X", "وفق ما ذكرته X": the source follows the relative clause.
    let start = after ?? i + 1;
    const verb = tokens[start + 1];
    // The verb may carry its object pronoun: "ما أعلنه", "ما ذكرته".
    const withoutPronoun = verb && { ...verb, norm: verb.norm.replace(/(ته|ها|ه)$/, ''), forms: undefined };
    // ("وفقاً لما أفاد به": the same with the preposition on "ما".)
    if (after !== undefined && lex.language === 'ar' && /^(ما|لما)$/.test(tokens[start]?.norm ?? '') && (lex.sayingVerb(verb) || lex.sayingVerb(withoutPronoun))) start += 2;
    // "وفق ما أفاد به الدفاع المدني": the preposition with its pronoun is not the speaker.
    if (after !== undefined && lex.language === 'ar' && /^(به|بها|عنه|عنها)$/.test(tokens[start]?.norm ?? '')) start += 1;
    // "according to a preliminary toll from the Turkish defence ministry": whose toll it is.
    if (after !== undefined && lex.language === 'en') start = afterReportOf(tokens, start);
    // "وفق إحصائية أولية حصلت عليها السويداء 24": the same in Arabic.
    if (after !== undefined && lex.language === 'ar') start = afterArabicReportOf(tokens, start);
    // "فقد وثّق من جهته", "وقال بدوره": an adverb of turn-taking is no speaker; the speaker is before the verb.
    if (saying && lex.language === 'ar') start = pastTurnAdverb(tokens, start);
    // English names the speaker first ("X said", "X told AFP"): that one, when there is one.
    let sources = saying && lex.language === 'en' ? subjectBefore(tokens, i, body, lex, memory, false) : [];
    // English parses a speaker after the verb only when inverted (", said the ministry").
    const inverted = lex.language !== 'en' || !saying || tokens[i - 1]?.kind === 'punct';
    if (!sources.length && !inverted) sources = subjectBefore(tokens, i, body, lex, memory, true);
    // English "it said the jets had hit…": after a verb of saying that is not inverted comes what was said.
    const speakerAfter = !sources.length && (lex.language !== 'en' || !saying || inverted);
    let parties = speakerAfter ? partiesAt(peelLam(tokens, start, lex), start, lex, memory.outletWords) : [];
    // English "X, a rescue service…, said more than 50…": what follows "said" is what was said, not
    // who said it; the speaker is before the apposition.
    // ("…," X, director of the hospital, told Reuters: whom one tells is never the speaker.)
    const toldWhom = lex.language === 'en' && tokens[i].lower === 'told';
    // (After a closing quotation mark the speaker follows: '…her father," said a man who…'.)
    const afterQuote = QUOTES.has(tokens[i - 1]?.norm ?? '');
    if (!sources.length && saying && lex.language === 'en' && tokens[i - 1]?.kind === 'punct' && !afterQuote && (toldWhom || !invertedSpeaker(tokens, parties, lex))) {
      parties = [];
      const opening = appositionStart(tokens, i - 1);
      // ("the director of Aleppo University Hospital, Dr. Ibrahim Hadid, said": the person named in
      // apposition speaks, by his name.)
      // ("The main Western-backed opposition group, the Syrian National Coalition, said": so does a
      // body named in apposition to a description of it.)
      const person = opening !== undefined ? personalName(tokens.slice(opening + 1, i - 1)) ?? namedBodyAfterDescription(tokens, opening, i - 1) : undefined;
      if (person && opening !== undefined) {
        // (His kind is what the words before the apposition say he is: "the director of Aleppo University Hospital".)
        const described = body.slice(tokens[appositionStartOf(tokens, opening)].start, tokens[opening].start);
        sources = [memory.resolve(body.slice(person[0].start, person[person.length - 1].end), lex.sourceKindOf(described), lex)];
      }
      else if (opening !== undefined) sources = subjectBefore(tokens, opening, body, lex, memory, false);
    }
    // (Not "بحسب بيان لهم": a preposition with its pronoun is no party.)
    if (!sources.length) sources = parties.filter((p) => !PRONOUN_OF.test(fold(nameOf(p, body, lex)))).map((p) => memory.resolve(nameOf(p, body, lex), kindOf(p, body, lex), lex));
    if (sources.length === 0 && saying && lex.language === 'en') sources = subjectBefore(tokens, i, body, lex, memory, true);
    // "أما المرصد السوري فقال إن…", "المرصد السوري قال إن…": an Arabic speaker before the verb.
    if (sources.length === 0 && saying && lex.language === 'ar') {
      const before = arabicSubjectBefore(tokens, i, lex);
      if (before.length) sources = [memory.resolve(nameOf(before, body, lex), kindOf(before, body, lex), lex)];
    }
    if (sources.length === 0 && saying && memory.last) sources = [memory.last]; // "وأضاف أن…": the last speaker
    if (sources.length) found.push({ sources, at: i, placement: after !== undefined ? 'after' : 'before' });
    i = Math.max(i, start + parties.reduce((n, p) => n + p.length, 0) - 1);
  }
  return found;
}

/** Up to `count` tokens from `from`, stopping at punctuation other than quotation marks. */
function untilPunct(tokens: Token[], from: number, count: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < tokens.length && out.length < count && (tokens[k].kind !== 'punct' || QUOTES.has(tokens[k].norm) || /^[()]$/.test(tokens[k].norm)); k++) out.push(tokens[k]);
  return out;
}

/** "a preliminary toll from X", "figures compiled by X", "the latest tally of X": where X begins, else `start`. */
function afterReportOf(tokens: Token[], start: number): number {
  let k = start;
  if (/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  while (k < start + 4 && /^(preliminary|initial|new|latest|final|updated|revised|death|casualty|official|first)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(toll|tolls|count|tally|report|statement|figures|figure|estimate|estimates|statistics|data|documentation|records)$/.test(tokens[k]?.lower ?? '')) return start;
  k++;
  if (/^(compiled|issued|released|published|given|provided)$/.test(tokens[k]?.lower ?? '')) k++;
  return /^(from|by|of)$/.test(tokens[k]?.lower ?? '') ? k + 1 : start;
}

// ("وفقاً لشهادات حصل عليها المرصد": testimonies the speaker gathered, by the preposition too.)
const REPORT_NOUNS_AR = /^ل?(احصاييه|احصاييات|حصيله|ارقام|بيانات|معلومات|بيان|تقرير|شهادات|شهاده|افادات|روايات)$/;

/** "إحصائية أولية حصلت عليها X", "حصيلة صادرة عن X", "بيان صادر عن X": where X begins, else `start` (folded words). */
function afterArabicReportOf(tokens: Token[], start: number): number {
  let k = start;
  // ("وفق توثيقات المرصد السوري": whose documentation, in construct.)
  if (/^(توثيقات|توثيق|احصاءات|سجلات)$/.test(tokens[k]?.norm ?? '') && /^ال/.test(tokens[k + 1]?.norm ?? '')) return k + 1;
  if (!REPORT_NOUNS_AR.test(tokens[k]?.norm ?? '')) return start;
  k++;
  while (k < start + 3 && /^(اوليه|جديده|رسميه|محدثه|نهاييه|غير)$/.test(tokens[k]?.norm ?? '')) k++;
  if (/^(حصلت|حصل|اطلعت|اطلع)$/.test(tokens[k]?.norm ?? '') && /^(عليها|عليه)$/.test(tokens[k + 1]?.norm ?? '')) return k + 2;
  if (/^(ال)?(صادره|صادر)$/.test(tokens[k]?.norm ?? '') && /^(عن|من)$/.test(tokens[k + 1]?.norm ?? '')) return k + 2;
  // ("بيان لهيئة الصحة": whose, by its preposition, peeled with the others'.)
  if (k === start + 1 && /^ل[^ل]/.test(tokens[k]?.norm ?? '') && !PRONOUN_OF.test(tokens[k].norm)) return k;
  return start;
}

/** Past "من جهته", "بدوره", "أيضاً" after a verb of saying (folded words). */
function pastTurnAdverb(tokens: Token[], start: number): number {
  if (tokens[start]?.norm === 'من' && /^جهت(ه|ها|هم|هما)$/.test(tokens[start + 1]?.norm ?? '')) return start + 2;
  if (/^(بدوره|بدورها|بدورهم|ايضا|كذلك)$/.test(tokens[start]?.norm ?? '')) return start + 1;
  // ("وكان المرصد قد نشر قبل ساعات أن…", "أعلن أمس أن…": when it was said is no speaker.)
  const norms = tokens.slice(start, start + 5).map((t) => t.norm).join(' ');
  // ("وكان حزب الله قد نعى الأسبوع الماضي ثلاثة…": nor is last week.)
  const when = /^(قبل (ساعات|ساعه|قليل|ايام)|في وقت (سابق|لاحق)( من (اليوم|امس))?|(الاسبوع|الشهر) (الماضي|الفايت)|((صباح|مساء|ظهر|ليل) )?(اليوم|امس)( (الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد))?)( |$)/.exec(norms);
  return when ? start + when[0].trim().split(' ').length : start;
}

/**
 * "it had received reports that…", "media reports said": "reports" as a noun says nothing itself;
 * nor does "claimed" of a deed ("bombings claimed by Islamic State").
 */
function reportsAsNoun(tokens: Token[], i: number): boolean {
  if (tokens[i].lower === 'reports' && /^(received|the|of|unconfirmed|media|news|press|local|several|many|initial|conflicting|first|early|receiving|preliminary|credible|further|more|new|had|has|have)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  // ("bombings claimed by Islamic State", "claimed responsibility": a deed owned, nothing said.)
  return tokens[i].lower === 'claimed' && /^(by|responsibility|credit)$/.test(tokens[i + 1]?.lower ?? '');
}

/**
 * "State TV put the death toll at eight", "the Observatory gave a higher toll": giving a toll is
 * saying it. So is publishing a report ("SNHR today released its monthly report documenting…"):
 * "the report" later is its author's word. (Not "was released on Sunday": a captive freed.)
 */
function givesToll(tokens: Token[], i: number, lex: Lexicon): boolean {
  if (lex.language !== 'en') return false;
  if (TOLL_VERBS.test(tokens[i].lower)) return tokens.slice(i + 1, i + 5).some((t) => /^(toll|tolls|number|figure|count)$/.test(t.lower));
  return PUBLISHING.test(tokens[i].lower) && !/^(was|were|be|been|being|is|are)$/.test(tokens[i - 1]?.lower ?? '') && tokens.slice(i + 1, i + 5).some((t) => /^(report|statement|tally)$/.test(t.lower));
}
const TOLL_VERBS = /^(put|puts|gave|gives|raised|raises|revised|lowered|updated)$/;
const PUBLISHING = /^(released|releases|published|publishes|issued|issues)$/;

/** ", said the ministry.": one party after the verb, with a name or a role, and nothing after it. */
function invertedSpeaker(tokens: Token[], parties: Token[][], lex: Lexicon): boolean {
  if (parties.length !== 1) return false;
  const party = parties[0];
  // ("…, said via Skype", "said by telephone": how it was said, not who said it.)
  if (/^(via|by|over|on|in)$/.test(tokens[party[0].index - 1]?.lower ?? '') || /^(via|by|over)$/.test(party[0].lower)) return false;
  const next = tokens[party[party.length - 1].index + 1];
  const named = party.some((t) => t.capitalised || !!lex.sourceRoleOrModifier(t)) || lex.sourceKindOf(party.map((t) => t.lower).join(' ')) !== 'media';
  // ("…, said the strikes hit positions near Masyaf, killing…": a clause with a verb is what was said.)
  const clause = party.length > 10 || party.some((t) => !!lex.outcome(t) || CLAUSE_VERBS.test(t.lower));
  return (!next || next.kind === 'punct') && named && !clause;
}
const CLAUSE_VERBS = /^(hit|struck|targeted|shelled|bombed|attacked|was|were|is|are|had|has|have|would|will)$/;

/** The comma that opens an apposition closed at `closing` ("X, a Britain-based monitor, said"). */
function appositionStart(tokens: Token[], closing: number): number | undefined {
  // ("X, which relies on a network of activists, lawyers and doctors, said": a relative clause
  // opens the apposition, whatever list commas it holds.)
  for (let k = closing - 2; k > 0 && k > closing - 40 && (tokens[k].kind !== 'punct' || tokens[k].norm === ','); k--) {
    if (tokens[k].norm === ',' && /^(which|who|whose)$/.test(tokens[k + 1]?.lower ?? '') && (tokens[k - 1].kind === 'word' || tokens[k - 1].norm === ')')) return k;
  }
  for (let k = closing - 2; k > 0 && k > closing - 40; k--) {
    // ("Suwayda 24, a local news network, said": a name may end in its number.)
    // ("The Syrian American Medical Society (SAMS), a charity, said": or its acronym in brackets.)
    if (tokens[k].norm === ',' && (tokens[k - 1].kind === 'word' || tokens[k - 1].norm === ')' || (tokens[k - 1].kind === 'number' && !!tokens[k - 2]?.capitalised))) return k;
    // ("…, Dr. Ibrahim Hadid, said": the stop of a title.)
    if (tokens[k].norm === '.' && TITLE.test(tokens[k - 1]?.lower ?? '')) continue;
    if (tokens[k].kind === 'punct' && tokens[k].norm !== '-' && tokens[k].norm !== '(' && tokens[k].norm !== ')') return undefined;
  }
  return undefined;
}

/**
 * The words before an Arabic verb of saying that name its subject: after "أما" ("أما المرصد فقال"),
 * or a name headed by a source's head noun right before the verb ("المرصد السوري قال إن").
 */
function arabicSubjectBefore(tokens: Token[], verb: number, lex: Lexicon): Token[] {
  const words: Token[] = [];
  let topic = false;
  for (let k = verb - 1, reach = verb - 8; k >= 0 && k >= reach; k--) {
    const t = tokens[k];
    // ("أما منظمة «أطباء بلا حدود»، التي تدعم المشفى منذ عام ٢٠١٢، فقالت": a relative clause
    // between commas describes the subject; the subject is before it.)
    const relative = !words.length && t.norm === '،' ? relativeClauseBefore(tokens, k) : undefined;
    if (relative !== undefined) {
      reach -= k - relative;
      k = relative;
      continue;
    }
    if (t.norm === 'اما') {
      topic = true;
      break;
    }
    if (t.kind === 'punct' && !QUOTES.has(t.norm)) break;
    // ("فقد وثّق": the particle before a past verb, not "فقد", lost.)
    if (k === verb - 1 && /^(قد|لقد|فقد|وقد)$/.test(t.norm)) continue;
    if (t.kind === 'word' && (lex.outcome(t) || lex.sayingVerb(t))) break;
    words.unshift(t);
  }
  // "وكانت وزارة الداخلية قد أعلنت": the pluperfect's "كان … قد" around the speaker.
  if (/^(قد|لقد)$/.test(words[words.length - 1]?.norm ?? '')) words.pop();
  if (/^و?(كان|كانت|كانوا)$/.test(words[0]?.norm ?? '')) words.shift();
  // ("غير أن لجان التنسيق المحلية أحصت": a particle of contrast before the subject.)
  if (/^(غير|الا)$/.test(words[0]?.norm ?? '') && words[1]?.norm === 'ان') words.splice(0, 2);
  else if (/^و?(لكن|بينما|فيما)$/.test(words[0]?.norm ?? '')) words.shift();
  // ("أما مركز حلب الإعلامي فقد وثّق": after "أما" the subject is whatever it names; "أما في درعا
  // فقد…" names a place, no speaker.)
  if (topic) return words.length && !/^(في|من|على|علي|الى|الي|عن|ب)$/.test(words[0].norm) ? words : [];
  const head = words.find((t) => t.kind === 'word');
  // (A word may begin with و of its own: "وزارة".)
  return head && (SOURCE_HEADS.has(head.norm) || SOURCE_HEADS.has(head.norm.replace(/^و/, ''))) ? words : [];
}

/**
 * English names that say whom someone speaks for: "a spokesman for the Kurdish YPG militia" is the
 * militia; "the White Helmets civil defence group" is the White Helmets, its description after it.
 */
function spokenFor(name: string): string {
  // ("the city's recovery team": whose place it is is no part of the body's name.)
  name = name.replace(/^(?:the )?(?:city|town|village|province|region|camp)['’]s (?=[a-z])/, '');
  // (A body named by a proper name: not "a spokesman for the group", which points back.)
  const body = name.match(/^(?:an? |the )?(?:spokes(?:man|woman|person)|official) (?:for|of) (?:the )?([A-Z].+)$/)?.[1] ?? name;
  // (Two capitalised words at least: "Syrian civil defence group" is a description as a whole.)
  // ("the Kurdish Asayish internal security forces": the same.)
  const described = body.match(/^((?:[A-Z][\w'’-]* ){1,3}[A-Z][\w'’-]*) (?:[a-z][\w-]* ){1,3}(?:group|organisation|organization|forces)$/)?.[1] ?? body;
  // ("Damascus Police Commander Major General Hussein Jumaa": the office, before the rank and name.)
  return described.match(/^((?:[A-Z][\w'’-]* ){1,3}(?:Commander|Chief|Director|Governor|Minister|Spokesman|Head)) (?:Major General|Brigadier General|Lieutenant General|General|Colonel|Brigadier|Lieutenant|Captain|Major|Brig\. Gen\.|Maj\. Gen\.) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}$/)?.[1] ?? described;
}

/** Where a relative clause ending at the comma `comma` opens ("، التي …،"): the comma before its pronoun. */
function relativeClauseBefore(tokens: Token[], comma: number): number | undefined {
  for (let j = comma - 1; j >= 1 && j >= comma - 14; j--) {
    if (tokens[j].kind === 'punct' && !QUOTES.has(tokens[j].norm)) return undefined;
    if (/^(التي|الذي|الذين)$/.test(tokens[j].norm) && tokens[j - 1].norm === '،') return j - 1;
  }
  return undefined;
}

/** "وفقاً لمصادر محلية": the preposition ل is written on the source's first word. */
function peelLam(tokens: Token[], start: number, lex: Lexicon): Token[] {
  const t = tokens[start];
  // ("بحسب بيان لهيئة الصحة", "وفق إحصائية لمنظمة…": whose statement, by the same preposition.)
  const before = tokens[start - 1]?.norm ?? '';
  // (Not "بحسب بيان لهم": a pronoun is no speaker's name.)
  if (lex.language !== 'ar' || !t || !/^ل[^ل]/.test(t.norm) || PRONOUN_OF.test(t.norm) || !(/^و?(وفقا|طبقا|استنادا|نقلا)$/.test(before) || REPORT_NOUNS_AR.test(before))) return tokens;
  const copy = [...tokens];
  copy[start] = { ...t, norm: t.norm.slice(1), start: t.start + 1, forms: undefined };
  return copy;
}

/** English puts the speaker first: "the Syrian Observatory for Human Rights said". */
function subjectBefore(tokens: Token[], verb: number, body: string, lex: Lexicon, memory: SourceMemory, orLast: boolean): ReturnType<SourceMemory['resolve']>[] {
  // "SANA blamed "terrorist groups" for the killings and said…": the verb shares the sentence's subject.
  // ("initially reported 14 dead, but later said the toll had risen": so does one after "but", an adverb between.)
  const conjunction = SPEAKER_ADVERBS.test(tokens[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
  if (/^(and|but)$/.test(tokens[conjunction]?.lower ?? '')) {
    const opening = sentenceSubject(tokens, conjunction, lex);
    if (opening.length) {
      const name = body.slice(opening[0].start, opening[opening.length - 1].end);
      return [memory.resolve(name, lex.sourceKindOf(name), lex)];
    }
    return orLast && memory.last ? [memory.last] : [];
  }
  const opener = speakerBeforeClause(tokens, verb, lex);
  if (opener) {
    const name = body.slice(opener[0].start, opener[opener.length - 1].end);
    return [memory.resolve(name, lex.sourceKindOf(name), lex)];
  }
  const words: Token[] = [];
  let spokenFor: Token[] | undefined;
  // "the Syrian Democratic Forces (SDF) said": the bracketed acronym repeats the name before it.
  // ("the Syrian Civil Defence (White Helmets) said": the other name in brackets may have words.)
  const opening = tokens[verb - 1]?.norm === ')' ? [2, 3, 4, 5].map((d) => verb - 1 - d).find((k) => tokens[k]?.norm === '(') : undefined;
  const from = opening !== undefined ? opening - 1 : verb - 1;
  // ("X and Y said": two names, each as long as one.)
  // (A name of capitalised words joined by "of", "for" may be longer: "Centre for Reconciliation of the Opposing Sides".)
  const capitalisedName = () => words.length > 0 && words.every((w, j) => w.capitalised || /^(of|for|the|and)$/.test(w.lower) || (w.lower === 'in' && words[j + 1]?.raw === 'Syria'));
  for (let k = from; k >= 0 && words.length < (words.some((w) => w.lower === 'and') ? 2 * MAX_NAME_WORDS + 1 : capitalisedName() ? 2 * MAX_NAME_WORDS : MAX_NAME_WORDS); k--) {
    const t = tokens[k];
    // "Medical sources in Daraa told…", "a doctor at the town's main hospital said": where the
    // speaker is is no part of the speaker's name.
    // ("The National Organisation for Human Rights in Syria said": "in Syria" closes a capitalised name.)
    const inCountry = t.lower === 'in' && words.length === 1 && words[0].raw === 'Syria' && !!tokens[k - 1]?.capitalised && !!tokens[k - 2]?.capitalised;
    if (words.length && /^(in|from|at)$/.test(t.lower) && (tokens[k - 1]?.kind === 'word' || tokens[k - 1]?.norm === ')') && !inCountry) {
      // ("A source at Hama Police Command told…": a nameless source speaks for the body named.)
      spokenFor = words.every((w) => w.capitalised) ? [...words] : undefined;
      words.length = 0;
      continue;
    }
    // ("The Internal Security Forces (Asayish) in Raqqa announced": past where, the acronym in
    // brackets repeats the name before it.)
    if (!words.length && t.norm === ')' && k < from) {
      const open = [2, 3, 4, 5].map((d) => k - d).find((j) => tokens[j]?.norm === '(');
      if (open !== undefined) {
        k = open;
        continue;
      }
    }
    // ("An earlier toll issued by our centre at 3pm put the number of dead at 21": a time is no speaker.)
    if (!words.length && /^(am|pm)$/.test(t.lower) && tokens[k - 1]?.kind === 'number') break;
    // "A rebel commander reached by AFP said": who reached him is not the speaker.
    if (words.length && t.lower === 'by' && /ed$/.test(tokens[k - 1]?.lower ?? '')) {
      words.length = 0;
      k--;
      continue;
    }
    // "Suwayda 24 reported": a number ends a name that it follows.
    // ("The activist-run Deir Ezzor 24 network said": or stands inside one, before its head.)
    if (t.kind === 'number' && tokens[k - 1]?.capitalised && (!words.length || (words.length === 1 && /^(network|agency|website|channel)$/.test(words[0].lower)))) {
      words.unshift(t);
      continue;
    }
    // "U.S.-backed forces said": an abbreviation's letters and stops before a hyphen are part of it.
    if (words.length && t.norm === '-' && tokens[k - 1]?.norm === '.') {
      let a = k - 1;
      while (a >= 0 && (tokens[a].norm === '.' || /^[A-Z]$/.test(tokens[a].raw))) a--;
      words.unshift(...tokens.slice(a + 1, k + 1));
      k = a + 1;
      continue;
    }
    // "Ministry of National Defence": "of" between capitalised words is part of a name.
    // "It later raised…": an adverb before the verb is no part of who.
    if (!words.length && SPEAKER_ADVERBS.test(t.lower)) continue;
    // ("The Health Ministry has said", "SOHR activists have also learned": the verb's auxiliary.)
    // ("Activists on Sunday have said": past the day too.)
    if (!words.length && /^(has|have)$/.test(t.lower) && tokens[k - 1]?.kind === 'word') {
      if (lex.weekdayAt(tokens, k - 1) && tokens[k - 2]?.lower === 'on') k -= 2;
      continue;
    }
    // ("Raqqa is Being Slaughtered Silently said": so is "is" in a name of capitalised words.)
    // ("Reconciliation of the Opposing Sides": "the" may follow "of".)
    const nameStart = words[0]?.lower === 'the' ? words[1] : words[0];
    // ("The local council of Sheikh Maqsoud said": a body named for its town, "of" after its head.)
    const bodyOf = t.lower === 'of' && !!nameStart?.capitalised && /^(council|committee|office|directorate|department|administration|municipality|command)$/.test(tokens[k - 1]?.lower ?? '');
    const inName = ((/^(of|is|for)$/.test(t.lower) || inCountry) && !!nameStart?.capitalised && !!tokens[k - 1]?.capitalised) || bodyOf;
    // ("a 56-year-old man said": his age is part of how he is named.)
    if (t.norm === '-' && tokens[k - 1]?.kind === 'number' && /^(year|month)s?-old$/.test(words[0]?.lower ?? '')) {
      words.unshift(tokens[k - 1], t);
      k--;
      continue;
    }
    // ("the Daraa Martyrs Documentation Office said": a capitalised word of the dead inside a name.)
    const namesTheDead = !!lex.outcome(t) && t.capitalised && !!tokens[k - 1]?.capitalised && !!words[0]?.capitalised;
    // ("a relative of one of the victims said": whose relative, "one of" them.)
    const oneOf = t.lower === 'one' && tokens[k + 1]?.lower === 'of' && words.length > 0;
    const kinOf = t.lower === 'of' && words.length > 0 && /^(one|relative|relatives|brother|sister|father|mother|son|daughter|cousin|uncle|neighbour|neighbor|friend|member)$/.test(tokens[k - 1]?.lower ?? '');
    if (!inName && !kinOf && (t.kind !== 'word' || lex.endsSourceName(t) || (lex.outcome(t) && !namesTheDead) || (lex.numberAt(tokens, k) && !oneOf))) break;
    // ("a man who gave only his first name, Ali, said", "a resident who asked not to be named said":
    // a relative clause of how he would be named describes the speaker before it.)
    if (t.lower === 'who' && /^(gave|declined|asked|requested|spoke|did|refused|would)$/.test(words[0]?.lower ?? '')) {
      words.length = 0;
      continue;
    }
    // ("…, while an SNA commander told Enab Baladi": a conjunction opens the speaker's clause.)
    if (!inName && (/^(it|had|has|have|they|he|she|who|which|was|were|is|are|that|while|whereas|although|though)$/.test(t.lower) || lex.sayingVerb(t))) break;
    // ("said the bombardment since the army announced its offensive had killed 237": a verb in a
    // clause of time or cause inside what was said has no speaker of the figure.)
    if (/^(since|after|before|until|because)$/.test(t.lower)) {
      words.length = 0;
      break;
    }
    words.unshift(t);
  }
  // ("A preliminary count by the local council put the number at…": whose count it is speaks.)
  const countBy = words.findIndex((w, j) => w.lower === 'by' && /^(count|tally|toll|estimate|report|statement|figures)$/.test(words[j - 1]?.lower ?? ''));
  if (countBy > 0 && countBy < words.length - 1) words.splice(0, countBy + 1);
  while (words.length && /^(the|a|an|and|is|of)$/.test(words[0].lower)) words.shift();
  if (spokenFor && words.length === 1 && /^(source|sources|official|officials|spokesman|spokeswoman|spokesperson)$/.test(words[0].lower)) words.splice(0, 1, ...spokenFor);
  // "a doctor there told": the adverb is no part of who.
  while (words.length > 1 && SPEAKER_ADVERBS.test(words[words.length - 1].lower)) words.pop();
  if (!words.length || (/^(he|she|they|it|who|which|officials?)$/.test(words[words.length - 1].lower) && words.length === 1)) {
    // "The Ebaa news agency gave a different picture: it said…": the pronoun is the sentence's subject.
    const opening = /^(it|they)$/.test(tokens[verb - 1]?.lower ?? '') ? sentenceSubject(tokens, verb - 1, lex) : [];
    if (opening.length) return [memory.resolve(body.slice(opening[0].start, opening[opening.length - 1].end), lex.sourceKindOf(body.slice(opening[0].start, opening[opening.length - 1].end)), lex)];
    return orLast && memory.last ? [memory.last] : [];
  }
  // "activists and officials said": two speakers.
  const and = words.findIndex((t, j) => j > 0 && t.lower === 'and' && j < words.length - 1);
  // (Not "the Ministry of Health and Population"; but "a relative of one of them and a local activist".)
  const described = words.slice(0, and).every((t) => !t.capitalised);
  const groups = and > 0 && (described || !words.slice(0, and).some((t) => t.lower === 'of')) ? [words.slice(0, and), words.slice(and + 1)] : [words];
  return groups
    .map((group) => properName(group))
    .filter((group) => group.length)
    .map((group) => {
      const name = body.slice(group[0].start, group[group.length - 1].end);
      return memory.resolve(name, lex.sourceKindOf(name), lex);
    });
}

/**
 * English speakers with more words between them and their verb than a name has: "Doctors in the
 * besieged rebel enclave of Eastern Ghouta say", "rebels who drove ISIS out of its headquarters
 * in the Qadi Askar district say". The clause opens with a word for sources (or a capitalised
 * name) and goes on with where they are or a relative clause; that word speaks.
 */
function speakerBeforeClause(tokens: Token[], verb: number, lex: Lexicon): Token[] | undefined {
  if (lex.language !== 'en') return undefined;
  let from = verb - 1;
  while (from > 0 && tokens[from - 1].kind === 'word' && !lex.outcome(tokens[from - 1]) && !lex.numberAt(tokens, from - 1) && verb - from < 16) from--;
  if (from > 0 && tokens[from - 1].kind === 'word') return undefined;
  if (verb - from <= MAX_NAME_WORDS) return undefined;
  const words = tokens.slice(from, verb);
  const breakAt = words.findIndex((t, j) => j > 0 && /^(in|from|at|who|which|that)$/.test(t.lower));
  if (breakAt < 1 || breakAt > 3) return undefined;
  const speaker = words.slice(0, breakAt).filter((t, j) => j > 0 || !/^(the|a|an)$/.test(t.lower));
  const name = speaker.map((t) => t.raw).join(' ');
  return speaker.length && (lex.isGenericSource(name) || lex.isGenericSource(speaker[speaker.length - 1].raw) || /^(doctors?|rebels?|rescuers?|volunteers?|monitors?|residents?|witness|witnesses|medics?|paramedics?|nurses?|activists?|officials?|commanders?|elders?|survivors?|relatives?|neighbou?rs?|journalists?|reporters?)$/i.test(speaker[speaker.length - 1].raw)) ? speaker : undefined;
}

/**
 * The name a sentence opens with, when it names a body that speaks (an agency, a ministry, a
 * monitor…) and a clause stands between it and the verb of saying.
 */
function sentenceSubject(tokens: Token[], verb: number, lex: Lexicon): Token[] {
  const words: Token[] = [];
  let headSeen = false;
  for (let k = 0; k < verb && words.length < MAX_NAME_WORDS + 2; k++) {
    const t = tokens[k];
    const head = BODY_HEADS.test(t.lower);
    // The name ends at the first word after its head that is neither a name nor a head ("… agency gave").
    if (t.kind !== 'word' || lex.sayingVerb(t) || (headSeen && !head && !t.capitalised)) break;
    headSeen ||= head;
    words.push(t);
  }
  const name = properName(words.filter((t, j) => j > 0 || !/^(the|a|an)$/.test(t.lower)));
  const between = tokens.slice(words.length, verb).some((t) => t.kind === 'punct');
  // ("Syria's state news agency SANA": the head may be in the description the proper name drops.)
  return between && words.some((t) => BODY_HEADS.test(t.lower)) ? name : [];
}
const MEDIUM = /^(tv|radio|television)$/;
const SPEAKER_ADVERBS = /^(there|here|also|later|earlier|first|initially|then|today|yesterday)$/;
const BODY_HEADS = /^(agency|network|ministry|observatory|monitor|group|council|forces|army|command|committee|center|centre|office|organisation|organization|directorate|agency's|news)$/;

/**
 * "local news outlet Suwayda 24", "State news agency SANA", "the Britain-based Syrian Observatory":
 * the describing words before a proper name are no part of it.
 */
function properName(all: Token[]): Token[] {
  // "according to SOHR statistics", "UN figures": whose records they are is the source.
  let to = all.length;
  // ("an SDF statement said": whose statement it is.)
  while (to > 1 && all[to - 2].capitalised && /^(statistics|figures|data|tally|count|records|documentation|statement|statements|communique|report|announcement)$/.test(all[to - 1].lower)) to--;
  const words = all.slice(0, to);
  let from = 0;
  while (from < words.length && /^(the|a|an)$/.test(words[from].lower)) from++;
  // ("the US-led coalition" keeps its adjective: no proper name follows it.)
  // ("State-run TV" keeps it too: a medium alone names nobody.)
  const mediumAlone = words.length - from === 2 && MEDIUM.test(words[from + 1].lower);
  if (from < words.length - 1 && !mediumAlone && /-(based|affiliated|backed|run|linked|led|allied|owned|funded)$/.test(words[from].lower) && words[from + 1].capitalised) from++;
  // ("Centre for Reconciliation of the Opposing Sides": "the" after "of" is inside the name.)
  const lastLower = words.findLastIndex(
    (t, j) => j >= from && t.kind === 'word' && !t.capitalised && !/^(of|for|and|al|el|is)$/.test(t.lower) && !/^(al|el|ez|ad|as|ash|ar|at|az|an)-/.test(t.lower) && !(t.lower === 'the' && /^(of|for)$/.test(words[j - 1]?.lower ?? '')) && !(t.lower === 'in' && words[j + 1]?.raw === 'Syria' && j > from),
  );
  const tail = words.slice(lastLower + 1);
  // "state TV" is a name as a whole: a medium alone names nobody.
  const medium = tail.length === 1 && MEDIUM.test(tail[0].lower);
  return lastLower >= from && tail.length && tail[0].capitalised && !medium ? tail : words.slice(from);
}

/**
 * The parties named from token `start`: "كلٌّ من "مركز حمص الإعلامي" المعارض، ووكالة أعماق"
 * gives two; "عضو "تنسيقية مدينة تدمر"، الناشط خالد الحمصي" gives one (an apposition).
 */
function partiesAt(tokens: Token[], start: number, lex: Lexicon, outletWords: ReadonlySet<string>): Token[][] {
  const parties: Token[][] = [];
  let current: Token[] = [];
  let inQuote = false;
  let conjunctionAt = -1;
  let k = start;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (QUOTES.has(t.norm)) {
      // ("أعلنت رئاسة الأركان التركية «تحييد» ٢٢": what is said, in quotation marks, after the name.)
      if (!inQuote && current.length && lex.endsSourceName(tokens[k + 1] ?? t)) break;
      inQuote = !inQuote;
      current.push(t);
      continue;
    }
    if (inQuote) {
      current.push(t);
      continue;
    }
    if (t.kind === 'punct' && t.norm !== '-') {
      // "said Dr. Hassan Sheikho": the full stop of a title ends nothing.
      if (t.norm === '.' && TITLE.test(tokens[k - 1]?.lower ?? '')) {
        current.push(t);
        continue;
      }
      if (t.norm !== '،' && t.norm !== ',') break;
      const next = tokens[k + 1];
      // After a comma, a part joined with "و" is another party; one without is an apposition
      // (English: "said Dr. Hassan Sheikho, who heads…" describes the speaker already named).
      // ("المرصد السوري، ومقره لندن،": where it is based describes it, no second party.)
      if (next && lex.isAnd(next) !== undefined && current.length && /^و(مقره|مقرها|مقرهم)$/.test(next.norm)) break;
      // ("أعلنت الوزارة تشكيل لجنة، وقالت إن…": a verb of saying after the comma is the same speaker's.)
      if (next && lex.isAnd(next) !== undefined && lex.sayingVerb(next)) break;
      if (next && lex.isAnd(next) !== undefined && current.length) {
        parties.push(current);
        current = [];
        conjunctionAt = k + 1;
      } else if (current.length && (lex.language === 'en' || (next && lex.sourceRoleOrModifier(next) === 'modifier'))) break;
      // ("مجلس تل أبيض العسكري، المنضوي في قسد": an Arabic apposition that describes ends the name too.)
      continue;
    }
    // "مسؤول في الدفاع المدني", "مصدر في الشرطة": an official is named by whom he speaks for.
    // ("ناشط من كفرنبودة" is an activist from a town: a person is not named by where he is from.)
    // ("الناطق باسم الجبهة الوطنية للتحرير": with the article too.)
    // ("مدير المكتب الإعلامي في الدفاع المدني": the office's adjective too.)
    if (lex.language === 'ar' && OFFICIAL_OF.test(t.norm) && current.length && current.every((w, j) => w.kind !== 'word' || spokesman(w) || (t.norm !== 'من' && lex.sourceRoleOrModifier(w)) || (w.norm === 'الاعلامي' && j > 0 && spokesman(current[j - 1])))) {
      current.push(t);
      continue;
    }
    // "مسؤول في الدفاع المدني بإدلب": where the official is ends whom he speaks for.
    const officialAt = lex.language === 'ar' ? current.findIndex((w) => OFFICIAL_OF.test(w.norm)) : -1;
    if (officialAt > 0 && officialAt < current.length - 1 && /^ب[^ب]{2,}/.test(t.norm)) break;
    // "the local news network Daraa 24": a number closing a name is part of it.
    // ("مراسل درعا 24", "شبكة السويداء 24": the same in Arabic, the number last before the stop.)
    // ("حصلت عليها السويداء 24 من المشفى", not "وثّق المرصد 12 من الضحايا": a count follows there.)
    // ("وفق ما وثقته شبكة السويداء 24 حتى ظهر اليوم": or a time it holds until; "قالت شبكة دير
    // الزور 24 إن…": or what it said.)
    const nameEnd = !tokens[k + 1] || tokens[k + 1].kind === 'punct' || (lex.language === 'ar' && ((/^(من|عن|في)$/.test(tokens[k + 1].norm) && !!tokens[k + 2] && !lex.victim(tokens[k + 2]) && !lex.outcome(tokens[k + 2])) || (tokens[k + 1].norm === 'حتي' && /^(ظهر|صباح|مساء|فجر|ليل|ليله|الان|اللحظه|لحظه|منتصف|ساعات|ساعه)$/.test(tokens[k + 2]?.norm ?? '')) || /^(ان|بان|انه|بانه|اكثر|نحو|قرابه|حوالي)$/.test(tokens[k + 1].norm)));
    if (t.kind === 'number' && nameEnd && (tokens[k - 1]?.capitalised || (lex.language === 'ar' && current.length > 0 && tokens[k - 1]?.kind === 'word' && Number(t.norm) < 100))) {
      current.push(t);
      if (tokens[k + 1]?.norm === 'حتي') break;
      continue;
    }
    // "بحسب التنسيقية، التي قالت…", "وفقاً لمصادر المرصد، فإن عناصر…": a relative pronoun or "إن"
    // begins what is said of the party or by it.
    if (lex.language === 'ar' && current.length && SAID_BEGINS.test(t.norm)) break;
    // ("according to relatives who spoke to Enab Baladi": so does an English one.)
    if (lex.language === 'en' && current.length && /^(who|whom|which|that)$/.test(t.lower)) break;
    // "مصادر طبية أبلغت المرصد": the party's own verb of saying ends its name; so do "عبر حسابها"
    // (through its account), "نقلاً عن" (quoting), and a verbal noun with its pronoun ("إعدامهم").
    if (lex.language === 'ar' && current.length && (lex.sayingVerb(t) || NAME_ENDS_AR.test(t.norm))) break;
    // "عضو في مركز حلب الإعلامي لأورينت نت": to whom it was told ends the name.
    if (lex.language === 'ar' && current.length && toldTo(t, outletWords)) break;
    // ("مدير المستشفى الميداني في البلدة الطبيب محمد خير الأحمد": past where the office is, the person by his title.)
    const titleAt = lex.language === 'ar' && t.norm === 'في' && current.length ? [k + 2, k + 3].find((m) => PERSON_TITLES.test(tokens[m]?.norm ?? '') && tokens[m + 1]?.kind === 'word' && tokens.slice(k + 1, m).every((w) => w.kind === 'word')) : undefined;
    if (titleAt !== undefined) {
      current.push(...tokens.slice(k, titleAt));
      k = titleAt - 1;
      continue;
    }
    // ("أفاد به أحد أقارب المخطوفين", "أحد الأهالي": one of them speaks; "مدير أحد مراكز الدفاع
    // المدني": one of them after a title.)
    if (lex.language === 'ar' && current.every((w) => lex.sourceRoleOrModifier(w)) && /^(احد|احدي)$/.test(t.norm) && tokens[k + 1]?.kind === 'word') {
      current.push(t);
      continue;
    }
    // ("المركز الإعلامي لـ«قسد»": an office's "ل" before an armed group is whose office, not to whom
    // it spoke; the group speaks.)
    if (lex.language === 'ar' && t.norm === 'ل' && /^ال(اعلامي|عامه)$/.test(current[current.length - 1]?.norm ?? '') && QUOTES.has(tokens[k + 1]?.norm ?? '') && lex.actorAt(tokens, k + 2)) {
      current.push(t);
      continue;
    }
    // ("according to the Turkish Ministry of National Defense": "of" between capitalised words is inside the name.)
    if (lex.language === 'en' && t.lower === 'of' && current.length && current[current.length - 1].capitalised && !!tokens[k + 1]?.capitalised) {
      current.push(t);
      continue;
    }
    // ("مكتب توثيق الشهداء", "مركز توثيق الانتهاكات": documenting, in construct after a body's
    // head noun, is the body's name, not what it documented.)
    if (lex.language === 'ar' && t.norm === 'توثيق' && DOCUMENTING_BODY.test(current[current.length - 1]?.norm ?? '')) {
      current.push(t);
      // (What it documents, "الشهداء", is named even when it is a word of casualties.)
      if (/^ال/.test(tokens[k + 1]?.norm ?? '')) current.push(tokens[++k]);
      continue;
    }
    if (lex.endsSourceName(t) || lex.numberAt(tokens, k) || (lex.outcome(t) && !current.length)) {
      // ("مدير أحد مراكز الدفاع المدني في حلب، أبو يامن الحلبي": the head of one of many is no
      // body's voice; the person named in apposition speaks.)
      const person = lex.language === 'ar' ? personAfterOneOf(tokens, k, current) : undefined;
      if (person) current = person;
      break;
    }
    // "سجّل التقرير ما لا يقل عن 209": a qualifier begins what was said.
    if (current.length && lex.language === 'ar' && COUNT_OPENERS.has(t.norm)) break;
    // ("أحصت عدداً أكبر": what was counted follows the verb, not who counted.)
    if (lex.language === 'ar' && /^(عدد|عددا|اعداد|اعدادا)$/.test(t.norm)) break;
    // ("according to the Daraa Martyrs Documentation Office": a capitalised word of the dead inside a name.)
    if (lex.outcome(t) && !(t.capitalised && !!tokens[k + 1]?.capitalised && !!current[current.length - 1]?.capitalised)) break;
    // "قناة "حميميم" وموقع "روسيا اليوم"", "الدفاع المدني ومصادر طبية": a new party after a
    // closing quote, or a conjunction on a word that heads a source's name.
    const conjoined = lex.isAnd(t);
    // ("according to the Observatory and a doctor at the hospital", "activists and residents": in
    // English an article or a word for sources after "and" begins another party; a capitalised word
    // may continue a name, as in "Justice and Accountability".)
    const anotherParty =
      lex.language === 'ar'
        ? QUOTES.has(tokens[k - 1]?.norm) || SOURCE_HEADS.has(conjoined ?? '')
        : /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '') || (!tokens[k + 1]?.capitalised && !!tokens[k + 1] && lex.isGenericSource(tokens[k + 1].raw));
    if (current.length && conjoined !== undefined && anotherParty) {
      parties.push(current);
      current = [];
      conjunctionAt = k;
    }
    // The conjunction is no part of the name: "ووكالة أعماق" is "وكالة أعماق".
    if (k === conjunctionAt && lex.language === 'en') continue;
    current.push(k === conjunctionAt && lex.language === 'ar' ? { ...t, norm: t.norm.slice(1), start: t.start + 1, forms: undefined } : t);
  }
  if (current.length) parties.push(current);
  return parties.filter((p) => p.some((t) => t.kind === 'word' && lex.sourceRoleOrModifier(t) !== 'modifier') && !(p.length === 1 && PRONOUN_PHRASE.test(p[0].norm)));
}

/** A party's name as written: the quoted name (with its head noun: قناة "حميميم"), else its words. */
function nameOf(whole: Token[], body: string, lex: Lexicon): string {
  const party = beforeModifiers(whole, lex);
  const open = party.findIndex((t) => QUOTES.has(t.norm));
  if (open >= 0) {
    const close = party.findIndex((t, j) => j > open && QUOTES.has(t.norm));
    const inner = party.slice(open + 1, close < 0 ? undefined : close).filter((t) => t.kind !== 'punct' || t.norm === '-');
    if (inner.length) {
      const head = party[open - 1];
      const name = body.slice(inner[0].start, inner[inner.length - 1].end);
      return head && head.kind === 'word' && isHeadNoun(head) ? `${body.slice(head.start, head.end)} ${name}` : name;
    }
  }
  // English after the verb or "according to": "the local news network Daraa 24" is Daraa 24,
  // "a local rights group" is that phrase, as in the speaker before a verb.
  if (lex.language === 'en' && party.every((t) => t.kind !== 'punct')) {
    const name = properName(party);
    if (name.length) return body.slice(name[0].start, name[name.length - 1].end);
  }
  return plainName(party, body, lex);
}

/** "ووكالة أعماق التابعة لتنظيم "داعش"": the name ends where a describing word begins. */
function beforeModifiers(party: Token[], lex: Lexicon): Token[] {
  let inQuote = false;
  let named = false;
  for (const [j, t] of party.entries()) {
    if (QUOTES.has(t.norm)) {
      inQuote = !inQuote;
      named = true;
      continue;
    }
    if (inQuote || t.kind !== 'word') continue;
    if (named && describesAt(party, j, lex)) return party.slice(0, j);
    if (!lex.sourceRoleOrModifier(t) && !ARTICLES.test(t.lower)) named = true;
  }
  return party;
}

const OFFICIAL_OF = /^(في|باسم|من)$/;
const CLOSE_TO = /^(ال)?(مقرب|مقربه|مقربين|مقربون|قريب|قريبه)$/;
/** A title that names nobody by itself ("المسؤول"), before a person's name in apposition. */
const ANAPHORIC_TITLE = /^(المسوول|المتحدث|الناطق|القيادي|القايد|الناشط|الطبيب|المدير|الضابط)$/;
/** "التلفزيون الرسمي السوري": the state's medium is named with "official", no description of it. */
function officialMedium(party: Token[], j: number): boolean {
  return j > 0 && /^ال(رسمي|رسميه)$/.test(party[j].norm) && /^(التلفزيون|الاعلام|القناه|الاذاعه|الوكاله)$/.test(party[j - 1].norm);
}

/**
 * Does a describing word ("التابعة", "المعارض", "من") begin at party[j], ending the name before it?
 * ("مواقع إعلامية مقربة من الحزب": whom they are close to is part of who they are.)
 */
function describesAt(party: Token[], j: number, lex: Lexicon): boolean {
  // ("الناطق باسم الجبهة الوطنية للتحرير": whom a spokesman speaks for.)
  if (party[j].norm === 'باسم' && j > 0 && party.slice(0, j).every((w) => w.kind !== 'word' || spokesman(w) || !!lex.sourceRoleOrModifier(w))) return false;
  // ("الناطق الرسمي باسم الجبهة": the spokesman's office, not a description of a name.)
  if (/^ال(رسمي|رسميه|اعلامي)$/.test(party[j].norm) && j > 0 && spokesman(party[j - 1])) return false;
  if (officialMedium(party, j)) return false;
  return lex.sourceRoleOrModifier(party[j]) === 'modifier' && !(party[j].norm === 'من' && CLOSE_TO.test(party[j - 1]?.norm ?? ''));
}

/** "الناطق", "مدير", "المكتب": one who speaks for a body named after "باسم" or "في" (folded). */
function spokesman(t: Token): boolean {
  return SPOKESMEN.has(t.norm.replace(/^(و|ف)?ال/, ''));
}
const DOCUMENTING_BODY = /^و?(مكتب|مركز|لجنه|فريق|قسم|وحده|رابطه|هييه|شبكه|منظمه)$/;
// ("نشرت صفحات محلية خبر مقتل ثلاثة": the news of it, what was published.)
const NAME_ENDS_AR = /^(عبر|نقلا|بعد|خلال|اعدامهم|مقتلهم|استشهادهم|خبر|نبا|انباء)$/;
const SAID_BEGINS = /^(التي|الذي|الذين|اللذين|فان|ان|انه|انها|فانه|بان)$/;
/** "لأورينت نت", "لموقع تلفزيون سوريا", "لمراسل سانا": told to the outlet or its reporter. */
function toldTo(t: Token, outletWords: ReadonlySet<string>): boolean {
  if (!/^ل/.test(t.norm)) return false;
  // ("للسويداء 24": the lam joined to the article.)
  const rest = /^لل/.test(t.norm) ? `ال${t.norm.slice(2)}` : t.norm.slice(1);
  // ("للشبكة", "للوكالة": told to the medium named before.)
  return outletWords.has(rest) || TOLD_TO_HEADS.test(rest) || TOLD_TO_HEADS.test(rest.replace(/^ال/, ''));
}
const TOLD_TO_HEADS = /^(موقع|وكاله|قناه|صحيفه|مراسل|مراسله|شبكه|تلفزيون|وكالتنا|موقعنا|مراسلنا|شبكتنا)$/;

/** Media told something, by name: "لشبكة «السويداء 24»", "لوكالة سمارت" (the name as written, "ل" dropped). */
function addresseesIn(tokens: Token[], body: string, lex: Lexicon): string[] {
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (The media heads a speaker's words are told to, TOLD_TO_HEADS, without a reporter's.)
    const head = /^ل/.test(tokens[i].norm) && TOLD_TO_HEADS.test(tokens[i].norm.slice(1)) && !/^مراسل/.test(tokens[i].norm.slice(1));
    if (!head) continue;
    const quoted = QUOTES.has(tokens[i + 1]?.norm ?? '');
    let end = quoted ? i + 2 : i + 1;
    const last = quoted ? i + 5 : i + 2;
    // ("لوكالة سمارت إن…": what is said begins after the name.)
    // ("لشبكة السويداء 24": a number may close the name.)
    const inName = (t: Token) => (quoted ? !QUOTES.has(t.norm) : t.kind === 'number' || (!lex.endsSourceName(t) && !lex.sayingVerb(t)));
    while (end <= last && tokens[end] && (tokens[end].kind === 'word' || tokens[end].kind === 'number') && inName(tokens[end])) end++;
    if (end === (quoted ? i + 2 : i + 1) || (quoted && !QUOTES.has(tokens[end]?.norm ?? ''))) continue;
    const words = tokens.slice(quoted ? i + 2 : i + 1, end);
    names.push(`${body.slice(tokens[i].start + 1, tokens[i].end)} ${body.slice(words[0].start, words[words.length - 1].end)}`);
  }
  return names;
}
const ARTICLES = /^(a|an|the)$/;
const TITLE = /^(dr|mr|mrs|ms|gen|col|lt|maj|capt|sgt|brig|prof)$/;

/** Where the words before an apposition's comma begin ("the director of X hospital, Dr. Y,"): after the punctuation before them. */
function appositionStartOf(tokens: Token[], comma: number): number {
  let k = comma - 1;
  while (k > 0 && tokens[k - 1].kind !== 'punct') k--;
  return k;
}

/** "Dr. Ibrahim Hadid", "Raed al-Saleh": two to four capitalised words, a title and its stop before them dropped. */
function personalName(words: Token[]): Token[] | undefined {
  const name = TITLE.test(words[0]?.lower ?? '') && words[1]?.norm === '.' ? words.slice(2) : words;
  const capitalised = name.every((t) => t.kind === 'word' && (t.capitalised || /^(al|el|bin|ibn|abu|abd)(-|$)/.test(t.lower)));
  return name.length >= 2 && name.length <= 4 && capitalised && name[0].capitalised ? name : undefined;
}
/** The proper name of a body in apposition (`comma` … `closing`) to a description in lower case before it. */
function namedBodyAfterDescription(tokens: Token[], comma: number, closing: number): Token[] | undefined {
  const apposed = tokens.slice(comma + 1, closing);
  const name = apposed[0]?.lower === 'the' ? apposed.slice(1) : apposed;
  const proper = name.length >= 2 && name.length <= 6 && name[0].capitalised && name.every((t) => t.kind === 'word' && (t.capitalised || /^(of|for|and)$/.test(t.lower)));
  const description = tokens.slice(appositionStartOf(tokens, comma), comma);
  return proper && description.some((t) => t.kind === 'word' && !t.capitalised && !/^(the|a|an|of|for|and)$/.test(t.lower)) ? name : undefined;
}
const COUNT_OPENERS = new Set(['ما', 'نحو', 'قرابة', 'حوالي', 'أكثر', 'زهاء'].map(fold));
/** A person's title before his name (folded): "الطبيب", "الناشط", "العقيد". */
const PERSON_TITLES = /^(الطبيب|الدكتور|الناشط|المهندس|الصحفي|المحامي|العقيد|العميد|النقيب|الملازم|المقدم|الرايد)$/;
const SPOKESMEN = new Set(['مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'ناطق', 'متحدث', 'متحدثة', 'عضو', 'مدير', 'قائد', 'مراسل', 'مسؤولة', 'مصدرا', 'مكتب'].map(fold));
/** "تحدث فيها عن": a pronoun after the verb is no speaker. */
const PRONOUN_PHRASE = /^(فيها|فيه|فيهم|عنها|عنه|لها|له|لهم|منها|منه|بها|به|إليها|اليها|اليه)$/;

// ("حملة "الرقة تذبح بصمت"", "لجنة …", "رابطة …": a campaign, a committee, a league.)
const HEAD_NOUNS = new Set(['قناه', 'موقع', 'شبكه', 'وكاله', 'صحيفه', 'مركز', 'تنسيقيه', 'منظمه', 'هيئه', 'فصيل', 'جريده', 'اذاعه', 'تلفزيون', 'حركه', 'لواء', 'منصه', 'حمله', 'لجنه', 'رابطه']);
/** Words a source's name starts with, after which "و" joins another source. */
const SOURCE_HEADS = new Set([...HEAD_NOUNS, 'لجان', 'تنسيقيات', 'مصادر', 'مصدر', 'ناشطين', 'ناشطون', 'المرصد', 'الدفاع', 'مديريه', 'وزاره', 'الهلال', 'فرق', 'شهود', 'سكان', 'اهالي', 'قياده', 'رياسه', 'اداره', 'مجلس', 'مكتب']);
function isHeadNoun(t: Token): boolean {
  return HEAD_NOUNS.has(t.norm.replace(/^و/, ''));
}

/** The name in apposition ("، أبو يامن الحلبي،") after where "one of" the bodies is, from `k`. */
function personAfterOneOf(tokens: Token[], k: number, current: Token[]): Token[] | undefined {
  if (!current.some((t) => /^(احد|احدي)$/.test(t.norm))) return undefined;
  const comma = [k, k + 1, k + 2, k + 3].find((j) => tokens[j]?.norm === '،' && tokens.slice(k, j).every((t) => t.kind === 'word'));
  if (comma === undefined) return undefined;
  const person: Token[] = [];
  for (let j = comma + 1; tokens[j]?.kind === 'word' && person.length <= MAX_NAME_WORDS; j++) person.push(tokens[j]);
  return person.length >= 2 && person.length <= 4 && tokens[comma + 1 + person.length]?.norm === '،' ? person : undefined;
}

function plainName(party: Token[], body: string, lex: Lexicon): string {
  // ("مدير المستشفى الميداني في البلدة الطبيب محمد خير الأحمد": the person the office names, by his title.)
  const titled = lex.language === 'ar' ? party.findIndex((t, j) => j > 0 && PERSON_TITLES.test(t.norm) && party[j + 1]?.kind === 'word') : -1;
  if (titled > 0) {
    const name: Token[] = [];
    for (let j = titled + 1; j < party.length && party[j].kind === 'word' && name.length < MAX_NAME_WORDS; j++) name.push(party[j]);
    return stripConjunction(body.slice(name[0].start, name[name.length - 1].end));
  }
  const words: Token[] = [];
  for (const [j, t] of party.entries()) {
    // "Dr. Hassan Sheikho": a title and its full stop are no part of the name.
    if (TITLE.test(t.lower) && party[j + 1]?.norm === '.') continue;
    if (t.norm === '.' && TITLE.test(party[j - 1]?.lower ?? '')) continue;
    if (t.kind === 'number' && words.length && party[j - 1] === words[words.length - 1] && t.index === party[party.length - 1].index) {
      words.push(t);
      break;
    }
    if (t.kind !== 'word') {
      if (words.length) break;
      continue;
    }
    // "a local rights group": an article names nobody (without it, the describing words are the name).
    if (!words.length && ARTICLES.test(t.lower)) continue;
    // ("المكتب الإعلامي في الدفاع المدني بريف حلب": a body's office speaks for the body.)
    if (lex.language === 'ar' && t.norm === 'في' && words.length && words.length <= 2 && /^(المكتب|المركز)$/.test(words[0].norm) && (words.length === 1 || words[1].norm === 'الاعلامي')) {
      words.length = 0;
      continue;
    }
    // "عضو في مركز حلب الإعلامي": the official speaks for what follows "في".
    if (!words.length && lex.language === 'ar' && OFFICIAL_OF.test(t.norm)) {
      // ("ناشط من كفرنبودة": an activist from a town is named by what he is.)
      if (t.norm === 'من' && !party.slice(0, j).some((w) => SPOKESMEN.has(w.norm))) break;
      continue;
    }
    const role = lex.sourceRoleOrModifier(t);
    if (words.length && describesAt(party, j, lex)) break;
    if (role && !(words.length && officialMedium(party, j))) continue;
    // ("الناطق باسم X": the spokesman's body is the name.)
    // ("الناطق الرسمي باسم X": his office's adjective may stand between.)
    const office = /^ال(رسمي|رسميه|اعلامي)$/.test(party[j + 1]?.norm ?? '') ? j + 2 : j + 1;
    if (!words.length && lex.language === 'ar' && spokesman(t) && party[office]?.norm === 'باسم') continue;
    // ("الناشط الإعلامي أبو رامي", "الناشط الكردي آزاد حسن": what or whose the activist is, an
    // adjective of relation, describes him before the name.)
    if (!words.length && /^ال\S+ي$/.test(t.norm) && j > 0 && PERSON_ROLE.test(party[j - 1].norm) && !!party[j + 1] && party[j + 1].kind === 'word') continue;
    words.push(t);
    if (words.length === MAX_NAME_WORDS) break;
  }
  if (!words.length) return stripConjunction(body.slice(party[0].start, party[party.length - 1].end));
  // ("مدير المرصد، رامي عبد الرحمن", "المسؤول، مصطفى العبدو": a name in apposition after a comma;
  // the body before it speaks, or the person when only a title stands before.)
  const apposed = words.findIndex((w, m) => m > 0 && /[،,]/.test(body.slice(words[m - 1].end, w.start)));
  if (lex.language === 'ar' && apposed > 0) words.splice(...(apposed === 1 && ANAPHORIC_TITLE.test(words[0].norm) ? ([0, 1] as const) : ([apposed, words.length] as const)));
  // ("مدير المرصد رامي عبد الرحمن": a person's name right after the definite body he heads, with no
  // comma between; the body speaks, as after a comma.)
  const headed = lex.language === 'ar' && words.length > 1 && /^(مدير|رييس|مديره|رييسه)$/.test(party[party.indexOf(words[0]) - 1]?.norm ?? '') && /^ال/.test(words[0].norm);
  const personal = headed ? words.findIndex((w, m) => m > 0 && w.kind === 'word' && !/^(ال|لل|ل)/.test(w.norm)) : -1;
  // (Not "رئيس المجلس المحلي لمدينة دوما": a town after "لمدينة" is the body's own name.)
  if (personal > 0 && words.length - personal >= 2 && words.length - personal <= 4 && !/^ل/.test(words[personal - 1].norm)) words.splice(personal);
  // "مصادر المرصد السوري": the sources of a named body speak for it.
  if (lex.language === 'ar' && words.length > 1 && /^(مصادر|مصدر)$/.test(words[0].norm) && words[1].norm.startsWith('ال')) words.shift();
  const name = body.slice(words[0].start, words[words.length - 1].end);
  // "إحصائية للمرصد السوري": the preposition on the name is not part of it (لل = ل + ال).
  return stripConjunction(lex.language === 'ar' && words[0].norm.startsWith('لل') ? `ال${name.replace(/^لل/, '')}` : name);
}

/** A person named by what he is ("الناشط", "الصحفي", "المراسل"), folded. */
const PERSON_ROLE = /^(ال)?(ناشط|ناشطه|صحفي|صحفيه|مراسل|مراسله|طبيب|طبيبه|مسعف|قيادي|قايد|محامي)$/;

function kindOf(party: Token[], body: string, lex: Lexicon): SourceKind {
  const role = party.map((t) => lex.sourceRoleOrModifier(t)).find((r): r is SourceKind => !!r && r !== 'modifier');
  const named = lex.sourceKindOf(nameOf(party, body, lex));
  return named !== 'media' ? named : role ?? named;
}

function stripConjunction(name: string): string {
  return name.replace(/^(and|the)\s+/i, '').trim();
}
