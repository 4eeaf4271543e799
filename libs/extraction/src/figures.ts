import { Count, Outcome, Qualifier, Victims } from '@app/domain';
import { Lexicon, PhraseMatch, VictimWord } from './lexicon';
import { NumberPhrase } from './numbers';
import { Token } from './text';

/** A casualty figure found in one sentence, before attribution, place and date are added. */
export type Figure = {
  outcome: Outcome;
  victims: Victims;
  count: Count;
  preliminary: boolean;
  /** Index (in the sentence's figure list) of the figure this one is a part of. */
  subsetOf?: number;
  /** Token span of the evidence, inclusive. */
  first: number;
  last: number;
  clause: number;
  others?: boolean;
  ordinal?: boolean;
  /** "Among the dead were seven children": a part of casualties counted in an earlier sentence. */
  ofEarlier?: boolean;
  /** "Of the 10 dead, seven…": the earlier toll's number, when the text names it. */
  ofCount?: number;
  /** Fighters the text names by no side ("عدد منهم" of "الإرهابيين"): none is to be guessed for them. */
  sideless?: boolean;
  /** A toll's bare number ("ارتفع إلى ستة عدد الشهداء", "raised the toll to 45"): of whom the story counted. */
  toll?: boolean;
  /** Where the list it was named in begins, when it is one group of several ("31 fighters and 19 jihadists"). */
  list?: number;
  /** A part of a toll given by place ("بينهم 54 في حلب"): the token where its own place is named. */
  placeAt?: number;
};

type Item = {
  kind: Victims['kind'];
  n: number | null;
  vague: boolean;
  plural: boolean;
  /** The side named with the noun ("جنود أتراك", "pro-government fighters"). */
  affiliation?: string;
  /** Counted as "others" (or with no noun): they may be of the kind counted just before. */
  others?: boolean;
  /** "a fourth": one more of the kind counted just before. */
  ordinal?: boolean;
  /** "Two of the dead were fighters": a part of a total given before, with its outcome. */
  ofEarlier?: Outcome;
  toll?: boolean;
  /** A range's lower bound: "between 20 and 30 people" (n is 30). */
  low?: number;
  /** Its own qualifier, in a list: "at least 346 militants and more than 170 soldiers". */
  qualifier?: Qualifier;
  /** Its own words, in a list: the span a group's side and kind are read from. */
  span?: [number, number];
  /** "ستة من مقاتلي العشائر": named as fighters of no side; the list's side is not theirs. */
  sideless?: boolean;
  /** "three of its fighters and two members of X": owned by a pronoun; the list's side is not theirs. */
  owned?: boolean;
  /** "31 of the dead were in Homs province": the token where its own place is named. */
  placeAt?: number;
  /** "خمسة عشر من المصابين": some of those already counted with this outcome. */
  pointsBackTo?: Outcome;
  /** "… and six to Ahrar al-Sham": a next group named only by its side, its verb left out. */
  sideOnly?: boolean;
};
type CountPhrase = {
  items: Item[];
  start: number;
  end: number;
  /** Counted with a numeral (not only by nouns that count themselves). */
  numeric: boolean;
  /** A bare number given as a toll ("rose to 19"): the toll's outcome comes first. */
  toll?: boolean;
  outcomeFromNoun?: Outcome;
  qualifier?: Qualifier;
  affiliation?: string;
};

const CIVILIAN_KINDS = new Set<Victims['kind']>(['civilians', 'men', 'women', 'children']);

/** Splits a sentence into clauses ("…، كما قتلت امرأة…" starts a new one); returns each token's clause. */
export function clausesOf(tokens: Token[], lex: Lexicon): number[] {
  let clause = 0;
  return tokens.map((_, i) => (i > 0 && lex.clauseBreakAt(tokens, i) ? ++clause : clause));
}

export function findFigures(tokens: Token[], lex: Lexicon): Figure[] {
  const clause = clausesOf(tokens, lex);
  const used = new Set<number>();
  const figures: Figure[] = [];
  const preliminaryClauses = new Set<number>();
  for (const c of new Set(clause)) {
    if (lex.preliminaryIn(tokens.filter((_, i) => clause[i] === c))) preliminaryClauses.add(c);
  }

  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const phrase = countPhraseAt(tokens, i, lex);
    if (!phrase) {
      // ("وتوزعت الحصيلة على النحو التالي: 52 في مدينة بانياس، و36 في جبلة": bare numbers by place,
      // parts of the toll told before.)
      const marker = lex.numberAt(tokens, i) ? amongEarlierBefore(tokens, i, lex) : undefined;
      const parts = marker ? partsByPlace(tokens, i, lex) : undefined;
      if (!marker || !parts) continue;
      for (const p of parts) figures.push({ outcome: marker.outcome, preliminary: preliminaryClauses.has(clause[p.first]), clause: clause[p.first], victims: p.victims, count: toCount(p.n, 'exact', p.vague), first: p.first, last: p.last, placeAt: p.placeAt, ofEarlier: true });
      for (let k = i; k <= parts[parts.length - 1].last; k++) used.add(k);
      continue;
    }
    // "محمد الأحمد، وهو أحد سكان جنديرس": who someone is, not someone counted; "مصدر عسكري": a
    // speaker described, not a soldier.
    if (lex.language === 'ar' && /^و?(هو|هي|مصدر|مصادر|مسؤول|ناطق|متحدث|قائد|مسؤولون|احدهم|احداهن)$/.test(tokens[phrase.start - 1]?.norm ?? '')) continue;
    const qualifierBefore = lex.qualifierBefore(tokens, phrase.start);
    const from = qualifierBefore?.start ?? phrase.start;
    // ("Of the dead, 12 were children": a part of the toll named back, of the kind said.)
    const wereOf = phrase.items.length === 1 && phrase.items[0].kind === 'unspecified' && lex.language === 'en' && /^(were|was)$/.test(tokens[phrase.end + 1]?.lower ?? '') ? lex.victim(tokens[phrase.end + 2]) : undefined;
    if (wereOf && SUBSET_KINDS.has(wereOf.kind) && amongEarlierBefore(tokens, from, lex)) {
      phrase.items[0].kind = wereOf.kind;
      phrase.end += 2;
    }
    // "killed by a sniper", "wounded by two soldiers": the agent of a passive, not its victims.
    if (lex.language === 'en' && tokens[from - 1]?.lower === 'by') continue;
    // ("Suwayda 24 said gunmen had…": a number that ends a name before its verb of saying counts no one.)
    if (tokens[phrase.start].kind === 'number' && !!tokens[phrase.start - 1]?.capitalised && lex.sayingVerb(tokens[phrase.start + 1])) continue;
    // ("one in every 13 of the dead was a woman", "واحد من كل عشرة": a share, no one counted.)
    if (shareBefore(tokens, from, clause)) continue;
    // A noun that counts itself ("امرأة") needs its verb close by; a numeral may wait for it ("15 عنصراً … قتلوا").
    // ("امرأتين من سكان قرية صيدا أُصيبتا": where they were from stands between, as a whole.)
    const residents = lex.language === 'ar' && tokens[phrase.end + 1]?.norm === 'من' && /^(سكان|اهالي|ابناء)$/.test(tokens[phrase.end + 2]?.norm ?? '');
    const reach = phrase.numeric ? Infinity : residents ? 8 : 4;
    // "…، بينهم ثلاثة أطفال" / "including four children": a part of the figure, read after it
    // (and after "على الأقل" when that comes first).
    // ("مقتل تسعة أشخاص على الأقل، هم ستة من…": past a qualifier after the noun.)
    const among = amongAfter(tokens, lex.qualifierAfter(tokens, phrase.end + 1)?.end ?? phrase.end + 1, clause, lex, phrase.items.length === 1 ? phrase.items[0].n : null);
    const apposed = among === undefined ? partOfThem(tokens, phrase.end + 1, lex) : undefined;
    // ("بينهم قرابة أربعين طفلاً", "including at least 12 children": a part with a qualifier of its own.)
    const partAt = among !== undefined && QUALIFIER_START.test(tokens[among]?.norm ?? '') ? [among + 1, among + 2, among + 3].find((j) => lex.numberAt(tokens, j) && lex.qualifierBefore(tokens, j)?.start === among) ?? among : among;
    const part = partAt !== undefined ? countPhraseAt(tokens, partAt, lex) : apposed?.phrase;
    const partFirst = among !== undefined ? among - 1 : (apposed?.phrase.start ?? 0);
    const verbFrom = phrase.affiliation ? afterAffiliation(tokens, phrase, lex) - 1 : phrase.end;
    // ("شخصين على الأقل … تحت الركام": a qualifier after the noun is no distance from its verb.)
    const verbSearchFrom = Math.max(verbFrom, (lex.qualifierAfter(tokens, verbFrom + 1)?.end ?? 0) - 1);
    // "Among the dead were seven children" opening a sentence: a part of a figure given before.
    // ("nine of the dead belonged to X and six to Y": every group of it so.)
    const earlierOutcome = phrase.items.every((item) => item.ofEarlier === phrase.items[0].ofEarlier) ? phrase.items[0].ofEarlier : undefined;
    // (After a figure of that outcome in the same sentence, "بين القتلى" opens its part instead.)
    const marker = earlierOutcome ? undefined : (amongEarlierBefore(tokens, from, lex) ?? amongEarlierAfter(tokens, phrase.end, lex));
    // (Not counting the toll the marker names back: "Of the 45 wounded, 12 were children".)
    const earlier = earlierOutcome ? { outcome: earlierOutcome } : marker && !figures.some((f) => f.outcome === marker.outcome && f.count.min !== marker.count) ? marker : undefined;
    const stated = statedAs(tokens, verbFrom, lex);
    const named =
      earlier?.outcome ??
      // ("the bodies of 21 prisoners", "رفات ما لا يقل عن 30 شخصاً": the dead, whoever they were.)
      (bodiesBefore(tokens, from, lex) ? 'killed' : undefined) ??
      // ("شارك في قتل ثلاثة معتقلين", "إعدام أسيرين": detainees killed, not taken.)
      (phrase.outcomeFromNoun === 'captured' && triggerBefore(tokens, from, lex) === 'killed' ? 'killed' : undefined) ??
      phrase.outcomeFromNoun ??
      stated ??
      (phrase.toll ? lex.tollBefore(tokens, from, clause) : undefined) ??
      triggerBefore(tokens, from, lex) ??
      verbBeforeSubject(tokens, from, lex) ??
      laterVerb(tokens, verbSearchFrom, clause, lex, reach) ??
      (phrase.numeric ? undefined : passiveAfterModifiers(tokens, phrase.end, clause, lex)) ??
      (part ? laterVerb(tokens, part.end, clause, lex, reach) : undefined) ??
      (phrase.numeric ? lex.tollBefore(tokens, from, clause) : undefined) ??
      // ('IS lost "more than 60 militants"', "the army lost 12 soldiers": fighters a side lost, dead,
      // unless a verb says what befell them: "lost 15 soldiers, who were taken prisoner".)
      (lostFighters(tokens, from, phrase, lex) ? 'killed' : undefined) ??
      // "…745 civilians had been killed, in addition to 125 members of the security forces": more of
      // the same outcome.
      (figures.length && ALSO_BEFORE.test(tokens.slice(Math.max(0, from - 3), from).map((t) => t.norm).join(' ')) ? figures[figures.length - 1].outcome : undefined);
    // ("فقدت الكتيبة أربعة من مقاتليها": a side that lost its own fighters lost them dead.)
    // ("فقد رجلٌ وطفله حياتهما": lost their lives, the verb before its subject.)
    const lostLives = lex.language === 'ar' && /^حيات/.test(tokens[phrase.end + 1]?.norm ?? '');
    // ("اقتاد التنظيم نحو ١٠٠ رجل إلى جهة مجهولة": led away to where no one knows, their fate unknown.)
    const ledAway = named === 'captured' && lex.language === 'ar' && tokens.slice(Math.max(0, from - 4), from).some((t) => /^و?اقتاد(ت|وا)?$/.test(t.norm)) && tokens.slice(phrase.end + 1, phrase.end + 10).some((t, j, after) => /^(جهه|مكان)$/.test(t.norm) && /^مجهول(ه)?$/.test(after[j + 1]?.norm ?? ''));
    const outcome = named === 'missing' && (lostOwnFighters(tokens, from, phrase.end, lex) || lostLives) ? 'killed' : ledAway ? 'missing' : named;
    // ("أوقفت وزارة التربية 20 مدرساً عن العمل": suspended from work, not detained.)
    if (outcome === 'captured' && lex.language === 'ar' && tokens[phrase.end + 1]?.norm === 'عن' && /^(العمل|الدوام|عملهم|عمله|وظايفهم|وظيفته|التدريس)$/.test(tokens[phrase.end + 2]?.norm ?? '')) continue;
    if (!outcome || lex.negatedAt(tokens, from)) continue;
    // ("خمسة عشر من المصابين يتلقون العلاج": some of the wounded already counted, still wounded, are no
    // new figure; "توفي اثنان من المصابين" are.)
    const same = phrase.items.length === 1 ? phrase.items[0] : undefined;
    if (same?.pointsBackTo === outcome && same.placeAt === undefined && !earlier) continue;
    // ("provides for the release of some 1,500 prisoners", "الإفراج عن 25 محتجزاً": freed, not taken.)
    // ("آلاف المعتقلين الذين أطلقت سراحهم الفصائل", "detainees who were freed": the same, told after.)
    if (outcome === 'captured' && (tokens.slice(Math.max(0, from - 4), from).some((t) => RELEASE.test(t.lower)) || releasedAfter(tokens, phrase.end))) continue;
    // ("مقتل ١٢ عنصراً منه على الأقل": past whose they are, by a pronoun.)
    const ofIt = lex.language === 'ar' && /^(منه|منها|منهم)$/.test(tokens[phrase.end + 1]?.norm ?? '') ? lex.qualifierAfter(tokens, phrase.end + 2) : undefined;
    const qualifierAfter = lex.qualifierAfter(tokens, phrase.end + 1) ?? lex.qualifierAfter(tokens, afterAffiliation(tokens, phrase, lex)) ?? ofIt;
    const qualifier = qualifierBefore?.value ?? qualifierAfter?.value ?? phrase.qualifier;
    for (let k = phrase.start; k <= phrase.end; k++) used.add(k);
    if (stated) used.add(verbFrom + 1);
    const last = Math.max(phrase.end, (qualifierAfter?.end ?? 0) - 1);
    const index = figures.length;
    // "بين القتلى سبعة أطفال وثلاث نساء": each group a part of the total given before, not a sum of their own.
    const preliminary = preliminaryClauses.has(clause[phrase.start]) || lex.replacedLaterAt(tokens, from);
    const read = earlier
      ? phrase.items.map((item) => figuresOf({ ...phrase, items: [item] }, outcome, phrase.items.length > 1 ? 'exact' : qualifier, from, last, clause[phrase.start], preliminary)[0])
      : figuresOf(phrase, outcome, qualifier, from, last, clause[phrase.start], preliminary);
    // ("In Hamouria alone, 29 people were killed", "وفي حمورية وحدها قُتل 29": a part of the
    // story's total, at a place of its own.)
    const alone = !earlier && index === 0 && read.length === 1 ? aloneAt(tokens, from, lex) : undefined;
    const ofEarlier = earlier ? { ofEarlier: true, ...(marker?.count !== undefined ? { ofCount: marker.count } : {}) } : alone !== undefined ? { ofEarlier: true, placeAt: alone } : {};
    figures.push(...read.map((f) => (f.subsetOf === undefined ? { ...f, ...ofEarlier } : { ...f, subsetOf: f.subsetOf + index })));

    // "بين القتلى 19 شخصاً سقطوا في بلدة إزرع، و11 في حي برزة": parts of an earlier toll, by place.
    const earlierByPlace = earlier ? partsByPlace(tokens, phrase.start, lex) : undefined;
    if (earlierByPlace && figures[index]) {
      figures.splice(index, figures.length - index, ...earlierByPlace.map((p) => ({ ...figures[index], ...p, count: toCount(p.n, 'exact', p.vague), ofEarlier: true })));
      for (let k = phrase.start; k <= earlierByPlace[earlierByPlace.length - 1].last; k++) used.add(k);
      continue;
    }
    const breakdown = among !== undefined && BREAKDOWN.has(tokens[among - 1]?.norm ?? '');
    const partCounts = part && part.items.every((it) => isPartOf(it, phrase, breakdown, lex.language));
    // "…في أنحاء البلاد، بينهم 54 في حلب و31 في دمشق": parts of the toll, each with its place.
    // ("killed 40 people in Homs, twenty-one of them in the Baba Amr district": the same in apposition.)
    const apposedAt = among === undefined && !part && figures[index] ? commaAfter(tokens, phrase.end + 1, lex) : undefined;
    const apposedByPlace = apposedAt !== undefined && lex.isOf(tokens[(lex.numberAt(tokens, apposedAt)?.end ?? -1)]) ? partsByPlace(tokens, apposedAt, lex) : undefined;
    const byPlace = (among !== undefined && !partCounts && figures[index] ? partsByPlace(tokens, among, lex) ?? partsInBrackets(tokens, among, lex) : undefined) ?? apposedByPlace;
    if (byPlace) {
      for (const p of byPlace) {
        // (A part with no noun of its own is of the total's kind: "143 مدنياً، بينهم 54 في حلب".)
        const victims = p.victims.kind === 'unspecified' ? figures[index].victims : p.victims;
        figures.push({ ...figures[index], ...p, victims, count: toCount(p.n, p.qualifier ?? 'exact', p.vague), subsetOf: index, first: p === byPlace[0] && among !== undefined ? among - 1 : p.first });
        for (let k = p.first; k <= p.last; k++) used.add(k);
      }
      continue;
    }
    // A part that is no count of a kind ("among them a journalist") is no figure of its own either.
    if (part && !partCounts && among !== undefined) for (let k = part.start; k <= part.end; k++) used.add(k);
    if (part && partCounts && figures[index]) {
      for (let k = part.start; k <= part.end; k++) used.add(k);
      // "بينهم 9 أطفال و4 سيدات": each group a part of its own.
      for (const [j, item] of part.items.entries()) {
        // (The side named after the last group is that group's: "وثلاثة عناصر من ميليشيات موالية لإيران".)
        const side = item.affiliation ?? (j === part.items.length - 1 ? part.affiliation : undefined);
        figures.push({
          outcome,
          victims: item.kind === 'combatants' && side ? { kind: item.kind, affiliation: side } : { kind: item.kind },
          count: toCount(item.n, item.qualifier ?? (part.items.length === 1 ? lex.qualifierBefore(tokens, part.start)?.value : 'exact'), item.vague),
          preliminary: figures[index].preliminary,
          subsetOf: index,
          // (Each group of a list its own words: "28 members of …, five civilians and 56 militants".)
          first: part.items.length > 1 && j > 0 && item.span ? item.span[0] : partFirst,
          last: part.items.length > 1 && item.span ? item.span[1] : part.end,
          clause: clause[part.start],
          ...(item.sideless ? { sideless: true } : {}),
          // (A group of a list of parts borrows no other group's side: "هم ستة من عناصر الميليشيات، وعنصران من حزب الله".)
          ...(part.items.length > 1 ? { list: part.start } : {}),
        });
      }
      // ("مقتل تسعة أشخاص، هم ستة من عناصر الميليشيات … وعنصران من حزب الله …": people who were all
      // fighters are fighters; of the one side they share, else of none.)
      const total = figures[index];
      if (breakdown && total.victims.kind === 'unspecified' && part.items.every((item) => item.kind === 'combatants') && sum(part.items) === total.count.min) {
        const sides = new Set(figures.slice(index + 1).filter((f) => f.subsetOf === index).map((f) => f.victims.affiliation));
        const [side] = sides;
        total.victims = sides.size === 1 && side ? { kind: 'combatants', affiliation: side } : { kind: 'combatants' };
        if (sides.size > 1) total.sideless = true;
      }
    }
  }
  figures.push(...elidedByPlace(tokens, figures, used, lex));
  figures.push(...bareClaims(tokens, lex, clause, used));
  figures.push(...pronounFigures(tokens, lex, clause, used));
  inheritOthers(figures);
  shareTrailingGroup(tokens, figures, lex);
  return figures;
}

/**
 * "at least 73 people were killed in Jableh, where …, and 48 in Tartus", "قتل خمسة مدنيين في
 * سراقب وثلاثة في أريحا": a number and a place after "and", the noun and the verb left out, is
 * more of the figure before it, at a place of its own.
 */
function elidedByPlace(tokens: Token[], figures: Figure[], used: Set<number>, lex: Lexicon): Figure[] {
  const found: Figure[] = [];
  for (const figure of figures.filter((f) => f.subsetOf === undefined && !f.ofEarlier)) {
    // (The figure placed itself: "killed in Jableh" before the number that leaves it out.)
    let placed = false;
    for (let j = figure.last + 1; j < tokens.length && j < figure.last + 30; j++) {
      const t = tokens[j];
      if (used.has(j) || lex.sayingVerb(t) || (lex.outcome(t) && !FELL.test(t.lower))) break;
      if (IN_PLACE.test(t.lower)) placed = true;
      const at = AND_ALONE.test(t.lower) ? j + 1 : lex.language === 'ar' && /^و./.test(t.norm) && lex.numberAt(tokens, j) ? j : undefined;
      if (!placed || at === undefined || used.has(at) || !lex.numberAt(tokens, at)) continue;
      const parts = partsByPlace(tokens, at, lex);
      if (!parts?.length) continue;
      const [part] = parts;
      for (let k = part.first; k <= part.last; k++) used.add(k);
      const victims = part.victims.kind === 'unspecified' ? figure.victims : part.victims;
      found.push({ ...figure, victims, count: toCount(part.n, part.qualifier ?? 'exact', part.vague), first: part.first, last: part.last, placeAt: part.placeAt });
      break;
    }
  }
  return found;
}

function amongEarlierBefore(tokens: Token[], from: number, lex: Lexicon): { outcome: Outcome; count?: number } | undefined {
  for (let k = Math.max(0, from - 8); k < from; k++) {
    const marker = lex.amongEarlierAt(tokens, k);
    // (The phrase may have begun at the marker's own noun: "بين القتلى عائلة من سبعة أفراد".)
    if (marker && (marker.end === from || marker.end === from + 1)) return marker;
  }
  return undefined;
}

/** "one in every 13 (of the dead) was", "واحد من كل عشرة … هو": a share told before the noun, in its clause. */
function shareBefore(tokens: Token[], from: number, clause: number[]): boolean {
  // (From the phrase's own number: "13 … was a woman" begins at it.)
  for (let k = from; k >= 1 && clause[k] === clause[from] && k >= from - 10; k--) {
    if (tokens[k].kind !== 'number') continue;
    const every = /^(every|each|كل)$/.test(tokens[k - 1].lower) ? k - 1 : k;
    // ("one out of every 13": two words.)
    const of = tokens[every - 1]?.lower === 'of' && tokens[every - 2]?.lower === 'out' ? every - 2 : every - 1;
    if (/^(in|out|من)$/.test(tokens[of]?.lower ?? '') && /^(one|واحد|واحده)$/.test(tokens[of - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** "five children were among the dead": the same told the other way round, after the figure. */
function amongEarlierAfter(tokens: Token[], end: number, lex: Lexicon): { outcome: Outcome; count?: number } | undefined {
  if (lex.language !== 'en' || !/^(were|was)$/.test(tokens[end + 1]?.lower ?? '')) return undefined;
  const among = tokens[end + 2]?.lower === 'also' ? end + 3 : end + 2;
  return lex.amongEarlierAt(tokens, among);
}

/**
 * "بسقوط قتيلين وسبعة جرحى من المدنيين": the dead counted by a noun of their own, joined by "و" to
 * the wounded whom "من" a group names, are of that group too.
 */
function shareTrailingGroup(tokens: Token[], figures: Figure[], lex: Lexicon): void {
  if (lex.language !== 'ar') return;
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i], figures[i + 1]];
    if (a.victims.kind !== 'unspecified' || b.victims.kind === 'unspecified' || b.first !== a.last + 1 || !/^و/.test(tokens[b.first].norm)) continue;
    if (countNoun(tokens[a.last], lex) && tokens.slice(b.first, b.last + 1).some((t) => t.norm === 'من')) a.victims = { ...b.victims };
  }
}

/** "قُتل 3 جنود وأصيب 5 آخرون": the others are of the fighters counted just before. */
function inheritOthers(figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i];
    if (f.ordinal) {
      const before = [...figures.slice(0, i)].reverse().find((g) => g.subsetOf === undefined);
      if (before) f.victims = { ...before.victims };
      continue;
    }
    if (!f.others || f.victims.kind !== 'unspecified' || f.subsetOf !== undefined) continue;
    // "وأصيب ستة آخرون، بينهم مدنيان": others with civilians among them are not all fighters.
    if (figures.some((g) => g.subsetOf === i && CIVILIAN_KINDS.has(g.victims.kind))) continue;
    // (The figure counted just before in the text: numberless ones, "وأصيب آخرون", are read last.)
    const before = figures.filter((g) => g !== f && g.subsetOf === undefined && g.last < f.first).reduce<Figure | undefined>((a, g) => (!a || g.last > a.last ? g : a), undefined);
    if (before?.victims.kind === 'combatants') f.victims = { ...before.victims };
  }
}

/** "members of a Kurdish family", "أفراد من عائلة واحدة" at token k. */
function familyMembers(tokens: Token[], k: number, lex: Lexicon): boolean {
  const family = (t: Token) => /^(family|families)$/.test(t.lower) || /^(عايله|عايلات|اسره|اسر|عايلت(ه|ها|هم)|اسرت(ه|ها|هم))$/.test(t.norm);
  // ("عائلة واحدة فقدت ١٧ من أفرادها": its own members, the family named before.)
  const own = lex.language === 'ar' ? [k, k + 1].find((m) => /^(افراد|ابناء)(ها|هم)$/.test(tokens[m]?.norm ?? '') && (m === k || tokens[k]?.norm === 'من')) : undefined;
  if (own !== undefined) return tokens.slice(Math.max(0, k - 8), k).some(family);
  const members = lex.language === 'en' ? tokens[k]?.lower === 'members' : /^(افراد|الافراد)$/.test(tokens[k]?.norm ?? '');
  if (members) return tokens.slice(k + 1, k + 5).some(family);
  // ("١٩ شخصاً من عائلة واحدة", "11 people from one family", "of the same family": people of a family.)
  const people = lex.language === 'en' ? /^(people|persons)$/.test(tokens[k]?.lower ?? '') : /^(اشخاص|شخصا|شخص)$/.test(tokens[k]?.norm ?? '');
  return people && /^(من|of|from)$/.test(tokens[k + 1]?.norm ?? '') && tokens.slice(k + 2, k + 5).some(family);
}

/** A number that counts people ("ثلاثة أطفال", "12 people"), not "one family" or "three days". */
function startsFigure(tokens: Token[], k: number, lex: Lexicon): boolean {
  const num = lex.numberAt(tokens, k);
  if (!num) return false;
  const next = tokens[num.end];
  return !!next && (!!lex.victim(next) || !!lex.outcome(next) || lex.isOthers(next) || lex.isOf(next));
}

/**
 * ", five of them children", ", three of whom were women": a part named in apposition right after
 * the figure (English; Arabic says "بينهم").
 */
/**
 * The token after the comma that closes an English figure's clause ("killed nine people on
 * Wednesday, …"), if near: up to eight words ("52 people were killed across Syria on Wednesday, 31
 * of them in Homs province").
 */
function commaAfter(tokens: Token[], from: number, lex: Lexicon): number | undefined {
  if (lex.language !== 'en') return undefined;
  for (let k = from; k < from + 9 && tokens[k]; k++) {
    if (tokens[k].norm === ',') return k + 1;
    if (tokens[k].kind === 'punct' || lex.numberAt(tokens, k)) return undefined;
  }
  return undefined;
}

function partOfThem(tokens: Token[], from: number, lex: Lexicon): { phrase: CountPhrase } | undefined {
  if (lex.language !== 'en') return undefined;
  // "killed nine people on Wednesday, four of them civilians": a few words may come between.
  // ("six people died, two of them women": the figure's own verb may come between.)
  for (let k = from; k < from + 6 && tokens[k] && tokens[k].norm !== ','; k++) {
    if (tokens[k].kind === 'punct' || lex.numberAt(tokens, k)) return undefined;
    from = k + 1;
  }
  if (tokens[from]?.norm !== ',') return undefined;
  const num = lex.numberAt(tokens, from + 1);
  if (!num || !lex.isOf(tokens[num.end]) || !/^(them|whom)$/.test(tokens[num.end + 1]?.lower ?? '')) return undefined;
  let k = num.end + 2;
  if (/^(were|was|are)$/.test(tokens[k]?.lower ?? '')) k++;
  // ("two civilians, one of them a child": one, with its article.)
  if (num.value === 1 && /^(a|an)$/.test(tokens[k]?.lower ?? '')) k++;
  while (tokens[k] && isAdjective(tokens[k]) && !lex.victim(tokens[k])) k++;
  const victim = lex.victim(tokens[k]);
  // ("…, 14 of them soldiers": fighters too, as a part of people counted.)
  if (!victim || (!SUBSET_KINDS.has(victim.kind) && victim.kind !== 'combatants')) return undefined;
  const item: Item = { kind: victim.kind, n: num.value, vague: num.vague, plural: true };
  return { phrase: { items: [item], start: from + 1, end: k, numeric: true } };
}

/** "مقاتليه", "عناصرها": a side's own fighters, owned by a pronoun (folded). */
export const OWN_FIGHTERS_AR = /^(مقاتلي|عناصر|افراد|جنود|منتسبي|اعضاي)(ه|ها|هم)$/;

/** "فقد اللواء خمسة من مقاتليه": a verb of losing before fighters owned by the subject. */
function lostOwnFighters(tokens: Token[], from: number, end: number, lex: Lexicon): boolean {
  if (lex.language !== 'ar') return false;
  const owned = tokens.slice(from, end + 2).some((t) => OWN_FIGHTERS_AR.test(t.norm));
  // (Not "فقد الاتصال بثلاثة من عناصره": contact lost, the men missing.)
  return owned && tokens.slice(Math.max(0, from - 6), from).some((t) => /^و?(فقد|فقدت|فقدوا)$/.test(t.norm) && !/^(ال)?اتصال/.test(tokens[t.index + 1]?.norm ?? ''));
}

// ("بعد أن خرج منه آلاف المعتقلين": came out of prison; "حررت القوات 50 مختطفاً": set free. Not the
// noun "تحرير", which names "هيئة تحرير الشام", a captor.)
const RELEASE = /^(release|released|releasing|freed|exchange|swap|و?(الافراج|افرج|افرجت|سراح|سراحهم|سراحه|سراحها|تبادل|مبادله|بالافراج|خرج|خروج|حرر|حررت))$/;

/**
 * "المعتقلين الذين أطلقت سراحهم", "prisoners who were freed": a relative clause of release after the
 * count; "Thousands of prisoners walked free", "were released": its verb.
 */
function releasedAfter(tokens: Token[], end: number): boolean {
  const next = tokens[end + 1]?.lower ?? '';
  if (/^(walked|went|set|were|was|have|had|been)$/.test(next)) return tokens.slice(end + 1, end + 4).some((t) => /^(free|freed|released)$/.test(t.lower));
  if (!/^(الذين|اللذين|اللواتي|who|whom)$/.test(next)) return false;
  return tokens.slice(end + 2, end + 6).some((t) => RELEASE.test(t.lower));
}

/** "the bodies of", "the remains of", "جثث", "رفات" right before a count. */
function bodiesBefore(tokens: Token[], from: number, lex: Lexicon): boolean {
  // ("recovered the body of a man who had been missing since Sunday": one body, whatever came before;
  // not "a man cradling the body of a small boy", someone pictured.)
  const held = /^(cradling|holding|carrying|hugging|embracing)$/.test(tokens[from - 4]?.lower ?? '');
  if (lex.language === 'en') return tokens[from - 1]?.lower === 'of' && (/^(bodies|remains|corpses|funerals|funeral)$/.test(tokens[from - 2]?.lower ?? '') || (/^(body|corpse)$/.test(tokens[from - 2]?.lower ?? '') && !held));
  return /^(و|ب)?(جثث|جثامين|رفات|جثه|جثمان)$/.test(tokens[from - 1]?.norm ?? '');
}

/** Arabic verbs (and their prepositions) that cause casualties without naming their kind: "أوقعت", "أسفر عن", "أدى إلى". */
const CAUSED_BY = /^و?(اوقع|اوقعت|اوقعوا|خلف|خلفت|لسقوط|سقوط|وقوع)$/;
/** "أسفر عن", "أدى إلى", "تسبب بـ": a preposition after a verb of causing. */
const CAUSED_BY_VERB = /^و?(اسفر|اسفرت|ادي|ادت|يودي|تودي|تسبب|تسببت)$/;

const IN_PLACE = /^(في|in)$/;
const FELL = /^(سقطوا|قضوا|قتلوا|were|killed|died)$/;
/** "and", or Arabic "و" standing alone before digits ("و 11"). */
const AND_ALONE = /^(and|و)$/;

/**
 * "54 في حلب و31 في دمشق وريفها", "19 شخصاً سقطوا في بلدة إزرع، و11 في حي برزة", "54 in Aleppo
 * and 31 in Damascus": parts of a toll each given with its place. Each part keeps where its place
 * is named (`placeAt`); its place words run to the next part.
 */
function partsByPlace(
  tokens: Token[],
  start: number,
  lex: Lexicon,
): Array<Pick<Figure, 'victims' | 'first' | 'last' | 'placeAt'> & { n: number; vague: boolean; qualifier?: Qualifier }> | undefined {
  const parts: Array<Pick<Figure, 'victims' | 'first' | 'last' | 'placeAt'> & { n: number; vague: boolean; qualifier?: Qualifier }> = [];
  let at = start;
  while (parts.length < 12) {
    let k = at;
    const comma = (t: Token | undefined) => t?.norm === ',' || t?.norm === '،';
    if (parts.length && comma(tokens[k])) k++;
    // ("٥٣ شهيداً في دمشق وريفها، معظمهم في داريا والمعضمية، و٣٨ في حلب": past where most of a part were.)
    if (parts.length && (MOST_OF_THEM_WORD.test(tokens[k]?.norm ?? '') || tokens[k]?.lower === 'most')) {
      const next = tokens.findIndex((t, m) => m > k && comma(t));
      if (next < 0 || next > k + 8) break;
      k = next + 1;
    }
    if (parts.length && AND_ALONE.test(tokens[k]?.lower ?? '')) k++;
    // ("including more than 200 in Tremseh": a part may have a qualifier of its own.)
    const qualified = lex.numberAt(tokens, k) ? undefined : [k + 1, k + 2, k + 3].find((m) => lex.numberAt(tokens, m) && lex.qualifierBefore(tokens, m)?.start === k);
    const qualifier = qualified !== undefined ? lex.qualifierBefore(tokens, qualified)?.value : undefined;
    const num = lex.numberAt(tokens, qualified ?? k);
    if (!num || (num.value >= 1900 && !num.vague)) break;
    let j = num.end;
    // ("twenty-one of them in the Baba Amr district", "11 منهم في دوما")
    if (lex.isOf(tokens[j]) && /^(them|منهم)$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
    else if (/^منهم$/.test(tokens[j]?.norm ?? '')) j += 1;
    const victim = lex.victim(tokens[j]);
    const kind = victim && victim.number !== 'sg' && SUBSET_KINDS.has(victim.kind) ? victim.kind : 'unspecified';
    if (victim || countNoun(tokens[j], lex)) j++;
    // ("19 شخصاً سقطوا في", "11 were killed in": the verb may come between.)
    while (j < num.end + 4 && FELL.test(tokens[j]?.lower ?? '')) j++;
    if (!IN_PLACE.test(tokens[j]?.lower ?? '') || !tokens[j + 1] || tokens[j + 1].kind !== 'word') break;
    const placeAt = j + 1;
    let last = placeAt;
    const nextPart = (m: number) => !!lex.numberAt(tokens, m) || (AND_ALONE.test(tokens[m]?.lower ?? '') && !!lex.numberAt(tokens, m + 1));
    while (last < placeAt + 5 && tokens[last + 1]?.kind === 'word' && !nextPart(last + 1)) last++;
    parts.push({ victims: { kind }, n: num.value as number, vague: num.vague, first: k, last, placeAt, ...(qualifier ? { qualifier } : {}) });
    at = last + 1;
  }
  // (Whether a place is really named at `placeAt` is the extractor's to check, with the gazetteer.)
  return parts.length ? parts : undefined;
}

/**
 * "مدينة أريحا (6) وبلدة كفرنبل (4) ومدينة معرة النعمان (3)", "Ariha (6), Kafranbel (4) and …":
 * parts of a toll each given as a place with its number in brackets.
 */
function partsInBrackets(tokens: Token[], start: number, lex: Lexicon): ReturnType<typeof partsByPlace> {
  const parts: NonNullable<ReturnType<typeof partsByPlace>> = [];
  let at = start;
  while (parts.length < 12) {
    let k = at;
    if (parts.length && (tokens[k]?.norm === ',' || tokens[k]?.norm === '،')) k++;
    if (parts.length && AND_ALONE.test(tokens[k]?.lower ?? '')) k++;
    // (A place's word first: "مدينة أريحا (6)"; not "الطفل محمد (10)", a name and an age.)
    const marker = tokens[k] && tokens[k].kind === 'word' ? lex.placeMarker({ ...tokens[k], norm: tokens[k].norm.replace(/^و/, ''), forms: undefined }) : undefined;
    if (marker !== 'settlement' && marker !== 'admin') break;
    let open = k;
    while (open < k + 5 && tokens[open]?.kind === 'word') open++;
    const num = open > k && tokens[open]?.norm === '(' ? lex.numberAt(tokens, open + 1) : undefined;
    if (!num || tokens[num.end]?.norm !== ')' || (num.value >= 1900 && !num.vague)) break;
    parts.push({ victims: { kind: 'unspecified' }, n: num.value as number, vague: num.vague, first: k, last: num.end, placeAt: k });
    at = num.end + 1;
  }
  return parts.length > 1 ? parts : undefined;
}

/** "…، بينهم ثلاثة أطفال", "…in Idlib since May, including 25 children": a part named later in the clause. */
function amongAfter(tokens: Token[], from: number, clause: number[], lex: Lexicon, total: number | null = null): number | undefined {
  // "leaving seven dead - four soldiers and three civilians -": the breakdown right after a total.
  if (BREAKDOWN.has(tokens[from]?.norm ?? '') && startsFigure(tokens, from + 1, lex)) return from + 1;
  // ("had killed two civilians, an elderly man and his grandson, who…": the people named one by one
  // after a comma, as many as the total.)
  if (lex.language === 'en' && total !== null && tokens[from]?.norm === ',') {
    const named = countPhraseAt(tokens, from + 1, lex);
    if (named && named.items.length > 1 && sum(named.items) === total) return from + 1;
  }
  // "مقتل خمسة عسكريين، هم جنديان … وثلاثة عناصر …": who they were, group by group.
  const they = tokens[from]?.norm === '،' || tokens[from]?.norm === ',' ? from + 1 : from;
  // ("11 قتيلاً، هم: 4 مدنيين … و4 من عناصر…": a colon after it.)
  const colon = tokens[they + 1]?.norm === ':' ? 1 : 0;
  // ("قُتل مدنيان، هما امرأة وطفلها": the dual's "هما", the feminine "هن".)
  if (lex.language === 'ar' && /^و?(هم|هما|هن)$/.test(tokens[they]?.norm ?? '') && countPhraseAt(tokens, they + 1 + colon, lex)) return they + 1 + colon;
  // (Arabic may name where and by whom before the parts: "…على بلدات الغوطة الشرقية المحاصرة بريف دمشق، بينهم 39 طفلاً".)
  for (let k = from; k < tokens.length && k < from + (lex.language === 'ar' ? 60 : 15) && clause[k] === clause[from - 1]; k++) {
    // ("…واعتقلت العشرات»، وقال إن بين القتلى…": a new statement begins no part of this figure.)
    if (k > from && lex.sayingVerb(tokens[k])) return undefined;
    // ("…في أريحا، في وقت شهدت فيه مناطق أخرى اشتباكات…، بينهم": another event's words begin.)
    if (k > from && lex.language === 'ar' && (/^(فيما|بينما)$/.test(tokens[k].norm) || (/^(في|وفي)$/.test(tokens[k].norm) && /^(وقت|حين)$/.test(tokens[k + 1]?.norm ?? '')))) return undefined;
    const end = lex.isAmong(tokens, k);
    if (end !== undefined) return end;
    // "…إلى 16 مدنياً، توزعوا على مدينة أريحا (6) وبلدة كفرنبل (4)": spread over places, each its part.
    if (lex.language === 'ar' && SPREAD_OVER.test(tokens[k].norm) && /^(علي|بين)$/.test(tokens[k + 1]?.norm ?? '')) return k + 2;
    if (k > from && startsFigure(tokens, k, lex)) return undefined;
  }
  return undefined;
}
/** "(belonged) to the SDF", "(were) from Ahrar al-Sham": a side's name at k, past "the". */
function sideNamedAt(tokens: Token[], k: number, lex: Lexicon): PhraseMatch<string> | undefined {
  return lex.actorAt(tokens, tokens[k]?.lower === 'the' ? k + 1 : k);
}

/** "lost 12 soldiers", 'lost "more than 60 militants"': English's verb of losing before fighters. */
function lostFighters(tokens: Token[], from: number, phrase: CountPhrase, lex: Lexicon): boolean {
  return lex.language === 'en' && phrase.items.every((item) => item.kind === 'combatants') && lostBefore(tokens, from) !== undefined;
}

/** Where "lost" stands right before a figure, past quotation marks. */
export function lostBefore(tokens: Token[], first: number): number | undefined {
  let k = first - 1;
  while (k > 0 && QUOTE_MARKS.has(tokens[k].norm)) k--;
  return /^(lost|loses|lose|losing)$/.test(tokens[k]?.lower ?? '') ? k : undefined;
}
/** "معظمهم", "أغلبهم", "بعضهم" (folded): most or some of those counted. */
export const MOST_OF_THEM_AR = 'معظمهم|اغلبهم|غالبيتهم|بعضهم';
const MOST_OF_THEM_WORD = new RegExp(`^(${MOST_OF_THEM_AR})$`);
const SPREAD_OVER = /^و?(توزعوا|توزعت|توزع|يتوزعون|موزعين|موزعون)$/;
const ALSO_BEFORE = /(in addition to|as well as|along with|besides|اضافه الي|بالاضافه الي|فضلا عن|علاوه علي)$/;

const ORDINAL = /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
const OWNED = /(ه|ها|هما|هم)$/;
// ("طفلان شقيقان": brothers after a noun say who they are to each other.)
const AR_AGE_ADJECTIVES = /^(مسن|مسنه|مسنا|رضيع|رضيعه|رضيعا|عجوز|شاب|شابه|قاصر|قاصره|عسكري|عسكريا|شقيقان|شقيقين|شقيقتان|شقيقتين)$/;

/** ", aged nine and 12": every age given is under eighteen. */
function agedUnder18(tokens: Token[], from: number, lex: Lexicon): boolean {
  if (lex.language !== 'en') return false;
  const k = tokens[from]?.norm === ',' ? from + 1 : from;
  if (tokens[k]?.lower !== 'aged') return false;
  const ages: number[] = [];
  for (let j = k + 1; j < k + 8 && tokens[j]; j++) {
    const age = lex.numberAt(tokens, j);
    if (age) {
      ages.push(age.value);
      j = age.end - 1;
    } else if (!/^(and|between|,|to)$/.test(tokens[j].lower)) break;
  }
  return ages.length > 0 && ages.every((a) => a < 18);
}
const AR_ORDINAL = /^(ثالث|رابع|خامس|سادس|سابع|ثالثه|رابعه|خامسه)$/;
const SUBSET_KINDS = new Set<Victims['kind']>(['children', 'women', 'civilians']);

/**
 * Whether a group named after a total counts a part of it: children, women or civilians among any
 * total; fighters among fighters ("eight militiamen, including three Hezbollah members"); any kind
 * in the breakdown of an unspecified total ("seven dead - four soldiers and three civilians"). Not
 * a lone civilian ("11 people, among them a journalist" says who, not how many of which kind).
 */
function isPartOf(item: Item, whole: CountPhrase, breakdown: boolean, language: Lexicon['language']): boolean {
  if (item.n === null) return false;
  const total = whole.items.length === 1 ? whole.items[0].kind : undefined;
  if (breakdown && total === 'unspecified') return true;
  // ("خمسة وعشرين مدنياً، هم 11 طفلاً و6 مواطنات و8 رجال": men are a part of civilians too.)
  if (item.kind === 'men' && total === 'civilians') return true;
  // ("24 people were killed, among them three members of the SNA": fighters counted among people.)
  // (Arabic names one too, "خمسة أشخاص، بينهم عسكري": the labellers count him; English "including a
  // member of the SNA's police" says who one of them was.)
  if (item.kind === 'combatants') return total === 'combatants' || (total === 'unspecified' && (item.n > 1 || language === 'ar'));
  // ("three people, including two members of the SDF and a civilian driver", "بينهم صحفي": one
  // civilian named among the dead is counted too, as the later labellers code him.)
  // (Not of fighters: "Five soldiers were killed, including a civilian contractor".)
  return SUBSET_KINDS.has(item.kind) && !(total === 'combatants' && item.kind === 'civilians' && item.n === 1);
}
const BREAKDOWN = new Set(['-', '–', '—', ':', '(', 'هم', 'وهم', 'هما', 'وهما', 'هن', 'وهن']);

/** Turns a count phrase into one figure, or a civilians total with its children and women as parts. */
function figuresOf(
  phrase: CountPhrase,
  outcome: Outcome,
  qualifier: Qualifier | undefined,
  first: number,
  last: number,
  clause: number,
  preliminary: boolean,
): Figure[] {
  const base = { outcome, preliminary, first, last, clause };
  const victimsOf = (item: Item): Victims => {
    // ("11 rebel fighters of the Free Syrian Army": the group named after them is the rebels' own.)
    const named = item.affiliation === 'opposition_factions' && phrase.affiliation && REBEL_GROUPS.has(phrase.affiliation) ? phrase.affiliation : undefined;
    const affiliation = item.kind === 'combatants' ? named ?? item.affiliation ?? (item.sideless || item.owned ? undefined : phrase.affiliation) : undefined;
    return affiliation ? { kind: item.kind, affiliation } : { kind: item.kind };
  };
  if (phrase.items.length === 1) {
    const item = phrase.items[0];
    return [{ ...base, victims: victimsOf(item), count: item.low !== undefined ? rangeCount(item.low, item.n as number) : toCount(item.n, qualifier, item.vague), others: item.others, ordinal: item.ordinal, ...(item.toll ? { toll: true } : {}), ...(item.sideless ? { sideless: true } : {}), ...(item.placeAt !== undefined ? { placeAt: item.placeAt } : {}) }];
  }
  // Civilians named one by one ("رجل وطفل", "a woman and two children") make one civilian total
  // with its children and women as parts; every other group ("two soldiers and a civilian",
  // "31 fighters and 19 jihadists") is a figure of its own.
  const civilians = phrase.items.filter((x) => CIVILIAN_KINDS.has(x.kind));
  const result: Figure[] = [];
  if (civilians.length === 1) {
    result.push({ ...base, victims: victimsOf(civilians[0]), count: toCount(civilians[0].n, civilians[0].qualifier ?? qualifier, civilians[0].vague) });
  } else if (civilians.length > 1) {
    const vague = civilians.some((x) => x.vague);
    const kinds = new Set(civilians.map((x) => x.kind));
    result.push({ ...base, victims: { kind: kinds.size === 1 ? civilians[0].kind : 'civilians' }, count: toCount(sum(civilians), qualifier, vague) });
    const parent = 0;
    for (const kind of kinds.size === 1 ? [] : (['children', 'women'] as const)) {
      const part = civilians.filter((x) => x.kind === kind);
      if (part.length) result.push({ ...base, victims: { kind }, count: toCount(sum(part), 'exact', false), subsetOf: parent });
    }
  }
  // "ضابط وأربعة عناصر", "an officer and three soldiers": fighters of one side named by rank and
  // number are one figure.
  // An item with no side named is of the side named with the others ("وثلاثة من مرافقيه"). Two
  // numbered groups ("31 pro-government fighters and 19 jihadists") stay apart: often two sides.
  const fighters = phrase.items.filter((x) => x.kind === 'combatants');
  const sides = new Set(fighters.map((x) => x.affiliation ?? phrase.affiliation).filter(Boolean));
  // ("23 من المرتزقة وجنديين تركيين": a group named as fighters of no side stays apart from one with a side.)
  const oneSide = fighters.length > 1 && sides.size <= 1 && fighters.some((x) => !x.plural) && !(sides.size === 1 && fighters.some((x) => x.sideless));
  if (oneSide) {
    const side = [...sides][0] as string | undefined;
    result.push({ ...base, victims: side ? { kind: 'combatants', affiliation: side } : { kind: 'combatants' }, count: toCount(sum(fighters), qualifier, fighters.some((x) => x.vague)) });
  }
  // (Each group of a list keeps its own words: "346 militants and more than 170 soldiers" are not all soldiers.)
  for (const item of phrase.items.filter((x) => !CIVILIAN_KINDS.has(x.kind) && !(oneSide && x.kind === 'combatants'))) {
    const own = item.span && item !== phrase.items[0] ? { first: item.span[0], last: item.span[1] } : item.span ? { last: item.span[1] } : {};
    // ("at least 20 IS militants and 11 Kurdish fighters", "أكثر من 20 عنصراً من داعش و11 من قسد": a
    // qualifier before a list of numbered groups is the first number's, in either language.)
    const listQualifier = item === phrase.items[0] || !phrase.numeric ? qualifier : undefined;
    result.push({ ...base, ...own, list: phrase.start, victims: victimsOf(item), count: toCount(item.n, item.qualifier ?? listQualifier, item.vague), others: item.others, ...(item.sideless ? { sideless: true } : {}) });
  }
  return result;
}

/** The first capitalised name after "in" or "at" from `from` to the clause's end ("in the town of Hazzeh" past its word). */
function placeLaterInClause(tokens: Token[], from: number, lex: Lexicon): number | undefined {
  for (let j = from; j < from + 14 && tokens[j] && tokens[j].kind !== 'punct'; j++) {
    if (!/^(in|at)$/.test(tokens[j].lower)) continue;
    // ("in the Syrian town of X": past the country's adjective too; not "in Russian strikes", whose strikes.)
    const marker = tokens[j + 1]?.lower === 'the' ? (lex.nationality(tokens[j + 2]) ? j + 3 : j + 2) : -1;
    const named = marker > 0 && lex.placeMarker(tokens[marker]) && tokens[marker + 1]?.lower === 'of' ? marker + 2 : j + 1;
    if (tokens[named]?.capitalised && !lex.nationality(tokens[named]) && !lex.actorAt(tokens, named)) return named;
  }
  return undefined;
}

/** Subsets found by figuresOf point inside the phrase's own figures; callers offset them. */
function sum(items: Item[]): number | null {
  return items.every((x) => x.n !== null) ? items.reduce((a, x) => a + (x.n as number), 0) : null;
}

/** "between 20 and 30": about, with both bounds. */
function rangeCount(low: number, high: number): Count {
  return { qualifier: 'about', min: low, max: high };
}

export function toCount(n: number | null, qualifier: Qualifier | undefined, vague: boolean): Count {
  if (n === null) return { qualifier: 'unknown', min: null, max: null };
  if (vague) return { qualifier: 'at_least', min: n, max: null };
  switch (qualifier ?? 'exact') {
    case 'exact':
    case 'unknown':
      return { qualifier: 'exact', min: n, max: n };
    case 'at_least':
      return { qualifier: 'at_least', min: n, max: null };
    case 'more_than':
      return { qualifier: 'more_than', min: n + 1, max: null };
    case 'about':
      return { qualifier: 'about', min: n, max: n };
    case 'up_to':
      return { qualifier: 'up_to', min: null, max: n };
    default: {
      const unknown: never = qualifier as never;
      return unknown;
    }
  }
}

/**
 * A counted group at token i: "13 عنصراً", "ثلاثة أطفال", "تسعة قتلى", "45 من عناصر",
 * "رجل وطفل", "a man and a child", "two soldiers and a civilian", "dozens of people".
 */
function countPhraseAt(tokens: Token[], i: number, lex: Lexicon): CountPhrase | undefined {
  const first = itemAt(tokens, i, lex, false);
  if (!first) return undefined;
  // (Items are fresh from itemAt: each takes its span in place.)
  first.item.span = [i, first.end];
  const items: Item[] = [first.item];
  let end = first.end;
  // Enumerations: "رجل وطفل", "two soldiers and a civilian".
  for (;;) {
    // "21 Druze civilians, 27 local fighters, 18 Bedouin fighters and 14 members of…": a list.
    const listed = lex.language === 'en' ? commaList(tokens, end, lex) : undefined;
    if (listed) {
      // (A first group joined to another by "and" in its description is of neither's side.)
      if (listed.firstSideless) Object.assign(items[0], { affiliation: undefined, sideless: true });
      items.push(...listed.items);
      end = listed.end;
      break;
    }
    // ("nine of the dead belonged to X, and six to Y": a comma before the group of its side only.)
    const commaAnd = !!items[items.length - 1].ofEarlier && tokens[end + 1]?.norm === ',' ? itemAt(tokens, end + 2, lex, true) : undefined;
    if (commaAnd?.item.sideOnly) end++;
    let next = commaAnd?.item.sideOnly ? commaAnd : itemAt(tokens, end + 1, lex, true);
    // "قيادي في هيئة تحرير الشام وثلاثة من مرافقيه": the side of one item, then the next item.
    const side = next ? undefined : sideAfter(tokens, end, lex);
    let at = side ? side.end : end + 1;
    // ("٢٢ مقاتلاً من «قسد» و١٧ من عناصر…": the side's name in quotation marks.)
    if (side && /^[»”"]$/.test(tokens[at]?.norm ?? '')) at++;
    // ("a member of the Internal Security Forces (Asayish) and a civilian": the side's other name in brackets.)
    if (side && tokens[at]?.norm === '(') {
      const closing = [1, 2, 3, 4].map((d) => at + d).find((k) => tokens[k]?.norm === ')');
      if (closing !== undefined) at = closing + 1;
    }
    if (side) next = itemAt(tokens, at, lex, true);
    // "هم 18 من مقاتلي قسد، و12 من عناصر قوات النظام المنتشرين في نقاط التماس، ومدني واحد":
    // a breakdown's items may each carry a description and a comma before the next.
    if (!next && lex.language === 'ar') {
      const after = nextInArabicList(tokens, at, lex);
      // ("و18 من عناصر "قسد"، و11 مدنياً": the item's side, quoted right after it, is its own.)
      const quotedSide = after && QUOTE_MARKS.has(tokens[end + 1]?.norm ?? '') ? lex.actorAt(tokens, end + 2) : undefined;
      if (quotedSide) items[items.length - 1].affiliation ??= quotedSide.value;
      if (after) [at, next] = after;
    }
    if (!next || next.outcomeFromNoun) break;
    if (next.item.sideOnly) {
      const before = items[items.length - 1];
      if (!before.ofEarlier) break;
      next.item.ofEarlier = before.ofEarlier;
    }
    if (side) items[items.length - 1].affiliation ??= side.value;
    next.item.span = [at, next.end];
    items.push(next.item);
    end = next.end;
  }
  if (items.length === 1 && first.item.n === null) return undefined;
  // ("a commander and his driver", "قيادي ومرافقه": a fighter's own retinue is of his side.)
  const head = items.find((x) => x.kind === 'combatants');
  for (const item of items.slice(1)) {
    if (head && item !== head && item.span && retinue(tokens, item.span)) Object.assign(item, { kind: 'combatants', affiliation: head.affiliation });
  }
  // (In a list, a group named by whose fighters they are without a side keeps none: "ستة من مقاتلي العشائر وأربعة عناصر من قسد".)
  if (items.length > 1) {
    for (const item of items) {
      const past = item.span && tokens[item.span[1] + 1] && !/^و/.test(tokens[item.span[1] + 1].norm) ? 2 : 1;
      if (item.span && !item.affiliation && tokens.slice(item.span[0], item.span[1] + past).some((t) => lex.namesNoSide(t) || lex.namesTribe(t))) item.sideless = true;
      if (item !== items[items.length - 1] && item.span && tokens.slice(item.span[0], item.span[1] + 1).some((t, j, span) => OWN_FIGHTERS_AR.test(t.norm) || (/^(its|their|his|our)$/.test(t.lower) && !!span[j + 1]))) item.owned = true;
    }
  }
  const phrase: CountPhrase = { items, start: i, end, numeric: first.numeric, outcomeFromNoun: first.outcomeFromNoun, toll: first.item.toll };
  phrase.affiliation = affiliationAfter(tokens, end, lex);
  // ("ارتقاء ثلاثة شهداء من الجيش", "قتلى من قسد": the dead of an armed side are its fighters.)
  const ofSide = lex.language === 'ar' && items.length === 1 && items[0].kind === 'unspecified' && first.outcomeFromNoun && tokens[end + 1]?.norm === 'من' ? lex.actorAt(tokens, end + 2) : undefined;
  if (ofSide) items[0] = { ...items[0], kind: 'combatants', affiliation: ofSide.value };
  // ("seven members of the SDF and the Asayish", "36 Turkish soldiers and Turkey-backed FSA
  // militants": one number over fighters of two sides is of neither.)
  if (items.length === 1 && items[0].kind === 'combatants' && anotherSideJoined(tokens, phrase, lex)) {
    phrase.affiliation = undefined;
    items[0] = { ...items[0], affiliation: undefined, sideless: true };
  }
  return phrase;
}

/**
 * "745 civilians, most of them members of the Alawite minority, 125 members of…": a description of
 * a group between commas is no end of the list. Returns the token before the comma that follows it.
 */
function pastApposition(tokens: Token[], at: number): number {
  // ("most of them …", "mostly civilians"; not ", some 125 soldiers," which is the next group.)
  const describes = /^(mostly|mainly)$/.test(tokens[at + 2]?.lower ?? '') || (/^(most|many|all|some)$/.test(tokens[at + 2]?.lower ?? '') && tokens[at + 3]?.lower === 'of');
  if (tokens[at + 1]?.norm !== ',' || !describes) return at;
  for (let k = at + 3; k < at + 16 && tokens[k]; k++) {
    if (tokens[k].norm === ',') return k - 1;
    if (tokens[k].kind === 'punct') return at;
  }
  return at;
}

/**
 * "16 fighters from the Afghan Fatemiyoun brigade and 11 …": a group's description with no side
 * the lexicon knows, up to the comma or "and" before the next group. Returns the token before it.
 */
function pastDescription(tokens: Token[], at: number, lex: Lexicon): number {
  // ("46 government soldiers and members of allied militias, and 21 civilians": more of the same group.)
  const more = tokens[at + 1]?.lower === 'and' && !lex.numberAt(tokens, at + 2) && !/^(a|an|another)$/.test(tokens[at + 2]?.lower ?? '');
  if (!/^(from|of|with)$/.test(tokens[at + 1]?.lower ?? '') && !more) return at;
  for (let k = at + 2; k < at + 9 && tokens[k]; k++) {
    const t = tokens[k];
    if ((t.norm === ',' || t.lower === 'and') && lex.numberAt(tokens, k + 1)) return k - 1;
    if (t.norm === ',' && tokens[k + 1]?.lower === 'and' && lex.numberAt(tokens, k + 2)) return k - 1;
    if (t.kind !== 'word' || lex.outcome(t) || lex.numberAt(tokens, k)) return at;
  }
  return at;
}

/** Items after `end` separated by commas, the last by "and"; only a list closed so counts. */
function commaList(tokens: Token[], end: number, lex: Lexicon): { items: Item[]; end: number; firstSideless?: boolean } | undefined {
  const items: Item[] = [];
  let at = end;
  const firstSide = sideAfter(tokens, at, lex);
  if (firstSide) at = firstSide.end - 1;
  at = pastApposition(tokens, at);
  // ("including two medical staff, a woman and a child": "a" counts one.)
  const counted = (k: number) => !!lex.numberAt(tokens, k) || (/^(a|an)$/.test(tokens[k]?.lower ?? '') && !!lex.victim(tokens[k + 1]));
  // ("89: 28 members of the Kurdish-led forces and internal security, five civilians and 56
  // militants": the first group's description runs to the comma before the second.)
  const described = tokens[at + 1]?.norm === ',' ? at : pastWordsToComma(tokens, at, lex, counted);
  const joined = described !== at && tokens.slice(at + 1, described + 1).some((t) => t.lower === 'and');
  at = described;
  while (tokens[at + 1]?.norm === ',' && tokens[at + 2] && counted(at + 2)) {
    const next = itemAt(tokens, at + 2, lex, false);
    // (", 40 were wounded", ", three of them children": no item of a list.)
    if (!next || next.item.others || next.item.kind === 'unspecified' || next.outcomeFromNoun) return undefined;
    next.item.span = [at + 2, next.end];
    items.push(next.item);
    at = next.end;
    // ("100 members of government forces, …": the side named after an item.)
    const side = sideAfter(tokens, at, lex);
    if (side) {
      next.item.affiliation ??= side.value;
      at = side.end - 1;
    }
    at = pastDescription(tokens, pastApposition(tokens, at), lex);
  }
  // ("65 fighters, 46 soldiers, and 21 civilians": the serial comma before the last "and".)
  if (items.length && tokens[at + 1]?.norm === ',' && tokens[at + 2]?.lower === 'and') at += 1;
  const last = items.length ? itemAt(tokens, at + 1, lex, true) : undefined;
  if (!last || last.outcomeFromNoun) return undefined;
  last.item.span = [at + 1, last.end];
  return { items: [...items, last.item], end: last.end, firstSideless: joined };
}

/** Words with no number, outcome or verb of saying up to a comma that a counted group follows: the token before the comma. */
function pastWordsToComma(tokens: Token[], at: number, lex: Lexicon, counted: (k: number) => boolean): number {
  if (lex.language !== 'en' || (!/^(of|from|and)$/.test(tokens[at + 1]?.lower ?? '') && tokens[at + 1]?.norm !== '(')) return at;
  for (let k = at + 1; k < at + 14 && tokens[k]; k++) {
    const t = tokens[k];
    // ("65 fighters from Hayat Tahrir al-Sham (HTS) and allied factions, 46…": a name's acronym in brackets.)
    if (t.norm === '(' && tokens[k + 2]?.norm === ')') {
      k += 2;
      continue;
    }
    if (t.norm === ',') return counted(k + 1) || (tokens[k + 1]?.lower === 'and' && counted(k + 2)) ? k - 1 : at;
    if (t.kind !== 'word' || lex.outcome(t) || lex.sayingVerb(t) || lex.numberAt(tokens, k)) return at;
  }
  return at;
}

function itemAt(
  tokens: Token[],
  i: number,
  lex: Lexicon,
  continuing: boolean,
): { item: Item; end: number; numeric: boolean; outcomeFromNoun?: Outcome } | undefined {
  let t = tokens[i];
  if (!t) return undefined;
  if (continuing) {
    // Arabic joins with a prefixed و ("وطفل"), English with a separate "and"; before digits the
    // Arabic و stands alone too ("و4 سيدات" is read "و" "4").
    const alone = lex.language === 'ar' && AND_ALONE.test(t.norm) && tokens[i + 1]?.kind === 'number';
    const rest = alone ? 'و' : lex.isAnd(t);
    if (rest === undefined) return undefined;
    if (lex.language === 'en' || alone) {
      i += 1;
      t = tokens[i];
      if (!t) return undefined;
    } else {
      t = { ...t, norm: rest };
    }
  }
  // Only a peeled Arabic conjunction changes the token read: copy the sentence only then.
  const view = t === tokens[i] ? tokens : tokens.slice();
  view[i] = t;
  const num = lex.numberAt(view, i);
  // ("…and more than 170 soldiers": a group of a list may have a qualifier of its own.)
  // ("وما لا يقل عن 31 عنصراً": four words of it in Arabic.)
  const qualified = continuing && !num && QUALIFIER_START.test(view[i].norm) ? [i + 1, i + 2, i + 3, i + 4].find((j) => lex.numberAt(view, j) && lex.qualifierBefore(view, j)?.start === i) : undefined;
  if (qualified !== undefined) {
    const numbered = numberedItem(view, lex.numberAt(view, qualified) as NumberPhrase, lex);
    return numbered && { ...numbered, item: { ...numbered.item, qualifier: lex.qualifierBefore(view, qualified)?.value }, numeric: true };
  }
  // ("nine of the dead belonged to Tahrir al-Sham and six to Ahrar al-Sham": the verb left out.)
  if (continuing && num && lex.language === 'en' && /^(to|from)$/.test(view[num.end]?.lower ?? '')) {
    const side = sideNamedAt(view, num.end + 1, lex);
    if (side) return { item: { kind: 'combatants', n: num.value, vague: num.vague, plural: num.value > 1, affiliation: side.value, sideOnly: true }, end: side.end - 1, numeric: true };
  }
  if (num) {
    const numbered = numberedItem(view, num, lex);
    // ("between 20 and 30 people": a range keeps its lower bound.)
    return numbered && { ...numbered, item: num.low !== undefined ? { ...numbered.item, low: num.low } : numbered.item, numeric: true };
  }
  // A dual casualty noun counts itself: "سقط قتيلان".
  // "one was killed and another was wounded": "another" alone is one more person.
  // ("one of its soldiers was killed and another wounded": the verb left out.)
  if (lex.language === 'en' && t.lower === 'another' && (/^(was|died|is)$/.test(view[i + 1]?.lower ?? '') || (i > 0 && view[i - 1].lower === 'and' && !!lex.outcome(view[i + 1])?.roles.includes('laterVerb') && !hasObject(view, i + 2, lex)))) {
    return { item: { kind: 'unspecified', n: 1, vague: false, plural: false, others: true }, end: i, numeric: false };
  }
  // "وقتلت أحدهم": one of those just named.
  if (lex.language === 'ar' && /^(احدهم|احداهن|احدهما|احداهما)$/.test(t.norm) && i > 0 && lex.outcome(view[i - 1])?.roles.includes('trigger')) {
    return { item: { kind: 'unspecified', n: 1, vague: false, plural: false, others: true }, end: i, numeric: false };
  }
  // "وأصيب ثالث بجروح": a third, one more of those just counted.
  if (lex.language === 'ar' && AR_ORDINAL.test(t.norm) && i > 0 && lex.outcome(view[i - 1])?.roles.includes('trigger')) {
    return { item: { kind: 'unspecified', n: 1, vague: false, plural: false, others: true, ordinal: true }, end: i, numeric: false };
  }
  // "three children were killed and a fourth was badly hurt": one more of those just counted.
  if (lex.language === 'en' && t.lower === 'a' && ORDINAL.test(view[i + 1]?.lower ?? '') && /^(was|died|is|remained|remains)$/.test(view[i + 2]?.lower ?? '')) {
    return { item: { kind: 'unspecified', n: 1, vague: false, plural: false, others: true, ordinal: true }, end: i + 1, numeric: false };
  }
  // "a family of five": five people of one family.
  if (lex.language === 'en' && t.lower === 'a' && view[i + 1]?.lower === 'family' && view[i + 2]?.lower === 'of') {
    const members = lex.numberAt(view, i + 3);
    if (members && (!view[members.end] || view[members.end].kind === 'punct' || !lex.victim(view[members.end]))) {
      return { item: { kind: 'civilians', n: members.value, vague: members.vague, plural: true }, end: members.end - 1, numeric: true };
    }
  }
  // "عائلة من سبعة أفراد", "أسرة مؤلفة من خمسة أشخاص", "عائلة كاملة من سبعة أفراد": the same in Arabic.
  if (lex.language === 'ar' && /^(عايله|اسره)$/.test(t.norm)) {
    const whole = /^(كامله|باكملها)$/.test(view[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    const of = /^(مولفه|مكونه)$/.test(view[whole]?.norm ?? '') ? whole + 1 : whole;
    const members = view[of]?.norm === 'من' ? lex.numberAt(view, of + 1) : undefined;
    if (members && (!view[members.end] || /^(افراد|اشخاص)$/.test(view[members.end].norm))) {
      const end = view[members.end] ? members.end : members.end - 1;
      return { item: { kind: 'civilians', n: members.value, vague: members.vague, plural: true }, end, numeric: true };
    }
  }
  // "her two children", "his three sons", "my two brothers": a possessive before a number.
  if (lex.language === 'en' && /^(his|her|their|its|my|our)$/.test(t.lower)) {
    const owned = lex.numberAt(view, i + 1);
    const numbered = owned && numberedItem(view, owned, lex);
    if (numbered) return { ...numbered, numeric: true };
  }
  // ("سقط قتيل وجريحان", "أسفر عن سقوط قتيل": a singular noun of the dead or wounded after a verb of
  // falling counts one.)
  const single = lex.language === 'ar' && !continuing && i > 0 && FALLEN_BEFORE.test(view[i - 1].norm) ? SINGLE_COUNT.get(t.norm) : undefined;
  // ("جريحان من عناصر قوات النظام": of whom, after "من".)
  const ofWhom = lex.isOf(view[i + 1]) && lex.victim(view[i + 2])?.number === 'pl' ? i + 2 : undefined;
  if (single) {
    const kind = ofWhom !== undefined ? (lex.victim(view[ofWhom])?.kind ?? 'unspecified') : 'unspecified';
    return { item: { kind, n: 1, vague: false, plural: false }, end: ofWhom ?? i, numeric: false, outcomeFromNoun: single };
  }
  const dual = !continuing ? lex.dualCount(t) : undefined;
  if (dual) {
    // "جثتي طفلين": whose two bodies.
    const whose = lex.victim(view[i + 1]);
    if (whose && whose.number !== 'sg') return { item: { kind: whose.kind, n: 2, vague: false, plural: true }, end: i + 1, numeric: true, outcomeFromNoun: dual };
    const of = ofWhom !== undefined ? lex.victim(view[ofWhom]) : undefined;
    if (of) return { item: { kind: of.kind, n: 2, vague: false, plural: true }, end: ofWhom as number, numeric: true, outcomeFromNoun: dual };
    return { item: { kind: 'unspecified', n: 2, vague: false, plural: true, others: true }, end: i, numeric: true, outcomeFromNoun: dual };
  }
  // "the body of an Iraqi refugee": one body, of the one named (as "وجثة امرأة" below).
  if (lex.language === 'en' && !continuing && t.lower === 'body' && view[i + 1]?.lower === 'of' && /^(a|an)$/.test(view[i + 2]?.lower ?? '')) {
    // (Found, not seen: "a man cradling the body of a small boy" in footage counts no one new.)
    const whose = itemAt(view, i + 2, lex, false);
    const found = whose && view.slice(whose.end + 1, whose.end + 5).some((w) => FOUND.test(w.lower));
    if (whose && found && !whose.numeric && whose.item.n === 1) return { ...whose, outcomeFromNoun: 'killed' };
  }
  // "وجثة امرأة": one body, of the one named.
  const body = lex.language === 'ar' ? countNoun(t, lex) : undefined;
  const bodyOf = body && lex.victim(view[i + 1]);
  // ("عُثر على جثة الشاب محمد العلي": the body of one named by his name.)
  const named = body === 'killed' && !continuing && bodyOf?.number === 'sg' && isDefinite(view[i + 1], lex) && view[i + 2]?.kind === 'word' && !isDefinite(view[i + 2], lex) && !lex.victim(view[i + 2]) && !lex.outcome(view[i + 2]);
  if (body && bodyOf?.number === 'sg' && (!isDefinite(view[i + 1], lex) || named)) {
    // ("مقتل شاب وإصابة شقيقه": a wound is another outcome, which ends the list of the dead.)
    return { item: { kind: bodyOf.kind, n: 1, vague: false, plural: false }, end: i + 1, numeric: false, outcomeFromNoun: continuing && body === 'killed' ? undefined : body };
  }
  // An indefinite singular or dual noun counts itself: "قُتلت امرأة", "مقتل طفلين", "a child", "their mother".
  const article = lex.language === 'en' && /^(a|an|another|his|her|their|its|my|our)$/.test(t.lower);
  let nounAt = article ? i + 1 : i;
  let side: string | undefined;
  let minor = false;
  // "a Turkish soldier", "a 12-year-old boy"
  for (let guard = 0; article && view[nounAt] && !lex.victim(view[nounAt]) && guard < 3; guard++) {
    if (view[nounAt].kind === 'number' && view[nounAt + 1]?.norm === '-' && /^(year|month)s?-old$/.test(view[nounAt + 2]?.lower ?? '')) {
      // ("her 12-year-old nephew": under eighteen is a child, whatever the noun.)
      minor ||= /^month/.test(view[nounAt + 2].lower) || Number(view[nounAt].norm) < 18;
      nounAt += 3;
      continue;
    }
    // ("a senior Hezbollah operative": a side's name before its member.)
    const named = lex.language === 'en' ? lex.actorAt(view, nounAt) : undefined;
    if (named && lex.victim(view[named.end])?.kind === 'combatants') {
      side ??= named.value;
      nounAt = named.end;
      break;
    }
    // ("a camp guard", "a truck driver": a noun naming the kind of the next.)
    if (!isAdjective(view[nounAt]) && !nounModifier(view, nounAt, lex)) break;
    side ??= lex.nationality(view[nounAt]);
    nounAt++;
  }
  // ("a civilian woman": the noun after the adjective says who.)
  if (article && /^civilian$/.test(view[nounAt]?.lower ?? '') && CIVILIAN_KINDS.has(lex.victim(view[nounAt + 1])?.kind ?? 'unspecified')) nounAt++;
  const victim = lex.victim(view[nounAt]);
  // "أطفالهما الثلاثة", "أبناؤه الأربعة": an owned plural counted by the number after it.
  if (lex.language === 'ar' && victim?.number === 'pl' && OWNED.test(view[nounAt].norm) && /^ال/.test(view[nounAt + 1]?.norm ?? '')) {
    const owned = lex.numberAt(view, nounAt + 1);
    if (owned) return { item: { kind: victim.kind, n: owned.value, vague: owned.vague, plural: true }, end: owned.end - 1, numeric: true };
  }
  // "مدنيَّين اثنين": without its vowels a dual reads as a plural; the numeral after it settles it.
  if (victim?.number === 'pl' && lex.language === 'ar' && twoAfter(view, nounAt) && !isDefinite(view[nounAt], lex)) {
    return { item: { kind: victim.kind, n: 2, vague: false, plural: true }, end: nounAt + 1, numeric: true };
  }
  // "استشهد الشاب محمد": a definite singular right after its verb is one person too.
  const definiteOne = isDefinite(view[nounAt], lex) && victim?.number === 'sg' && !continuing && !!lex.outcome(view[nounAt - 1])?.roles.includes('laterVerb');
  if (!victim || victim.number === 'pl' || (isDefinite(view[nounAt], lex) && !definiteOne)) return undefined;
  if (lex.language === 'en' && !article && victim.number === 'sg') return undefined;
  side ??= lex.language === 'ar' ? lex.nationality(view[nounAt + 1]) : undefined;
  // "مواطنان اثنان", "ضابط برتبة ملازم أول": a numeral or a rank after the noun is part of it;
  // so is an adjective that is also a noun ("امرأة مسنّة", "طفل رضيع").
  const described = lex.language === 'ar' && AR_AGE_ADJECTIVES.test(view[nounAt + 1]?.norm ?? '') ? nounAt + 1 : nounAt;
  const ranked = afterRank(view, twoAfter(view, nounAt) ? nounAt + 1 : described, lex);
  // "أصيب عنصران آخران": "other" agrees with the dual it follows and counts no one more.
  const end = lex.language === 'ar' && victim.number === 'dual' && /^(اخران|اخرين)$/.test(view[ranked + 1]?.norm ?? '') ? ranked + 1 : ranked;
  // ("استشهد عضوان في قوى الأمن الداخلي": members of a force are its fighters.)
  const force = lex.language === 'ar' && /^(عضو|عضوا|عضوان|عضوين)$/.test(view[nounAt].norm) && /^(من|في)$/.test(view[end + 1]?.norm ?? '') ? lex.actorAt(view, end + 2) : undefined;
  if (force) return { item: { kind: 'combatants', n: victim.number === 'dual' ? 2 : 1, vague: false, plural: false, affiliation: force.value }, end: force.end - 1, numeric: false };
  // ("فتى في السادسة عشرة من عمره قُتل", "وابنها البالغ من العمر 15 عاماً": his age is part of
  // the noun; its verb comes after, and under eighteen he is a child.)
  const aged = lex.language === 'ar' ? arabicAgeAfter(view, end) : undefined;
  minor ||= aged?.years !== undefined && aged.years < 18;
  // ("وأصيب شقيقها الصغير": a sibling or a son called little is a child.)
  minor ||= lex.language === 'ar' && /^(شقيق|شقيقت|ابن|ابنت|اخ|اخت)/.test(view[nounAt].norm) && /^(الصغير|الصغيره|الاصغر|الصغري|الرضيع|الرضيعه)$/.test(view[nounAt + 1]?.norm ?? '');
  const kind = minor && (CIVILIAN_KINDS.has(victim.kind) || victim.kind === 'unspecified') ? 'children' : victim.kind;
  return { item: { kind, n: victim.number === 'dual' ? 2 : 1, vague: false, plural: false, affiliation: side }, end: aged?.end ?? end, numeric: false };
}

const AR_ORDINAL_AGES: ReadonlyMap<string, number> = new Map([
  ['ثالثه', 3], ['رابعه', 4], ['خامسه', 5], ['سادسه', 6], ['سابعه', 7], ['ثامنه', 8], ['تاسعه', 9], ['عاشره', 10],
  ['حاديه', 1], ['ثانيه', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['سادس', 6], ['سابع', 7], ['ثامن', 8], ['تاسع', 9], ['عاشر', 10],
]);
const AR_AGE_OF = /^(عمره|عمرها|العمر)$/;
const AR_AGE_TENS: ReadonlyMap<string, number> = new Map([
  ['العشرين', 20], ['الثلاثين', 30], ['الاربعين', 40], ['الخمسين', 50], ['الستين', 60], ['السبعين', 70], ['الثمانين', 80], ['التسعين', 90],
  ['عشرين', 20], ['ثلاثين', 30], ['اربعين', 40], ['خمسين', 50], ['ستين', 60], ['سبعين', 70], ['ثمانين', 80], ['تسعين', 90],
]);

/**
 * An age after a person's noun: "في السادسة عشرة من عمره", "في العشرينيات من عمره", "في الـ15 من
 * عمرها", "البالغ من العمر 15 عاماً". Its last token, and the years when a single age is told.
 */
function arabicAgeAfter(tokens: Token[], end: number): { end: number; years?: number } | undefined {
  const at = end + 1;
  if (tokens[at]?.norm === 'في') {
    const of = [at + 2, at + 3, at + 4].find((k) => tokens[k]?.norm === 'من' && AR_AGE_OF.test(tokens[k + 1]?.norm ?? ''));
    if (of === undefined) return undefined;
    const words = tokens.slice(at + 1, of);
    const digits = words.find((t) => t.kind === 'number');
    const ordinal = AR_ORDINAL_AGES.get(words[0]?.norm.replace(/^ال/, '') ?? '');
    const teen = words.some((t) => /^عشر(ه)?$/.test(t.norm));
    // ("في الثالثة والأربعين من عمره": the units, then the tens.)
    const tens = words.map((t) => AR_AGE_TENS.get(t.norm.replace(/^و/, ''))).find((n) => n !== undefined);
    const years = digits ? Number(digits.norm) : ordinal !== undefined ? ordinal + (tens ?? (teen ? 10 : 0)) : tens;
    return { end: of + 1, years: Number.isFinite(years) ? years : undefined };
  }
  if (/^(ال)?(بالغ|بالغه)$|^(يبلغ|تبلغ)$/.test(tokens[at]?.norm ?? '') && tokens[at + 1]?.norm === 'من' && tokens[at + 2]?.norm === 'العمر' && tokens[at + 3]?.kind === 'number') {
    const unit = /^(عاما|عام|سنه|سنوات|اعوام|سنين)$/.test(tokens[at + 4]?.norm ?? '') ? at + 4 : at + 3;
    return { end: unit, years: Number(tokens[at + 3].norm) };
  }
  return undefined;
}

/**
 * "put the number of civilians killed at 146", "the toll among government forces had risen to 16":
 * whom a toll's number counts, named before it.
 */
/** Rebel groups with names of their own, each an "opposition" side in general words. */
const REBEL_GROUPS = new Set(['fsa', 'sna', 'hts', 'jaysh_al_islam', 'faylaq_al_rahman']);

function numberOfWhom(tokens: Token[], from: number, lex: Lexicon, reach = 12): Pick<Item, 'kind' | 'affiliation'> | undefined {
  if (lex.language === 'ar') {
    // "ارتفع عدد القتلى المدنيين إلى 16", "حصيلة القتلى من المدنيين": the same in Arabic.
    for (let k = from - 1; k >= 0 && k >= from - reach && tokens[k].kind !== 'punct'; k--) {
      if (!/^(عدد|حصيله)$/.test(tokens[k].norm)) continue;
      for (let j = k + 1; j <= k + 4 && j < from; j++) {
        const whom = lex.victim(tokens[j]);
        if (whom && whom.number === 'pl' && whom.kind !== 'unspecified') return { kind: whom.kind };
      }
      return undefined;
    }
    return undefined;
  }
  for (let k = from - 1; k >= 0 && k >= from - 12 && tokens[k].kind !== 'punct'; k--) {
    const numberOf = tokens[k].lower === 'number' && tokens[k + 1]?.lower === 'of';
    const tollAmong = /^(toll|tally)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'among';
    if (!numberOf && !tollAmong) continue;
    const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const actor = tollAmong ? lex.actorAt(tokens, at) : undefined;
    if (actor) return { kind: 'combatants', affiliation: actor.value };
    // ("the toll among Syrian civilians": an adjective may come first.)
    const whom = lex.victim(tokens[at]) ?? (tollAmong && englishAdjective(tokens[at], lex) ? lex.victim(tokens[at + 1]) : undefined);
    return whom && whom.number === 'pl' && (numberOf || whom.kind !== 'unspecified') ? { kind: whom.kind } : undefined;
  }
  return undefined;
}

/** "another wounded a teenage boy": a verb with its object is another's act, not another casualty. */
function hasObject(tokens: Token[], at: number, lex: Lexicon): boolean {
  const t = tokens[at];
  return !!t && (/^(a|an|the|his|her|their|its)$/.test(t.lower) || !!lex.numberAt(tokens, at) || !!lex.victim(t));
}

/**
 * "In Hamouria alone, 29 …", "وفي حمورية وحدها، قُتل 29": the place's first word when the sentence
 * opens on a place said to be alone, before the figure at `from`.
 */
function aloneAt(tokens: Token[], from: number, lex: Lexicon): number | undefined {
  const word = (k: number) => (lex.language === 'en' ? tokens[k]?.lower : tokens[k]?.norm) ?? '';
  const opens = lex.language === 'en' ? word(0) === 'in' : /^و?في$/.test(word(0));
  if (!opens) return undefined;
  // (Past the word for the place: "In the town of Hamouria alone", "وفي بلدة حمورية وحدها".)
  let name = 1;
  while (name < 4 && (/^(the|of)$/.test(word(name)) || (!!tokens[name] && lex.placeMarker(tokens[name]) === 'settlement'))) name++;
  // ("In one week alone", "في اليوم الأول وحده": a time, not a place.)
  const named = lex.language === 'en' ? !!tokens[name]?.capitalised || /^(al|el|as|ash|ad|ar|at|az|an)-\p{Lu}/u.test(tokens[name]?.raw ?? '') : tokens[name]?.kind === 'word' && !/^(ال)?(يوم|اسبوع|شهر|عام|ساعات|ساعه|ليله)/.test(word(name));
  if (!named || lex.numberAt(tokens, name)) return undefined;
  for (let k = name + 1; k < Math.min(from, name + 5); k++) {
    if (/^(alone|وحدها|وحده)$/.test(word(k))) return name;
  }
  return undefined;
}

/** What may follow a toll's bare number: "rose to 32 by nightfall", "…to 19 on Sunday", "…to 40 as rescuers dug". */
const TOLL_NUMBER_ENDS = /^(with|after|in|on|by|as|since|during|amid|following|overnight|from|across|when|while|later|yesterday|today|في|مع|بعد|منذ|خلال)$/;

/** Words a qualifier may begin with ("more than", "at least", "نحو", "ما لا يقل عن"): a cheap test before looking one up. */
const QUALIFIER_START = /^(more|at|about|around|nearly|almost|approximately|roughly|some|over|up|less|fewer|close|no|exceeded|surpassed|topped|اكثر|نحو|قرابه|حوالي|ما|علي|اقل|زهاء|ازيد|يقارب|حوالى|تجاوز|تجاوزت|يتجاوز|تتجاوز|فاق|فاقت|يفوق)$/i;

const TWO = /^(اثنان|اثنين|اثنتان|اثنتين)$/;
function twoAfter(tokens: Token[], at: number): boolean {
  return TWO.test(tokens[at + 1]?.norm ?? '');
}

/** "ضابط برتبة ملازم أول", "an officer with the rank of lieutenant": the rank belongs to the noun. */
function afterRank(tokens: Token[], end: number, lex: Lexicon): number {
  if (lex.language === 'ar' && tokens[end + 1]?.norm === 'برتبه' && tokens[end + 2]?.kind === 'word') {
    return /^(اول|ثاني|ركن)$/.test(tokens[end + 3]?.norm ?? '') ? end + 3 : end + 2;
  }
  if (lex.language === 'en' && tokens[end + 1]?.lower === 'with' && tokens[end + 2]?.lower === 'the' && tokens[end + 3]?.lower === 'rank' && tokens[end + 4]?.lower === 'of' && tokens[end + 5]?.kind === 'word') {
    return end + 5;
  }
  return end;
}

function numberedItem(tokens: Token[], num: NumberPhrase, lex: Lexicon): { item: Item; end: number; outcomeFromNoun?: Outcome } | undefined {
  // Years and dates are numbers too: "2017", "29 أيلول".
  if (num.value >= 1900 && num.value <= 2100 && !num.vague) return undefined;
  let k = num.end;
  if (lex.monthAt(tokens, k)) return undefined;
  // Where the number's phrase begins, with a qualifier before it ("more than 30"): asked once.
  const numFrom = lex.qualifierBefore(tokens, num.start)?.start ?? num.start;
  // 'nine "apostates"', "قتلوا "أكثر من 20 تكفيرياً"": a noun quoted from one side's words.
  // ('52 "martyrs" had been recorded': a count noun so quoted too.)
  if (/^["“«]$/.test(tokens[k]?.norm ?? '') && (lex.victim(tokens[k + 1]) || countNoun(tokens[k + 1], lex))) k++;
  // ('killed "dozens" of SDF members', 'killed "around 20" rebel fighters': the number quoted.)
  else if (/^["”»]$/.test(tokens[k]?.norm ?? '') && QUOTE_MARKS.has(tokens[numFrom - 1]?.norm ?? '') && (lex.isOf(tokens[k + 1]) || !!lex.victim(tokens[k + 1]) || (!!tokens[k + 1] && englishAdjective(tokens[k + 1], lex)))) k++;
  if (lex.isOf(tokens[k]) && (lex.victim(tokens[k + 1]) || countNoun(tokens[k + 1], lex) || lex.actorAt(tokens, k + 1))) k++;
  // ('15 من "فلول النظام"': a side's name in quotation marks after "من".)
  else if (lex.isOf(tokens[k]) && QUOTE_MARKS.has(tokens[k + 1]?.norm ?? '') && lex.actorAt(tokens, k + 2)) k += 2;
  // English puts adjectives between: "12 Syrian soldiers", "five pro-government fighters".
  let side: string | undefined;
  if (lex.language === 'en') {
    // "three more of its fighters", "two of the group's fighters", "dozens of government soldiers".
    if (/^(more|other)$/.test(tokens[k]?.lower ?? '') && lex.isOf(tokens[k + 1])) k++;
    if (lex.isOf(tokens[k])) {
      let j = k + 1;
      // ('"three of our fighters were martyred"': a speaker's own.)
      if (/^(the|its|their|his|her|our)$/.test(tokens[j]?.lower ?? '')) j++;
      // ("six of its own fighters")
      if (tokens[j]?.lower === 'own') j++;
      if (tokens[j]?.kind === 'word' && /['’]s$/.test(tokens[j].raw) && !lex.victim(tokens[j])) j++;
      let a = j;
      while (a < j + 3 && tokens[a] && !lex.victim(tokens[a]) && englishAdjective(tokens[a], lex)) a++;
      if (lex.victim(tokens[a]) || lex.actorAt(tokens, j)) k = j;
    }
    // "120 Islamic State fighters": the side's name between number and noun.
    const actor = lex.actorAt(tokens, k);
    // ("Three Free Syrian Army (FSA) fighters": the acronym in brackets between.)
    // ("25 suspected Islamic State group members": the word "group" too.)
    const bracketed = actor && tokens[actor.end]?.norm === '(' && tokens[actor.end + 2]?.norm === ')' ? actor.end + 3 : actor?.end;
    // ('40 SDF "apostates"': the noun in quotation marks.)
    // ("18 YPG/PKK terrorists": another name after a slash.)
    const slashed = bracketed !== undefined && tokens[bracketed]?.norm === '/' && tokens[bracketed + 1]?.kind === 'word' ? bracketed + 2 : bracketed;
    const afterActor = slashed !== undefined && (tokens[slashed]?.lower === 'group' || /^["“]$/.test(tokens[slashed]?.norm ?? '')) ? slashed + 1 : slashed;
    if (actor && afterActor !== undefined && lex.victim(tokens[afterActor])) {
      side = actor.value;
      k = afterActor;
    }
    // (An actor's name before its members is no adjective: "25 suspected Islamic State group members".)
    const actorBeforeMembers = (at: number) => {
      const a = lex.actorAt(tokens, at);
      return !!a && (!!lex.victim(tokens[a.end]) || (tokens[a.end]?.lower === 'group' && !!lex.victim(tokens[a.end + 1])));
    };
    for (let skip = 0; skip < 3 && tokens[k] && !lex.victim(tokens[k]) && !countNoun(tokens[k], lex) && !actorBeforeMembers(k) && (englishAdjective(tokens[k], lex) || nounModifier(tokens, k, lex)); skip++) {
      side ??= lex.nationality(tokens[k]);
      k++;
      // ("11 army and security personnel": two words of kind joined before one noun.)
      if (tokens[k]?.lower === 'and' && EN_ADJECTIVES.has(tokens[k - 1].lower) && EN_ADJECTIVES.has(tokens[k + 1]?.lower ?? '') && lex.victim(tokens[k + 2])) k++;
    }
    // "three Lebanese Hezbollah members": the side's name after an adjective.
    const named = lex.actorAt(tokens, k);
    // ("25 suspected Islamic State group members": "group" after the name here too.)
    const namedEnd = named && tokens[named.end]?.lower === 'group' ? named.end + 1 : named?.end;
    if (named && namedEnd !== undefined && lex.victim(tokens[namedEnd])) {
      side = named.value;
      k = namedEnd;
    }
  }
  // "Two of the dead were fighters guarding the building", "12 of the dead were passengers".
  // ("17 of Tuesday's dead were in the town of Hazzeh": whose day's dead.)
  if (lex.language === 'en' && lex.isOf(tokens[k]) && (tokens[k + 1]?.lower === 'the' || /^[A-Z]\w+['’]s$/.test(tokens[k + 1]?.raw ?? '')) && /^(were|was)$/.test(tokens[k + 3]?.lower ?? '')) {
    const of = countNoun(tokens[k + 2], lex);
    let at = /^(a|an)$/.test(tokens[k + 4]?.lower ?? '') ? k + 5 : k + 4;
    while (tokens[at] && !lex.victim(tokens[at]) && englishAdjective(tokens[at], lex) && at < k + 8) at++;
    const who = lex.victim(tokens[at]);
    if (of && who && who.kind !== 'unspecified') {
      return { item: { kind: who.kind, n: num.value, vague: num.vague, plural: num.value > 1, ofEarlier: of, affiliation: lex.actorAt(tokens, at)?.value }, end: at };
    }
    // ("31 of the dead were in Homs province": a part of the toll at a place of its own.)
    // ("… were in the town of Hazzeh": past the word that makes it a place.)
    const named = tokens[k + 5]?.lower === 'the' && lex.placeMarker(tokens[k + 6]) && tokens[k + 7]?.lower === 'of' ? k + 8 : k + 5;
    if (of && /^(in|at)$/.test(tokens[k + 4]?.lower ?? '') && tokens[named]?.capitalised) {
      return { item: { kind: 'unspecified', n: num.value, vague: num.vague, plural: num.value > 1, ofEarlier: of, placeAt: named }, end: k + 3 };
    }
  }
  // ("nine of the dead belonged to Tahrir al-Sham", "six of the dead were from Ahrar al-Sham": fighters
  // of the side they are said to be of.)
  if (lex.language === 'en' && lex.isOf(tokens[k]) && tokens[k + 1]?.lower === 'the') {
    const of = countNoun(tokens[k + 2], lex);
    const to = (tokens[k + 3]?.lower === 'belonged' && tokens[k + 4]?.lower === 'to') || (/^(were|was)$/.test(tokens[k + 3]?.lower ?? '') && tokens[k + 4]?.lower === 'from') ? k + 5 : undefined;
    const side = of && to !== undefined ? sideNamedAt(tokens, to, lex) : undefined;
    if (side) return { item: { kind: 'combatants', n: num.value, vague: num.vague, plural: num.value > 1, ofEarlier: of, affiliation: side.value }, end: side.end - 1 };
  }
  // ("11 of the dead were killed when strikes hit a school basement in Mseifra": where, in the clause;
  // "11 of the dead, among them five children, were killed…": past its part.)
  if (lex.language === 'en' && lex.isOf(tokens[k]) && tokens[k + 1]?.lower === 'the') {
    const of = countNoun(tokens[k + 2], lex);
    const closing = tokens[k + 3]?.norm === ',' ? [4, 5, 6, 7, 8].map((d) => k + d).find((j) => tokens[j]?.norm === ',') : undefined;
    const verbAt = closing !== undefined ? closing + 1 : k + 3;
    const died = /^(were|was)$/.test(tokens[verbAt]?.lower ?? '') && tokens[verbAt + 1]?.lower === 'killed' ? verbAt + 2 : tokens[verbAt]?.lower === 'died' ? verbAt + 1 : undefined;
    if (of === 'killed' && died !== undefined) {
      const placeAt = placeLaterInClause(tokens, died, lex);
      return { item: { kind: 'unspecified', n: num.value, vague: num.vague, plural: num.value > 1, ofEarlier: of, ...(placeAt !== undefined ? { placeAt } : {}) }, end: k + 2 };
    }
  }
  const victim: VictimWord | undefined = lex.victim(tokens[k]);
  // "15 rebels", "9 من مرتزقة الاحتلال التركي": a noun that begins a side's name.
  if (victim?.kind === 'combatants') side ??= lex.actorAt(tokens, k)?.value;
  // "أحد المصابين", "ثلاثة من المصابين": some of casualties already counted, not a new count of them.
  // ("عشرات القتلى" counts the dead: no "من", no "أحد".)
  const oneOf = /^(احد|احدي)$/.test(tokens[num.start]?.norm ?? '') || lex.isOf(tokens[k - 1]);
  const pointsBack = lex.language === 'ar' && oneOf && isDefinite(tokens[k], lex) && !!countNoun(tokens[k], lex);
  // ("مقتل 11 وإصابة 20": a noun after "و" begins the next outcome; "11 وفاة" is the number's own.)
  const nextOutcome = lex.language === 'ar' && /^و/.test(tokens[k]?.norm ?? '') && !/^(وفاه|وفيات)$/.test(tokens[k].norm);
  const noun = pointsBack || nextOutcome ? undefined : countNoun(tokens[k], lex);
  const n = num.value;
  if (pointsBack) {
    // ("31 من القتلى سقطوا في حمص": a part of the toll already given, at a place of its own.)
    const verbAt = /^(سقطوا|قتلوا|كانوا|قضوا)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    const placed = tokens[verbAt]?.norm === 'في' && tokens[verbAt + 1]?.kind === 'word' ? verbAt + 1 : undefined;
    const of = placed !== undefined ? countNoun(tokens[k], lex) : undefined;
    return { item: { kind: 'unspecified', n, vague: num.vague, plural: n > 1, pointsBackTo: countNoun(tokens[k], lex), ...(of ? { ofEarlier: of, placeAt: placed } : {}) }, end: k };
  }
  if (noun) {
    // "تسعة قتلى لعناصر من قوات النظام": the count noun may be followed by whose dead they are.
    // ("عشرات القتلى في صفوف المسلحين", "… في صفوف قوات النظام": whose ranks they fell in.)
    const ranks = lex.language === 'ar' && /^و?(في|بين)$/.test(tokens[k + 1]?.norm ?? '') && /^صفوف$/.test(tokens[k + 2]?.norm ?? '') ? k + 3 : undefined;
    const ranksOf = ranks !== undefined ? lex.actorAt(tokens, ranks) : undefined;
    const whoseAt = lex.victim(tokens[k + 1]) ? k + 1 : lex.isOf(tokens[k + 1]) && lex.victim(tokens[k + 2]) ? k + 2 : ranks !== undefined && lex.victim(tokens[ranks]) ? ranks : undefined;
    const whose = whoseAt !== undefined ? lex.victim(tokens[whoseAt]) : ranksOf ? ({ kind: 'combatants', number: 'pl' } as VictimWord) : undefined;
    if (ranksOf) {
      return { item: { kind: 'combatants', n, vague: num.vague, plural: true, affiliation: ranksOf.value }, end: ranksOf.end - 1, outcomeFromNoun: noun };
    }
    // ("عدد الضحايا المدنيين … ارتفع إلى 11 قتيلاً": the count noun of a toll says no more than
    // that they died; whose toll it is was said before.)
    const tollWhose = !whose && lex.language === 'ar' && /^(الي|بلغ|بلغت)$/.test(tokens[numFrom - 1]?.norm ?? '') ? numberOfWhom(tokens, numFrom, lex, 16) : undefined;
    return {
      item: { kind: whose?.kind ?? tollWhose?.kind ?? 'unspecified', n, vague: num.vague, plural: true, others: !whose && !tollWhose },
      end: whoseAt ?? k,
      outcomeFromNoun: noun,
    };
  }
  // ("46 Druze, four of them children": a community named as a noun counts its people, of no kind told.)
  if (!victim && lex.language === 'en' && k > num.end && COMMUNITIES.test(tokens[k - 1].lower)) {
    return { item: { kind: 'unspecified', n, vague: num.vague, plural: n > 1 }, end: k - 1 };
  }
  if (victim) {
    // "five members of one family", "خمسة أفراد من عائلة واحدة": a family's members are civilians.
    if (familyMembers(tokens, k, lex)) return { item: { kind: 'civilians', n, vague: num.vague, plural: true }, end: k };
    // ("خمسة أفراد من قوات النظام", "أعضاء في قوى الأمن": members of a side are its fighters.)
    if (lex.language === 'ar' && /^(افراد|الافراد|اعضاء)$/.test(tokens[k].norm) && /^(من|في)$/.test(tokens[k + 1]?.norm ?? '')) {
      const force = lex.actorAt(tokens, k + 2);
      if (force) return { item: { kind: 'combatants', n, vague: num.vague, plural: true, affiliation: force.value }, end: force.end - 1 };
    }
    // ("a civilian woman", "two civilian men": the noun after the adjective says who.)
    const person = lex.language === 'en' && victim.kind === 'civilians' && /^civilian$/.test(tokens[k].lower) ? lex.victim(tokens[k + 1]) : undefined;
    if (person && CIVILIAN_KINDS.has(person.kind)) return { item: { kind: person.kind, n, vague: num.vague, plural: n > 1 }, end: k + 1 };
    // Arabic names the side after the noun: "3 جنود أتراك".
    side ??= lex.language === 'ar' ? lex.nationality(tokens[k + 1]) : undefined;
    const others = lex.isOthers(tokens[k]);
    // "Two brothers, aged nine and 12": under eighteen they are children.
    const kind = CIVILIAN_KINDS.has(victim.kind) && agedUnder18(tokens, k + 1, lex) ? 'children' : victim.kind;
    return { item: { kind, n, vague: num.vague, plural: true, affiliation: side, others }, end: side && lex.language === 'ar' ? k + 1 : k };
  }
  if (lex.isOthers(tokens[k])) return { item: { kind: 'unspecified', n, vague: num.vague, plural: true, others: true }, end: k };
  // "مقتل 11 من قوات النظام", "11 من فلول النظام": of a side named with no noun for its members.
  const sideOf = lex.isOf(tokens[k - 1]) || (QUOTE_MARKS.has(tokens[k - 1]?.norm ?? '') && lex.isOf(tokens[k - 2])) ? lex.actorAt(tokens, k) : undefined;
  if (sideOf) return { item: { kind: 'combatants', n, vague: num.vague, plural: num.vague || n > 1, affiliation: sideOf.value }, end: sideOf.end - 1 };
  // "the toll rose to 19", "ارتفعت الحصيلة إلى 17": a number with no noun after a toll.
  const before = tokens[num.start - 1]?.lower ?? '';
  // ("has risen to more than 1,000": a qualifier may stand between.)
  const beforeQualifier = tokens[numFrom - 1]?.lower ?? '';
  // "ارتفع إلى 11 عدد المدنيين الذين فارقوا الحياة", "إلى ستة عدد الشهداء": the toll's noun after it.
  if (lex.language === 'ar' && /^(الي|بلغ|بلغت)$/.test(before) && /^(عدد|حصيله)$/.test(tokens[k]?.norm ?? '') && tokens[k + 1]) {
    const counted = countNoun(tokens[k + 1], lex);
    // ("إلى 19 عدد الشهداء المدنيين", "إلى 16 عدد القتلى من جامعي الكمأة": whose dead they are after the count noun.)
    const ofWhom = tokens[k + 2]?.norm === 'من' ? k + 3 : k + 2;
    const whoseAt = counted && lex.victim(tokens[ofWhom])?.number === 'pl' ? ofWhom : k + 1;
    const whose = lex.victim(tokens[whoseAt]);
    if (whose || counted) {
      return { item: { kind: whose?.kind ?? 'unspecified', n, vague: num.vague, plural: true, toll: true }, end: whoseAt, outcomeFromNoun: counted };
    }
  }
  // ("raised to 76 the number of people killed in Sunday's raids": the same in English.)
  if (lex.language === 'en' && before === 'to' && tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'number' && tokens[k + 2]?.lower === 'of') {
    const whom = lex.victim(tokens[k + 3]);
    const said = [k + 4, k + 5].find((j) => lex.outcome(tokens[j])?.roles.includes('laterVerb'));
    if (whom && said !== undefined) {
      const kind = whom.number === 'pl' && whom.kind !== 'unspecified' ? whom.kind : 'unspecified';
      return { item: { kind, n, vague: num.vague, plural: true, toll: true }, end: said, outcomeFromNoun: lex.outcome(tokens[said])?.outcome };
    }
  }
  // "أن عدد القتلى ستة": the toll named before its number, no verb between.
  // ("قدّرت عدد القتلى بقرابة مئة وعشرين": a qualifier may stand between.)
  const tollAt = numFrom < num.start ? numFrom : num.start;
  const tollNoun = lex.language === 'ar' && tokens[tollAt - 2]?.norm === 'عدد' ? countNoun(tokens[tollAt - 1], lex) : undefined;
  // ("بلغ عدد الشهداء أحد عشر بينهم امرأتان": its parts may follow.)
  if (tollNoun && (!tokens[k] || tokens[k].kind === 'punct' || lex.isAnd(tokens[k]) !== undefined || /^(في|بعد|جراء)$/.test(tokens[k].norm) || lex.isAmong(tokens, k) !== undefined)) {
    return { item: { kind: 'unspecified', n, vague: num.vague, plural: true, toll: true }, end: k - 1, outcomeFromNoun: tollNoun };
  }
  // "أسر اثنين منهم": some of those named before.
  // (Only after its verb: "لا يزال خمسة منهم في العناية" counts no one new; "قضت على أكثر من
  // أربعين منهم" does.)
  // ("killing 13 of them", "had killed dozens of them": the same in English.) They are of the kind
  // named last before them: "a bus carrying soldiers…, killing 13 of them" counts soldiers.
  const ofThem =
    lex.language === 'ar' ? (/^(منهم|منهن)$/.test(tokens[k]?.norm ?? '') ? k : undefined) : lex.isOf(tokens[k]) && tokens[k + 1]?.lower === 'them' ? k + 1 : undefined;
  if (ofThem !== undefined && triggerBefore(tokens, num.start, lex, 5)) {
    const { kind, affiliation } = namedBefore(tokens, num.start, lex);
    return { item: { kind, n, vague: num.vague, plural: n > 1, others: true, affiliation }, end: ofThem };
  }
  // ("It said 72 of them died on Monday": some of a toll given before, told by their own verb.)
  const died = ofThem !== undefined && lex.language === 'en' && /^(died|were|had)$/.test(tokens[ofThem + 1]?.lower ?? '') ? laterVerb(tokens, ofThem, tokens.map(() => 0), lex, 3) : undefined;
  if (died && ofThem !== undefined) return { item: { kind: 'unspecified', n, vague: num.vague, plural: n > 1, ofEarlier: died }, end: ofThem };
  // ("a lower nationwide toll of 61, including…": the toll's number after "of".)
  const tollOf = before === 'of' && /^(toll|tally)$/.test(tokens[num.start - 2]?.lower ?? '');
  // ('put the number of wounded at "more than 40"': the figure quoted.)
  const quotedAt = QUOTE_MARKS.has(tokens[numFrom - 1]?.norm ?? '') ? numFrom - 1 : numFrom;
  const beforeQuote = tokens[quotedAt - 1]?.lower ?? '';
  if ((/^(to|at|reached|exceeded|surpassed|topped|الي|بلغت|بلغ|تجاوز|تجاوزت|فاق|فاقت)$/.test(before) || /^(to|at|reached|الي|بلغت|بلغ)$/.test(beforeQualifier) || (quotedAt < numFrom && /^(to|at)$/.test(beforeQuote)) || tollOf) && (!tokens[k] || tokens[k].kind === 'punct' || lex.isAnd(tokens[k]) !== undefined || TOLL_NUMBER_ENDS.test(tokens[k].lower) || lex.isAmong(tokens, k) !== undefined)) {
    // ("ارتفعت الحصيلة إلى ٢٠ بينهم ستة أطفال": its parts may follow with no comma.)
    const whom = numberOfWhom(tokens, quotedAt, lex);
    return { item: { kind: whom?.kind ?? 'unspecified', n, vague: num.vague, plural: true, toll: true, ...(whom?.affiliation ? { affiliation: whom.affiliation } : {}) }, end: k - 1 };
  }
  // "وإصابة 23 بجروح، بينهم 9 أطفال": a number right after its verbal noun, no noun of its own.
  // ("مقتل 11 في الهجوم", "مقتل 11 وإصابة 20": what follows it is where, why or the next outcome.)
  const endsBare = (t: Token | undefined) => !t || t.kind === 'punct' || /^(بجروح|بجراح|في|جراء|اثر|خلال|بعد|عند)$/.test(t.norm) || (lex.isAnd(t) !== undefined && !!lex.outcome({ ...t, norm: t.norm.slice(1), forms: undefined })?.roles.includes('trigger'));
  if (lex.language === 'ar' && lex.outcome(tokens[num.start - 1])?.roles.includes('trigger') && endsBare(tokens[k])) {
    return { item: { kind: 'unspecified', n, vague: num.vague, plural: true, others: true }, end: k - 1 };
  }
  // "لا يزال مصير ثلاثة مجهولاً": whose fate is unknown, the number alone.
  if (lex.language === 'ar' && /^و?مصير$/.test(tokens[numFrom - 1]?.norm ?? '')) {
    return { item: { kind: 'unspecified', n, vague: num.vague, plural: true, others: true }, end: k - 1 };
  }
  // "Dozens were wounded", "12 were hurt": the verb follows.
  if (lex.language === 'en' && /^(were|was|have|has|had|are)$/.test(tokens[k]?.lower ?? '')) {
    return { item: { kind: 'unspecified', n, vague: num.vague, plural: true, others: true }, end: k - 1 };
  }
  // "وأصيب اثنان", "أصيب العشرات بجروح", "killed five and wounded 12": a number alone right after the verb.
  // ('had also wounded "dozens."': the number may be quoted.)
  // ("wounded more than 30", "wounding more than two dozen": a qualifier may stand between.)
  const verbAt = QUOTE_MARKS.has(tokens[numFrom - 1]?.norm ?? '') ? numFrom - 2 : numFrom - 1;
  if (verbAt >= 0 && bareNumberAfterVerb(tokens, verbAt, k, lex)) {
    return { item: { kind: 'unspecified', n, vague: num.vague, plural: true, others: true }, end: k - 1 };
  }
  // English "13 killed", "two dead": the outcome word itself follows the number.
  if (lex.language === 'en') {
    const oc = lex.outcome(tokens[k]);
    if (oc && tokens[k].kind === 'word') return { item: { kind: 'unspecified', n, vague: num.vague, plural: true, others: true }, end: k - 1, outcomeFromNoun: oc.outcome };
  }
  return undefined;
}

const AR_AFTER_BARE_NUMBER = /^(في|خلال|جراء|اثر|بعد|بجروح|بجراح|باصابات|برصاص|بنيران|بقصف|اليوم|امس)$/;
const EN_AFTER_BARE_NUMBER = /^(in|on|at|near|when|after|during|as|according|and|while|across|around|inside|outside|since)$/;

/** The verb before a number that counts people with no noun, and what may follow such a number. */
function bareNumberAfterVerb(tokens: Token[], verbAt: number, after: number, lex: Lexicon): boolean {
  const verb = tokens[verbAt];
  const oc = lex.outcome(verb);
  const next = tokens[after];
  const ends = !next || next.kind === 'punct' || lex.isAnd(next) !== undefined;
  // ("وإصابة العشرات": a verbal noun before "the dozens" too.)
  const definite = /^ال/.test(tokens[verbAt + 1]?.norm ?? '');
  if (lex.language === 'ar') return (!!oc?.roles.includes('laterVerb') || (definite && !!oc?.roles.includes('trigger'))) && (ends || AR_AFTER_BARE_NUMBER.test(next.norm));
  // English: only a verb form ("killed", "wounding"), not a noun ("deaths", "toll").
  return !!oc?.roles.includes('trigger') && /(ed|ing)$/.test(verb.lower) && (ends || EN_AFTER_BARE_NUMBER.test(next.lower));
}

const EN_ADJECTIVES = new Set(['suspected', 'alleged', 'medical', 'second', 'third', 'fourth', 'fifth', 'elderly', 'old', 'teenage', 'pregnant', 'lone', 'unidentified', 'unknown', 'armed', 'female', 'male', 'senior', 'former', 'aid', 'humanitarian', 'military', 'turkish', 'russian', 'iranian', 'american', 'syrian', 'regime', 'government', 'pro-government', 'iraqi', 'kurdish', 'turkish', 'russian', 'rebel', 'opposition', 'palestinian', 'israeli', 'security', 'police', 'more', 'other', 'innocent', 'local', 'army', 'militia', 'yemeni', 'lebanese', 'afghan', 'houthi', 'isis', 'is', 'sdf', 'hts', 'fsa', 'young', 'unarmed', 'displaced']);
function isAdjective(t: Token): boolean {
  return t.kind === 'word' && EN_ADJECTIVES.has(t.lower);
}

/** Peoples and faiths news counts by name ("46 Druze", "dozens of Alawites"). */
const COMMUNITIES = /^(druze|alawites|kurds|christians|sunnis|shiites|shias|bedouins|yazidis|armenians|assyrians|ismailis|turkmens)$/;

/** Between a number and its noun: a known adjective, a capitalised one ("30 Druze villagers"), or "Iran-backed". */
function englishAdjective(t: Token, lex: Lexicon): boolean {
  if (t.kind !== 'word') return false;
  if (isAdjective(t) || BACKED.test(t.lower)) return true;
  if (t.capitalised) return t.norm.length > 2 && !lex.outcome(t) && !lex.sayingVerb(t) && !lex.actorAt([t], 0);
  // "12 tribal fighters", "two foreign jihadists": a lower-case word shaped like an adjective.
  return ADJECTIVE_ENDING.test(t.lower) && !lex.outcome(t) && !lex.victim(t);
}
/** "three truffle hunters", "two aid workers", "five army officers": a noun naming the kind of the next. */
function nounModifier(tokens: Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  return t.kind === 'word' && /^[a-z]{3,}$/.test(t.raw) && !FUNCTION_WORDS.test(t.lower) && !lex.outcome(t) && !!lex.victim(tokens[k + 1]) && !lex.isOthers(tokens[k + 1]);
}
const FUNCTION_WORDS = /^(and|or|the|of|were|was|are|is|have|has|had|been|being|more|other|among|including|with|from|for|into|onto|than|then|also|all|both|its|their|his|her|our|your|these|those|them|who|whom|which|that|this)$/;
const ADJECTIVE_ENDING = /^[a-z-]{4,}(al|ian|ese|ish|ic|ive|ary|ite|ern|ign)$/;
const BACKED = /-(backed|affiliated|aligned|allied|led|linked|loyal|supported|sponsored|based|funded|trained)$/;

/** "ارتقى ثلاثة أطفال شهداء", "سقط خمسة مدنيين قتلى": the count noun after the counted says what they became. */
function statedAs(tokens: Token[], end: number, lex: Lexicon): Outcome | undefined {
  const next = tokens[end + 1];
  return lex.language === 'ar' && next && /^(شهداء|قتلى|جرحى|مصابين)$/.test(next.norm) ? countNoun(next, lex) : undefined;
}

function countNoun(t: Token | undefined, lex: Lexicon): Outcome | undefined {
  if (!t) return undefined;
  const oc = lex.outcome(t);
  return oc?.roles.includes('countNoun') ? oc.outcome : undefined;
}

function isDefinite(t: Token | undefined, lex: Lexicon): boolean {
  if (!t) return false;
  return lex.language === 'ar' ? /^(و|ف)?(ب|ل|ك)?ال|^لل/.test(t.norm) : false;
}

/** "في هيئة تحرير الشام", "of the SDF" right after an item: its side, and the index after it. */
function sideAfter(tokens: Token[], end: number, lex: Lexicon): PhraseMatch<string> | undefined {
  const t = tokens[end + 1];
  // "33 من عناصر الجيش السوري": the counted noun in construct with its side.
  if (t && lex.language === 'ar' && t.kind === 'word' && lex.victim(tokens[end]) && !/^و/.test(t.norm)) {
    const owner = lex.actorAt(tokens, end + 1);
    if (owner) return owner;
  }
  if (!t || !/^(في|من|of|from|with)$/.test(t.lower)) return undefined;
  const at = lex.language === 'en' && tokens[end + 2]?.lower === 'the' ? end + 3 : end + 2;
  // ("مقاتلاً من «قسد»": the side's name in quotation marks.)
  const quoted = /^[«“"]$/.test(tokens[at]?.norm ?? '') ? lex.actorAt(tokens, at + 1) : undefined;
  // ("125 members of the government's security forces and 148 fighters…": whose forces, before them.)
  const whose = lex.language === 'en' && /^(government|state|regime|army)['’]s$/i.test(tokens[at]?.raw ?? '') && !lex.actorAt(tokens, at) ? lex.actorAt(tokens, at + 1) : undefined;
  return quoted ?? whose ?? lex.actorAt(tokens, at);
}

/**
 * People named without a number, then said to be trapped or buried under the rubble within a few
 * words: "people believed to be trapped under collapsed buildings", "families still under the
 * rubble", "عالقين تحت أنقاض مبنى", "عائلات ما تزال تحت الأنقاض".
 */
function trappedUnnumbered(tokens: Token[], i: number, lex: Lexicon): { kind: Victims['kind'] } | undefined {
  const t = tokens[i];
  const en = lex.language === 'en';
  const who = en ? t.lower.match(/^(people|persons|families|residents|civilians)$/)?.[1] : t.norm.match(/^و?(عالقين|عالقون|عايلات)$/)?.[1];
  // (Not "عدد من المواطنين عالقين": the people counted just before.)
  if (!who || lex.numberAt(tokens, i - 1) || (en && lex.vagueQuantityAt(tokens, i - 1) !== undefined) || (i > 1 && lex.numberAt(tokens, i - 2)) || !!lex.victim(tokens[i - 1])) return undefined;
  // (Not "انتشال العالقين": the trapped already counted; nor "civilians trapped in eastern Aleppo", a
  // siege: rubble, debris or a collapsed building is named.)
  const after = tokens.slice(i + 1, i + 8);
  const under = en
    ? after.some((w) => /^(trapped|buried|under)$/.test(w.lower)) && tokens.some((w) => /^(rubble|debris|collapsed|ruins)$/.test(w.lower))
    : after.some((w) => /^(تحت|من)$/.test(w.norm)) && after.some((w) => /^(الانقاض|انقاض|الركام|ركام)$/.test(w.norm));
  if (!under) return undefined;
  return { kind: /^(families|residents|civilians|عايلات)$/.test(who) ? 'civilians' : 'unspecified' };
}

/** Singular nouns that count casualties (folded), and the verbs of falling they follow. */
const SINGLE_COUNT = new Map<string, Outcome>([['قتيل', 'killed'], ['شهيد', 'killed'], ['جريح', 'injured'], ['مصاب', 'injured'], ['مفقود', 'missing']]);
const FALLEN_BEFORE = /^[وف]?(سقط|سقوط|بسقوط|وقوع|بوقوع|خلف|خلفت|اوقع|اوقعت)$/;

const FOUND = /^(found|recovered|discovered|retrieved|pulled|dumped|returned|handed|exhumed)$/;
const RETINUE_AR = /^و?(مرافق|سائق|سايق|حارس|حراس)(ه|ها|يه|يها|هم|يهم)$/;
const RETINUE_EN = /^(driver|drivers|bodyguard|bodyguards|escort|escorts|companion|companions|guards|aide|aides)$/;

/** "his driver", "مرافقه", "وسائقها": a person's own retinue, named by whose it is. */
function retinue(tokens: Token[], [from, to]: [number, number]): boolean {
  return tokens.slice(from, to + 1).some((t, k) => RETINUE_AR.test(t.norm) || (RETINUE_EN.test(t.lower) && /^(his|her|their)$/.test(tokens[from + k - 1]?.lower ?? '')));
}

/**
 * The next item of an Arabic list after a described one: past a few words that describe it
 * ("المنتشرين في نقاط التماس", "اللبناني") and the comma before "و". Only a counted group follows.
 */
function nextInArabicList(tokens: Token[], from: number, lex: Lexicon): [number, NonNullable<ReturnType<typeof itemAt>>] | undefined {
  // (A description begins with an adjective, "المنتشرين", "اللبناني"; not "بينهم سيدة وطفل", a part.)
  // ("٢٥ من مقاتلي «قسد»، و٣٧ من…": a quoted name ends the description; the list goes on after it.)
  const quoted = QUOTE_MARKS.has(tokens[from]?.norm ?? '') ? closingQuote(tokens, from) : undefined;
  if (quoted !== undefined && /^[،,]$/.test(tokens[quoted + 1]?.norm ?? '')) from = quoted + 1;
  // ("و18 من عناصر "قسد" و"مجلس دير الزور العسكري"، و11 مدنياً": a second quoted name joined to it.)
  const joined = quoted !== undefined && tokens[quoted + 1]?.norm === 'و' && QUOTE_MARKS.has(tokens[quoted + 2]?.norm ?? '') ? closingQuote(tokens, quoted + 2) : undefined;
  if (joined !== undefined && /^[،,]$/.test(tokens[joined + 1]?.norm ?? '')) from = joined + 1;
  const first = QUOTE_MARKS.has(tokens[from]?.norm ?? '') ? tokens[from + 1] : tokens[from];
  // ("قيادي في مجموعة محلية مسلحة ومرافقه": a place in a group, when his own retinue follows.)
  const prepositional = !!first && /^(في|من)$/.test(first.norm);
  // ("١٧٢ من عناصر الأمن العام والجيش، و٣٩ طفلاً": another side joined to the first's description.)
  if (!first || !(/^(ال|لل|وال)/.test(first.norm) || first.norm === '،' || first.norm === ',' || prepositional)) return undefined;
  for (let k = from; k < from + 6 && tokens[k]; k++) {
    const t = tokens[k];
    const comma = t.norm === '،' || t.norm === ',';
    // ("…، إضافة إلى تسعة مدنيين": "in addition to" joins the next group as "و" does.)
    const added = comma && IN_ADDITION_TO.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'الي';
    const at = added ? k + 3 : comma ? k + 1 : k;
    // ("ستة من عناصر الميليشيات من جنسيات غير سورية، وعنصران من حزب الله": after a comma, the next group.)
    if ((comma || k > from) && (added || /^و/.test(tokens[at]?.norm ?? '')) && !lex.outcome(tokens[at]) && (!prepositional || comma || RETINUE_AR.test(tokens[at].norm))) {
      const next = itemAt(tokens, at, lex, !added);
      if (next) return next.item.others || next.outcomeFromNoun ? undefined : [at, next];
    }
    // A verb, a figure of its own or other punctuation ends the description.
    if ((t.kind === 'punct' && !comma && !QUOTE_MARKS.has(t.norm)) || lex.outcome(t) || t.kind === 'number') return undefined;
    if (comma) return undefined;
  }
  return undefined;
}

const IN_ADDITION_TO = /^و?(ب)?(ال)?اضافه$/;

/** The quotation mark that closes the one at `open`, within a name's length. */
function closingQuote(tokens: Token[], open: number): number | undefined {
  for (let k = open + 1; k < open + 8 && tokens[k]; k++) if (QUOTE_MARKS.has(tokens[k].norm)) return k;
  return undefined;
}

/** "عنصراً من قوات النظام", "of regime forces": whose side the counted people are on. */
function affiliationAfter(tokens: Token[], end: number, lex: Lexicon): string | undefined {
  // ("of the U.S.-backed Syrian Democratic Forces": the stops of an abbreviation end nothing.)
  const abbreviation = (k: number) => (tokens[k].norm === '.' && /^[A-Z]$/.test(tokens[k - 1]?.raw ?? '')) || (tokens[k].norm === '-' && tokens[k - 1]?.norm === '.');
  for (let k = end + 1; k <= end + (lex.language === 'en' ? 10 : 4) && k < tokens.length; k++) {
    const actor = lex.actorAt(tokens, k);
    if (actor) return actor.value;
    if (tokens[k].kind === 'punct' && !QUOTE_MARKS.has(tokens[k].norm) && !abbreviation(k)) return undefined;
    // ("two of its fighters were killed and three wounded when the YPG attacked": a verb or a new
    // clause ends the words that may name whose they are.)
    if (lex.language === 'en' && (!!lex.outcome(tokens[k]) || /^(when|as|after|while|and|but|who|which|that|during)$/.test(tokens[k].lower))) return undefined;
    // ("16 شخصاً قتلوا برصاص قوات النظام": past their verb, a side is who killed them.)
    if (lex.language === 'ar' && lex.outcome(tokens[k])?.roles.includes('laterVerb')) return undefined;
  }
  // "عناصر من فرع الأمن العسكري التابع للنظام السوري": the unit's side, named further on.
  for (let k = end + 1; k <= end + 8 && k < tokens.length && tokens[k].kind !== 'punct'; k++) {
    if (lex.affiliationMarkerBefore(tokens, k + 1)) {
      const owner = lex.actorAt(tokens, k + 1);
      if (owner) return owner.value;
    }
  }
  return undefined;
}

/** Right after a group's words and side, "and" another side's fighters with no number of their own. */
function anotherSideJoined(tokens: Token[], phrase: CountPhrase, lex: Lexicon): boolean {
  const side = phrase.affiliation ?? phrase.items[0].affiliation;
  if (!side) return false;
  const at = phrase.affiliation ? afterAffiliation(tokens, phrase, lex) : phrase.end + 1;
  const and = tokens[at];
  if (!and || (lex.language === 'en' ? and.lower !== 'and' : !/^و/.test(and.norm) || and.norm.length < 3)) return false;
  // (Arabic writes "و" on the next word: "وعناصر الأسايش".)
  const view = lex.language === 'ar' ? [...tokens.slice(0, at), { ...and, norm: and.norm.slice(1), forms: undefined }, ...tokens.slice(at + 1)] : tokens;
  const from = lex.language === 'ar' ? at : at + 1;
  // ("…and a Syrian who was travelling with them": one more person, counted on his own.)
  if (/^(a|an|another|one)$/.test(view[from]?.lower ?? '')) return false;
  const fightersAfter = (k: number) => [1, 2, 3, 4, 5].some((d) => lex.victim(view[k + d])?.kind === 'combatants' && lex.victim(view[k + d])?.number === 'pl');
  for (let k = from; k <= from + 3 && k < view.length; k++) {
    if (lex.numberAt(view, k) || view[k].kind === 'punct') return false;
    const nationality = lex.nationality(view[k]);
    const other = lex.actorAt(view, k) ?? (nationality && fightersAfter(k) ? { value: nationality } : undefined);
    if (other && other.value !== side) return true;
  }
  return false;
}

function afterAffiliation(tokens: Token[], phrase: CountPhrase, lex: Lexicon): number {
  for (let k = phrase.end + 1; k <= phrase.end + 3 && k < tokens.length; k++) {
    const actor = lex.actorAt(tokens, k);
    // "of the Syrian Democratic Forces (SDF) was killed": the acronym in brackets is the name again.
    if (actor && tokens[actor.end]?.norm === '(' && tokens[actor.end + 2]?.norm === ')') return actor.end + 3;
    if (actor) return tokens[actor.end]?.kind === 'punct' ? actor.end + 1 : actor.end;
  }
  return tokens[phrase.end + 1]?.kind === 'punct' ? phrase.end + 2 : phrase.end + 1;
}

/** An outcome word that introduces the figure: up to three tokens before it ("مقتل ما لا يقل عن"). */
/**
 * "وقضت على عدد منهم", "ما أدى إلى مقتل عدد منهم", "وقتلت عدداً من أفرادها", "وأوقعت أعداداً كبيرة
 * منهم بين قتيل وجريح": an unknown number of those named before (armed men when the sentence calls
 * them so); "بين قتيل وجريح" counts both the dead and the wounded.
 */
function someOfThem(tokens: Token[], i: number, lex: Lexicon): { figures: Array<Pick<Figure, 'outcome' | 'victims' | 'first' | 'last' | 'sideless'>>; last: number } | undefined {
  if (lex.language !== 'ar' || !/^و?(عدد|عددا|اعداد|اعدادا)$/.test(tokens[i]?.norm ?? '')) return undefined;
  let k = i + 1;
  if (/^(كبيره|كبيرا|كبير)$/.test(tokens[k]?.norm ?? '')) k++;
  const them = /^(منهم|منهن)$/.test(tokens[k]?.norm ?? '') ? k : tokens[k]?.norm === 'من' && /^(افراد|عناصر|مقاتلي)(ها|هم|ه)$/.test(tokens[k + 1]?.norm ?? '') ? k + 1 : undefined;
  if (them === undefined || lex.negatedAt(tokens, i)) return undefined;
  const both = tokens[them + 1]?.norm === 'بين' && tokens[them + 2]?.norm === 'قتيل' && /^و(جريح|مصاب)$/.test(tokens[them + 3]?.norm ?? '');
  const outcome = both ? 'killed' : triggerBefore(tokens, i, lex, 5);
  if (!outcome) return undefined;
  const named = namedBefore(tokens, i, lex);
  const armed = tokens.slice(0, i).some((t) => lex.namesNoSide(t));
  const victims: Victims = named.kind === 'unspecified' && armed ? { kind: 'combatants' } : named.affiliation ? { kind: named.kind, affiliation: named.affiliation } : { kind: named.kind };
  const last = both ? them + 3 : them;
  const sideless = !victims.affiliation && armed;
  return { figures: [{ outcome, victims, first: i, last, sideless }, ...(both ? [{ outcome: 'injured' as const, victims, first: i, last, sideless }] : [])], last };
}

/**
 * The last victims named before token `from` in the sentence, with the side named with them:
 * ""Jaish al-Islam" terrorists", "two fighters of the SDF", "عناصر التنظيم".
 */
function namedBefore(tokens: Token[], from: number, lex: Lexicon): { kind: Victims['kind']; affiliation?: string } {
  for (let k = from - 1; k >= 0; k--) {
    const who = lex.victim(tokens[k]);
    if (!who || lex.isOthers(tokens[k])) continue;
    if (who.kind !== 'combatants') return { kind: who.kind };
    const of = lex.isOf(tokens[k + 1]) ? (/^(the|a|an)$/.test(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2) : k + 1;
    const after = lex.actorAt(tokens, of)?.value;
    const quote = /^["«“]$/.test(tokens[k - 1]?.norm ?? '') ? 1 : 0;
    const before = [1, 2, 3, 4, 5].map((d) => k - quote - d).map((start) => (start >= 0 ? lex.actorAt(tokens, start) : undefined)).find((a) => a?.end === k - quote)?.value;
    const affiliation = after ?? before;
    return affiliation ? { kind: who.kind, affiliation } : { kind: who.kind };
  }
  return { kind: 'unspecified' };
}

function triggerBefore(tokens: Token[], from: number, lex: Lexicon, reach = 3): Outcome | undefined {
  for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.norm !== '"' && t.norm !== '«') return undefined;
    // "were killed and 46 others were wounded": a conjunction starts another figure's clause.
    if (lex.language === 'en' && lex.isAnd(t) !== undefined) return undefined;
    const oc = lex.outcome(t);
    if (oc?.roles.includes('trigger')) return oc.outcome;
    // "قتل مقاتل وأسروا ثلاثة": the nearest verb governs its object, not one further back.
    if (oc?.roles.includes('laterVerb') && lex.language === 'ar') return undefined;
  }
  return undefined;
}

/**
 * Arabic verb–subject–object: "أسرت فصائل من "الجيش السوري الحر" سبعة عناصر", "أعدم تنظيم "الدولة
 * الإسلامية" ١٩ شخصاً". The verb is further back than a trigger may be, with a named side between.
 */
function verbBeforeSubject(tokens: Token[], from: number, lex: Lexicon): Outcome | undefined {
  if (lex.language !== 'ar') return undefined;
  let named = false;
  for (let k = from - 1; k >= Math.max(0, from - 14); k--) {
    const t = tokens[k];
    // ("اختطفت مجموعة مسلحة، فجر اليوم الثلاثاء، أربعة شبان": a time set off by commas.)
    if (t.norm === '،') {
      const open = [2, 3, 4, 5].map((d) => k - d).find((j) => tokens[j]?.norm === '،');
      // ("ليل الخميس – الجمعة": a night between two days.)
      if (open !== undefined && tokens.slice(open + 1, k).every((w) => AR_TIME_WORD.test(w.norm) || /^[-–—]$/.test(w.norm))) {
        k = open;
        continue;
      }
    }
    // ('أعدم تنظيم "الدولة الإسلامية" (داعش) شابين': the side's acronym in brackets.)
    if (t.kind === 'punct' && !QUOTE_MARKS.has(t.norm) && t.norm !== '-' && t.norm !== '(' && t.norm !== ')') return undefined;
    // ("عناصر تتبع لأحد فصائل…": "one of" in the subject counts no one.)
    if (t.kind === 'number' || (lex.numberAt(tokens, k) && !/^(ل|ب)?(احد|احدي)$/.test(t.norm))) return undefined;
    const oc = lex.outcome(t);
    // ("احتجز مسلحون من أقارب الضحية ثلاثة عناصر": a definite victim in the subject's words counts no one.)
    if (oc && !oc.roles.includes('trigger') && /^(و|ب|ل)?ال/.test(t.norm)) continue;
    if (oc) return named && oc.roles.includes('trigger') && !oc.roles.includes('countNoun') ? oc.outcome : undefined;
    // The subject: a side, or armed men no side is named for ("مجموعة مسلحة", "مسلحون مجهولون").
    // ("أعدم التنظيم صباح اليوم شابين": a side named before, by its anaphor.)
    if (lex.actorAt(tokens, k) || QUOTE_MARKS.has(t.norm) || AR_ARMED_SUBJECT.test(t.norm) || lex.sideAnaphor(t)) named = true;
  }
  return undefined;
}
const AR_TIME_WORD = /^(فجر|صباح|مساء|ليل|ليله|ظهر|عصر|اليوم|امس|الماضي|الماضيه|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)$/;
// ("قضت وحدات من جيشنا الباسل على…": the state media's "our army", "our forces".)
const AR_ARMED_SUBJECT = /^(مجموعه|مجموعات|عصابه|خليه|خلايا|مسلحون|مسلحين|مسلحه|مجهولون|مجهولين|جيشنا|قواتنا|وحدات)$/;
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”']);

/** Dual verbs of dying that need their object: "لقيا حتفهما", "فارقا الحياة" (folded); "قضيا" not before a time spent. */
const DUAL_DEATH_OBJECT: ReadonlyMap<string, RegExp> = new Map([
  ['لقيا', /^(حتفهما|مصرعهما)$/],
  ['فارقا', /^الحياه$/],
]);
function diedBy(tokens: Token[], k: number): boolean {
  const object = DUAL_DEATH_OBJECT.get(tokens[k].norm);
  if (object) return object.test(tokens[k + 1]?.norm ?? '');
  return !(/^(قضيا|قضوا|قضي|قضت)$/.test(tokens[k].norm) && (tokens[k + 1]?.kind === 'number' || /^(عشر|عشره|سنوات|سنه|عاما|اعوام|اياما|ايام|اشهر|شهرا|ليله|وقتا|فتره|عقوبه|محكوميه|حكما)$/.test(tokens[k + 1]?.norm ?? '')));
}

/** What one loses that is no person nor contact (folded): control, consciousness, a limb, a home. */
const LOST_THING = /^(ال)?(سيطره|وعي|وعيه|وعيها|امل|توازن|ذاكره|بصر|بصره|بصرها|ساق|ساقه|ساقها|ساقيه|قدم|قدمه|قدمها|يد|يده|يدها|عين|عينه|عينها|منزل|منزله|منزلها|منازلهم|عمل|عمله|عملها|ثقه)$/;

/** A verb later in the same clause that says what happened to the counted ("15 عنصراً … قتلوا"). */
function laterVerb(tokens: Token[], end: number, clause: number[], lex: Lexicon, reach = Infinity): Outcome | undefined {
  for (let k = end + 1; k < tokens.length && clause[k] === clause[end] && k <= end + reach; k++) {
    const oc = lex.outcome(tokens[k]);
    // "فقدا حياتهما": lost their lives.
    if (oc?.outcome === 'missing' && lex.language === 'ar' && /^حيات/.test(tokens[k + 1]?.norm ?? '')) return 'killed';
    // ("سائق الشاحنة فقد السيطرة عليها", "فقد وعيه": lost something other than people or contact.)
    if (oc?.outcome === 'missing' && lex.language === 'ar' && LOST_THING.test(tokens[k + 1]?.norm ?? '')) continue;
    // ("سجينين قضيا عشر سنوات", "لقيا ترحيباً": spent years, met a welcome; the dual dies only with its object.)
    if (oc && lex.language === 'ar' && !diedBy(tokens, k)) continue;
    if (underRubble(tokens, k)) return 'missing';
    // "the fate of two soldiers remains unknown": missing.
    if (lex.language === 'en' && tokens[k].lower === 'unknown' && tokens.slice(Math.max(0, end - 8), end).some((t) => t.lower === 'fate')) return 'missing';
    // ("A man from Zakia, detained since 2019, had died under torture": a state since a time
    // describes him; his own verb comes later.)
    if (oc && /^(since|منذ)$/.test(lex.language === 'en' ? (tokens[k + 1]?.lower ?? '') : (tokens[k + 1]?.norm ?? '')) && tokens[k - 1]?.norm === ',') continue;
    // ("five inmates … where they feared they would be executed": what might befall them, no outcome.)
    if (oc?.roles.includes('laterVerb') && lex.language === 'en' && tokens[k - 1]?.lower === 'be' && /^(would|could|might|may|will|shall|to)$/.test(tokens[k - 2]?.lower ?? '')) continue;
    if (oc?.roles.includes('laterVerb')) return oc.outcome;
    // ('415 "terrorists" had been "neutralized", a term it uses for fighters killed, wounded or
    // captured': killed, wounded and taken counted together, of no outcome.)
    if (lex.language === 'en' && /^neutrali[sz](ed|ing)$/.test(tokens[k].lower)) return undefined;
    // ("handed over at least 20 men …, some of whom later died": the verb is of an uncounted part.)
    if (lex.language === 'en' && tokens[k].lower === 'whom' && tokens[k - 1]?.lower === 'of' && /^(some|many|most|several|few|dozens|hundreds|one|two|three|four|five)$/.test(tokens[k - 2]?.lower ?? '')) return undefined;
    // ("١٩ شخصاً من عائلة واحدة قضوا": "one" after its noun says which, it counts no one.)
    if (lex.language === 'ar' && /^(واحد|واحده)$/.test(tokens[k].norm) && tokens[k - 1]?.kind === 'word') continue;
    if (oc?.roles.includes('trigger') || startsFigure(tokens, k, lex)) return undefined;
  }
  return undefined;
}

/**
 * "A former commander who joined a reconciliation force was shot dead", "a medical worker with
 * an NGO was wounded": an English singular subject, a relative clause or phrase after it, then
 * its own verb in the passive.
 */
function passiveAfterModifiers(tokens: Token[], end: number, clause: number[], lex: Lexicon): Outcome | undefined {
  if (lex.language !== 'en' || !POSTMODIFIER.test(tokens[end + 1]?.lower ?? '')) return undefined;
  for (let k = end + 2; k < tokens.length && clause[k] === clause[end] && k <= end + 20; k++) {
    if (tokens[k].kind === 'punct' && tokens[k].norm !== ',' && tokens[k].norm !== '-') return undefined;
    if (startsFigure(tokens, k, lex) || lex.sayingVerb(tokens[k])) return undefined;
    const oc = lex.outcome(tokens[k]);
    if (!oc) continue;
    const passive = tokens.slice(Math.max(end + 2, k - 3), k).some((t) => /^(was|were|been)$/.test(t.lower));
    return passive && oc.roles.includes('laterVerb') ? oc.outcome : undefined;
  }
  return undefined;
}
const POSTMODIFIER = /^(who|of|with|from|stationed|working|serving|based)$/;

/** Between quotation marks no more than four words apart: a name ("لواء شهداء الإسلام"), not a quotation. */
function insideQuotedName(tokens: Token[], i: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (QUOTE_MARKS.has(tokens[k].norm)) { open = k; break; }
  if (open < 0) return false;
  for (let k = i + 1; k <= Math.min(tokens.length - 1, open + 5); k++) if (QUOTE_MARKS.has(tokens[k].norm)) return true;
  return false;
}

/** "seven people are still under the rubble", "نعتقد أنهما تحت الركام" (but "pulled from under the rubble" is no one missing). */
function underRubble(tokens: Token[], k: number): boolean {
  // "two people believed to be buried under a collapsed shelter".
  if (tokens[k].lower === 'buried' && tokens[k + 1]?.lower === 'under') return true;
  if (!/^(تحت|under)$/.test(tokens[k].lower)) return false;
  const what = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return !!what && /^(ال)?(ركام|انقاض)|^(rubble|debris)$/.test(what.lower) && !/^(من|from)$/.test(tokens[k - 1]?.lower ?? '');
}

/** "ما أدى إلى مقتله", "أسفر عن إصابتها", "تسبب بمقتله": a verbal noun with its pronoun (folded words). */
const SUFFIXED = /^(ل|ب)?(مقتل|مصرع|استشهاد|وفات|اصابت|اختطاف|اعتقال)(ه|ها|هما)$/;
const SUFFIXED_OUTCOME: Record<string, Outcome> = { مقتل: 'killed', مصرع: 'killed', استشهاد: 'killed', وفات: 'killed', اصابت: 'injured', اختطاف: 'captured', اعتقال: 'captured' };

/**
 * "انفجرت عبوة ناسفة بسيارة عنصر في فرع الأمن العسكري، ما أدى لمقتله على الفور": the death (the
 * wound, the abduction) of the one person the sentence named before, uncounted till then — two with
 * "ـهما".
 */
function pronounFigures(tokens: Token[], lex: Lexicon, clause: number[], used: Set<number>): Figure[] {
  if (lex.language !== 'ar') return [];
  const figures: Figure[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const m = SUFFIXED.exec(tokens[i].norm);
    if (!m || used.has(i)) continue;
    const caused = m[1] ? CAUSED_BY_VERB.test(tokens[i - 1].norm) : /^(الي|عن|في)$/.test(tokens[i - 1].norm) && CAUSED_BY_VERB.test(tokens[i - 2]?.norm ?? '');
    if (!caused) continue;
    // Whom the pronoun stands for: the nearest person named before, not counted already ("ـها" a
    // woman or a girl, "ـه" a man or a boy).
    const n = m[3] === 'هما' ? 2 : 1;
    const agrees = (k: number, word: VictimWord) => (n === 2 ? word.number === 'dual' : word.number === 'sg' && (m[3] === 'ها') === (word.kind === 'women' || /ه$/.test(tokens[k].norm)));
    const named: Array<{ at: number; word: VictimWord }> = [];
    for (let k = i - 2; k >= Math.max(0, i - 30); k--) {
      const word = lex.victim(tokens[k]);
      if (word && agrees(k, word)) named.push({ at: k, word });
    }
    // (Two it may stand for, "شاب كان يحاول إسعاف طفل مصاب": none is guessed.)
    const whom = named[0];
    if (!whom || used.has(whom.at) || named.some((o) => !used.has(o.at) && o.word.kind !== whom.word.kind)) continue;
    // ("القيادي السابق في فصائل المعارضة": a former fighter is no fighter now.)
    const former = whom.word.kind === 'combatants' && /^(ال)?سابق$/.test(tokens[whom.at + 1]?.norm ?? '');
    const side = whom.word.kind === 'combatants' && !former ? [1, 2, 3].map((d) => lex.actorAt(tokens, whom.at + d)).find(Boolean)?.value : undefined;
    figures.push({
      outcome: SUFFIXED_OUTCOME[m[2]],
      victims: former ? { kind: 'men' } : side ? { kind: 'combatants', affiliation: side } : { kind: whom.word.kind },
      count: { qualifier: 'exact', min: n, max: n },
      preliminary: false,
      first: whom.at,
      last: i,
      clause: clause[i],
    });
    used.add(i).add(whom.at);
  }
  return figures;
}

/** Whose relatives ("ذوي مفقودين", "families of the missing"), folded. */
const FAMILIES_OF = /^(ذوي|ذوو|اهالي|عايلات|اسر|families|relatives)$/;

/**
 * Casualties reported without a number: "وقوع جرحى", "وجُرح آخرون", "عدداً من المدنيين أصيبوا",
 * "فقدان الاتصال بمجموعة من قوات النظام", "others were wounded". Definite forms ("المفقودين")
 * point back to casualties already counted and make no claim.
 */
function bareClaims(tokens: Token[], lex: Lexicon, clause: number[], used: Set<number>): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i];
    const oc = lex.outcome(t);
    // ('"لواء شهداء الإسلام"': a word of casualty inside a quoted name claims nothing.)
    if (oc && insideQuotedName(tokens, i)) continue;
    const base = { preliminary: false, count: { qualifier: 'unknown' as const, min: null, max: null }, clause: clause[i] };
    // "ارتفع عدد قتلى…", "حصيلة ضحايا…": a toll being given, not casualties without a number.
    const tollHead = i > 0 && /^(عدد|حصيله)$/.test(tokens[i - 1].norm);
    // ("لا يزال عدد من المواطنين مفقودين": the noun says what the figure just read was, no new one.)
    const saysOfLast = figures.some((f) => f.outcome === oc?.outcome && f.last < i && f.last >= i - 3);
    // ("كانوا أسرى لديها منذ أشهر": who had been held, in an exchange, no capture now.)
    const heldBefore = oc?.outcome === 'captured' && (/^و?(كانوا|كان|كانت|كانا)$/.test(tokens[i - 1]?.norm ?? '') || /^(لدي|لديها|لديه|لديهم)$/.test(tokens[i + 1]?.norm ?? ''));
    // ("مرجحاً ارتفاع عدد القتلى لوجود جرحى في حالة خطرة": why the toll may rise, no count of its own.)
    const whyItMayRise = /^(لوجود|وجود)$/.test(tokens[i - 1]?.norm ?? '') && tokens.some((w) => /^(للارتفاع|ارتفاع)$/.test(w.norm));
    // ("ولا يزال آخرون في عداد المفقودين": others still among the missing, of no number.)
    // (Not "حوالي خمسة أشخاص ما زالوا في عداد المفقودين": the number before says how many.)
    const amongThe = lex.language === 'ar' && oc && tokens[i - 1]?.norm === 'عداد' && tokens[i - 2]?.norm === 'في' && /^ال/.test(t.norm) && !tokens.slice(Math.max(0, i - 10), i - 2).some((w) => !!lex.numberAt(tokens, w.index));
    if (amongThe && oc?.outcome === 'missing') {
      figures.push({ ...base, outcome: oc.outcome, victims: { kind: 'unspecified' }, first: i - 2, last: i });
      used.add(i);
      continue;
    }
    // ("يأخذ كل الادعاءات بسقوط ضحايا مدنيين على محمل الجد": allegations in general count no one.)
    const alleged = tokens.slice(Math.max(0, i - 3), i).some((w) => /^(الادعاءات|ادعاءات|المزاعم|مزاعم|allegations|claims)$/.test(w.lower));
    // ("طلب من ذوي مفقودين", "families of the missing": whose relatives, no casualty of the day.)
    const relativesOf = FAMILIES_OF.test(lex.language === 'en' ? (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of' ? (tokens[i - 3]?.lower ?? '') : '') : (tokens[i - 1]?.norm ?? ''));
    if (oc?.bareClaim && !tollHead && !saysOfLast && !heldBefore && !whyItMayRise && !relativesOf && !alleged && !lex.numberAt(tokens, i - 1) && !lex.negatedAt(tokens, i)) {
      figures.push({ ...base, outcome: oc.outcome, victims: { kind: 'unspecified' }, first: i, last: i });
      used.add(i);
      continue;
    }
    // ("searching for people believed to be trapped under collapsed buildings", "تبحث عن عالقين تحت
    // أنقاض مبنى", "families still under the rubble": people under the rubble, not counted, are missing.)
    const buried = trappedUnnumbered(tokens, i, lex);
    if (buried) {
      figures.push({ ...base, outcome: 'missing', victims: { kind: buried.kind }, first: i, last: i });
      used.add(i);
      continue;
    }
    // "…, killing three people and injuring another": one more.
    if (lex.language === 'en' && oc?.roles.includes('trigger') && /ing$/.test(tokens[i].lower) && tokens[i + 1]?.lower === 'another' && (!tokens[i + 2] || tokens[i + 2].kind === 'punct')) {
      figures.push({ ...base, outcome: oc.outcome, victims: { kind: 'unspecified' }, count: { qualifier: 'exact', min: 1, max: 1 }, first: i + 1, last: i + 1 });
      used.add(i).add(i + 1);
      continue;
    }
    // (Not "أحدهما فارق الحياة، فيما توفي الآخر": the other of those already counted.)
    const theOther = /^(الاخر|الاخري)$/.test(tokens[i + 1]?.norm ?? '');
    if (oc?.roles.includes('trigger') && lex.isOthers(tokens[i + 1]) && !theOther && !lex.negatedAt(tokens, i)) {
      figures.push({ ...base, outcome: oc.outcome, victims: { kind: 'unspecified' }, first: i, last: i + 1, others: true });
      used.add(i).add(i + 1);
      continue;
    }
    const some = someOfThem(tokens, i, lex);
    if (some) {
      figures.push(...some.figures.map((f) => ({ ...base, ...f })));
      for (let k = i; k <= some.last; k++) used.add(k);
      continue;
    }
    let nounAt = lex.vagueQuantityAt(tokens, i);
    if (nounAt === undefined) continue;
    // '"several" wounded', "and several wounded": the quantity alone, its outcome right after.
    if (QUOTE_MARKS.has(tokens[nounAt]?.norm ?? '')) nounAt++;
    // ("several were wounded", "several had been killed")
    while (lex.language === 'en' && /^(were|had|have|been|also)$/.test(tokens[nounAt]?.lower ?? '') && nounAt < i + 5) nounAt++;
    const alone = lex.language === 'en' && tokens[nounAt]?.kind === 'word' ? lex.outcome(tokens[nounAt]) : undefined;
    if (alone?.roles.includes('laterVerb') && !lex.negatedAt(tokens, i)) {
      figures.push({ ...base, outcome: alone.outcome, victims: { kind: 'unspecified' }, first: i, last: nounAt });
      for (let k = i; k <= nounAt; k++) used.add(k);
      continue;
    }
    // "وأوقعت عدداً من القتلى والمصابين في صفوف الإرهابيين": the count nouns name the outcomes, and
    // whose ranks they fell in the victims.
    // (Only after a verb that causes or counts them: "لا يزال عدد من الجرحى يتلقون العلاج" are some
    // of the wounded counted before.)
    const caused =
      CAUSED_BY.test(tokens[i - 1]?.norm ?? '') ||
      (/^(عن|الي)$/.test(tokens[i - 1]?.norm ?? '') && CAUSED_BY_VERB.test(tokens[i - 2]?.norm ?? '')) ||
      !!lex.outcome(tokens[i - 1])?.roles.includes('trigger');
    // ('acknowledged "a number" of martyrs': English names the dead by the count noun too.)
    const counted = lex.language === 'en' || caused ? countNoun(tokens[nounAt], lex) : undefined;
    if (counted && !lex.negatedAt(tokens, i)) {
      const second = lex.language === 'ar' && /^و/.test(tokens[nounAt + 1]?.norm ?? '') ? countNoun({ ...tokens[nounAt + 1], norm: tokens[nounAt + 1].norm.slice(1), forms: undefined }, lex) : undefined;
      const end = second ? nounAt + 1 : nounAt;
      const ranksAt = /^و?(في|بين)$/.test(tokens[end + 1]?.norm ?? '') && tokens[end + 2]?.norm === 'صفوف' ? end + 3 : undefined;
      const side = ranksAt !== undefined ? lex.actorAt(tokens, ranksAt) : undefined;
      const fighters = ranksAt !== undefined && (!!side || (!!tokens[ranksAt] && (lex.namesNoSide(tokens[ranksAt]) || lex.victim(tokens[ranksAt])?.kind === 'combatants')));
      const victims: Victims = side ? { kind: 'combatants', affiliation: side.value } : { kind: fighters ? 'combatants' : 'unspecified' };
      const last = side ? side.end - 1 : fighters ? (ranksAt as number) : end;
      for (const outcome of second && second !== counted ? [counted, second] : [counted]) {
        figures.push({ ...base, outcome, victims, first: i, last, ...(fighters && !side ? { sideless: true } : {}) });
      }
      for (let k = i; k <= last; k++) used.add(k);
      continue;
    }
    // ("killed a number of the attackers": those the story spoke of, past "the".)
    if (lex.language === 'en' && tokens[nounAt]?.lower === 'the' && lex.victim(tokens[nounAt + 1])) nounAt++;
    // ("killing and injuring a number of them", 'killed "a large number" of them': of those the story
    // counted or named before.)
    const ofThem = lex.language === 'en' && tokens[nounAt]?.lower === 'them' && tokens[nounAt - 1]?.lower === 'of';
    // (Fighters the sentence named before — "cleansed Daraya of armed terrorist groups and killed a
    // large number of them" — are those.)
    const named = ofThem && fightersNamedBefore(tokens, i, lex);
    const victim = ofThem ? ({ kind: named ? 'combatants' : 'unspecified', number: 'pl' } as const) : lex.victim(tokens[nounAt]);
    const actor = ofThem ? undefined : lex.actorAt(tokens, nounAt);
    if (!victim && !actor) continue;
    const end = actor ? actor.end - 1 : nounAt;
    const outcome = triggerBefore(tokens, i, lex) ?? laterVerb(tokens, end, clause, lex);
    if (!outcome || lex.negatedAt(tokens, i)) continue;
    // ("several members of a Kurdish family": civilians.)
    const kind = familyMembers(tokens, nounAt, lex) ? 'civilians' : (victim?.kind ?? 'combatants');
    const affiliation = actor?.value ?? (kind === 'combatants' ? affiliationAfter(tokens, end, lex) : undefined);
    // ("and wounded several others": others, who may be of the fighters counted before.)
    const others = lex.isOthers(tokens[nounAt]) || (ofThem && !named) ? { others: true } : {};
    figures.push({ ...base, outcome, victims: affiliation ? { kind, affiliation } : { kind }, first: i, last: end, ...others });
    for (let k = i; k <= end; k++) used.add(k);
  }
  return figures;
}

/**
 * Whether the sentence names fighters before `i` by a noun ("armed terrorist groups", "the gunmen");
 * not by a side's name, which may be the subject that killed them ("the army said it killed…").
 */
function fightersNamedBefore(tokens: Token[], i: number, lex: Lexicon): boolean {
  return tokens.slice(0, i).some((t) => lex.victim(t)?.kind === 'combatants' || lex.namesNoSide(t));
}
