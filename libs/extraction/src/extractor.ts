import { createHash } from 'node:crypto';
import { Article, Claim, ClaimDate, IncidentSubject, Place, Source, articleRef, isSupportedLanguage, victimsKey } from '@app/domain';
import { Gazetteer, GazetteerPlace, KIND_RANK } from '@app/gazetteer';
import { arabic } from './ar/lexicon.ar';
import { Attribution, SourceMemory, attributionsIn, saysSomething } from './attribution';
import { sentenceDate } from './dates';
import { english } from './en/lexicon.en';
import { Figure, MOST_OF_THEM_AR, OWN_FIGHTERS_AR, QUOTE_MARKS, clausesOf, findFigures, lostBefore } from './figures';
import { Lexicon } from './lexicon';
import { PlaceMention, abroad, chooseCandidate, placeMentions, placeOf, specificity, suburbOfAt, toPlace } from './places';
import { Sentence, Token, sentences } from './text';

export const EXTRACTOR = { name: 'incident-ledger-rules', version: '0.1.0' } as const;

export type ExtractedIncident = { incidentId: string; subject: IncidentSubject; claimIds: string[] };
export type Extraction = {
  articleId: string;
  revision: number;
  language: string;
  supported: boolean;
  claims: Claim[];
  incidents: ExtractedIncident[];
};

type Located = { place: Place; others: Place[]; mentioned: Set<string>; specificity: number };
type PendingClaim = Omit<Claim, 'claimId' | 'incidentId' | 'subsetOf'> & {
  key: string;
  parentKey?: string;
  located: Located;
  kind: string;
  /** A toll said to have risen, counting nobody by kind ("ارتفع إلى ستة عدد الشهداء"). */
  risenUnnamed?: boolean;
  /** Told as given before ("وكان المرصد قد أشار أمس إلى مقتل 11", "had earlier put the toll at 23"). */
  toldEarlier?: boolean;
};

const LEXICONS: Record<'ar' | 'en', Lexicon> = { ar: arabic, en: english };

/** Reads an article's casualty claims and groups them into incidents. Pure apart from hashing. */
export class Extractor {
  constructor(private readonly gazetteer: Gazetteer) {}

  extract(article: Article): Extraction {
    const base = { articleId: article.articleId, revision: article.revision, language: article.language };
    if (!isSupportedLanguage(article.language)) return { ...base, supported: false, claims: [], incidents: [] };
    const lex = LEXICONS[article.language];
    const all = sentences(article.body);
    const reading = new ArticleReading(article, lex, this.gazetteer, all);
    // Every claim needs a word of casualty (killed, wounded, bodies…): sentences without one are
    // not read at all (a trailing "…, the agency said" is read with the sentence before it).
    const pending = all.flatMap((s, i) => (lex.mayReportCasualties(s.text) ? reading.read(i) : []));
    return { ...base, supported: true, ...groupIntoIncidents(civiliansRisen(replacedEarlier(withoutHeadline(pending, all, article.body))), article) };
  }
}

/**
 * "Syria: Artillery shells hit hospital in rebel-held Atareb, killing seven", then the lead: "…killing
 * seven people, according to SAMS": a headline (a first line with no full stop of its own) gives the
 * story's figures again, in its own words; where the body gives the same count of the same outcome,
 * the headline's is no claim of its own.
 */
function withoutHeadline(pending: PendingClaim[], all: Sentence[], body: string): PendingClaim[] {
  const first = all[0];
  if (!first || body[first.end] !== '\n' || /[.!?؟»”"]\s*$/.test(first.text)) return pending;
  const headline = (c: PendingClaim) => c.key.startsWith(`${first.start}:`);
  const told = new Set(pending.filter((c) => !headline(c)).map((c) => `${c.outcome}:${c.count.min}:${c.count.max}`));
  const dropped = new Set(pending.filter((c) => headline(c) && told.has(`${c.outcome}:${c.count.min}:${c.count.max}`)).map((c) => c.key));
  return dropped.size ? pending.filter((c) => !dropped.has(c.key) && !(c.parentKey && dropped.has(c.parentKey))) : pending;
}

/**
 * "وكان المرصد قد أشار أمس إلى مقتل 11" after the same source's 16, "had earlier put the toll at
 * 23" after its 25: a toll told as given before, that the same source's larger one of the same
 * outcome replaced, was preliminary (and its parts with it).
 */
function replacedEarlier(pending: PendingClaim[]): PendingClaim[] {
  for (const claim of pending) {
    if (!claim.toldEarlier || claim.parentKey || claim.preliminary || claim.count.min === null) continue;
    const min = claim.count.min;
    const replaced = pending.some((c) => c !== claim && !c.parentKey && !c.toldEarlier && c.source.key === claim.source.key && c.outcome === claim.outcome && samePlaceOrWithin(c.place, claim.place) && (c.count.min ?? 0) > min);
    if (!replaced) continue;
    claim.preliminary = true;
    for (const part of pending) if (part.parentKey === claim.key) part.preliminary = true;
  }
  return pending;
}

/** The same place, or one in the city or governorate of the other's name ("الكلاسة" in "حلب"). */
function samePlaceOrWithin(a: Claim['place'], b: Claim['place']): boolean {
  if (a.id === b.id) return true;
  const within = (inner: Claim['place'], outer: Claim['place']) => !!inner.admin1 && outer.name === inner.admin1;
  return within(a, b) || within(b, a);
}

/**
 * "ارتفع إلى ستة عدد الشهداء" in a story whose other tolls of the dead there, before or after it
 * ("أسفر عن استشهاد أربعة مواطنين"), all count civilians (the speaker's own, when it gave any): the
 * risen toll counts civilians too.
 */
const CIVILIAN_KINDS = new Set(['civilians', 'children', 'women', 'men']);
function civiliansRisen(pending: PendingClaim[]): PendingClaim[] {
  for (const claim of pending) {
    if (!claim.risenUnnamed || claim.victims.kind !== 'unspecified') continue;
    const there = pending.filter((c) => c !== claim && !c.parentKey && c.outcome === claim.outcome && c.place.id === claim.place.id && !c.risenUnnamed);
    // (The speaker's own tolls, when it gave others: another source may count by another kind.)
    const own = there.filter((c) => c.source.key === claim.source.key);
    const others = own.length ? own : there;
    if (others.length && others.every((c) => CIVILIAN_KINDS.has(c.victims.kind))) claim.victims = { kind: 'civilians' };
  }
  return pending;
}

/** "خمسة عسكريين، هم جنديان من قوات النظام وثلاثة عناصر من ميليشيات موالية لإيران": a total of two sides has none. */
/** Whether another group of the same list ("21 civilians, 27 fighters of X and…") names its side. */
function listedBeside(figures: Figure[], index: number): boolean {
  const figure = figures[index];
  return figure.list !== undefined && figures.some((g, j) => j !== index && g.list === figure.list && !!g.victims.affiliation);
}

function mixedSides(figures: Figure[], index: number): boolean {
  return new Set(figures.filter((f) => f.subsetOf === index && f.victims.kind === 'combatants').map((f) => f.victims.affiliation)).size > 1;
}

/** Within 40 km of each other, or (without coordinates) in one governorate. */
function near(a: GazetteerPlace, b: GazetteerPlace): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return !!a.admin1Ar && a.admin1Ar === b.admin1Ar;
  const km = 111 * Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180));
  return km <= 40;
}

const CARRIED = /^(taken|rushed|transferred|evacuated|brought|sent|moved|referred|admitted|airlifted|carried)$/;
/**
 * Where the wounded were taken, likely not where they were hurt: "taken to hospitals in Tal Tamr
 * and Hasakah", "نُقلوا إلى مشافي مدينة الحسكة", "إلى مشاف في ريف حلب" (and a place joined to such a
 * one by "and").
 */
function destination(tokens: Token[], m: PlaceMention, mentions: PlaceMention[], lex: Lexicon): boolean {
  const before = (k: number) => (lex.language === 'en' ? tokens[m.start - k]?.lower : tokens[m.start - k]?.norm) ?? '';
  if (lex.language === 'en') {
    if (before(1) === 'in' && /^(hospitals?|clinics?)$/.test(before(2))) return true;
    if (before(1) === 'to' && [2, 3, 4].some((k) => CARRIED.test(before(k)))) return true;
  } else {
    // ("نُقل بعضهم إلى مشاف في ريف حلب الغربي": where the hospitals are may be said with "في", "ريف".)
    const hospital = (w: string) => /^(ال)?(مشافي|مشاف|مستشفيات|مشفي|مستشفي)$/.test(w);
    let k = 1;
    while (k <= 3 && /^(في|مدينه|بلده|ريف|منطقه|حي)$/.test(before(k))) k++;
    if (before(k + 1) === 'الي' && hospital(before(k))) return true;
    // ("نُقل معظمهم إلى مشفى ميداني في حي الشعار": the hospital's adjective between.)
    if (before(k + 2) === 'الي' && hospital(before(k + 1)) && /^(ال)?(ميداني|الميداني|الوطني|العسكري|الجامعي|الخاص|التخصصي)$/.test(before(k))) return true;
    // ("مستشفى تل تمر استقبل معظم المصابين": a hospital named for its town received them.)
    if (/^و?(مستشفي|مشفي)$/.test(before(1)) && /^(استقبل|يستقبل|استقبلت)$/.test(tokens[m.end]?.norm ?? '')) return true;
  }
  // ("… in Tal Tamr and Hasakah": the second of two places joined to a destination.)
  const previous = mentions.find((o) => (o.end === m.start - 1 && lex.isAnd(tokens[o.end]) !== undefined) || (lex.language === 'ar' && o.end === m.start && tokens[m.start].norm.startsWith('و')));
  return !!previous && destination(tokens, previous, mentions, lex);
}

/** "the village of X", "بقرية X" (and, with `towns`, "the town of X", "بلدة X"): called so by the words before it. */
function villageMarked(tokens: Token[], m: PlaceMention, lex: Lexicon, towns = true): boolean {
  const words = towns ? /^(و|ف)?(ب|في|ل)?(ال)?(قريه|بلده)$|^(village|town)$/ : /^(و|ف)?(ب|في|ل)?(ال)?قريه$|^village$/;
  return [m.start - 1, m.start - 2].some((j) => words.test(lex.language === 'ar' ? (tokens[j]?.norm ?? '') : (tokens[j]?.lower ?? '')));
}

/**
 * Where most of them were, not where all were: "31 people were killed in Homs, most of them in the
 * Baba Amr district", "معظمهم في حي بابا عمرو".
 */
function mostlyAt(tokens: Token[], m: PlaceMention, lex: Lexicon): boolean {
  const words = tokens.slice(Math.max(0, m.start - 6), m.start).map((t) => (lex.language === 'en' ? t.lower : t.norm)).join(' ');
  if (lex.language === 'en') return /\b((most|many|some|half) of them (were )?(in|at)|mostly in)( the)?( \S+)?( of)?$/.test(words);
  // ("معظمهم في حي المحطة", "معظمهم بحي المحطة", "معظمهم بحمورية": the preposition may be on the name.)
  return MOSTLY_AT.test(words) && (/ (في|ب\S+)( \S+)?$/.test(words) || /^ب/.test(tokens[m.start].norm));
}

/**
 * Where people had moved from, not where they were hurt: "عائلة نزحت إلى الحي من منطقة الشيخ سعيد",
 * "a family who had fled from Maarat al-Numan"; so is where shells were fired from ("بقذائف أطلقتها
 * «قسد» من مواقعها في بلدة الشحيل", "shells fired from its positions in Shheil").
 */
function movedFrom(tokens: Token[], m: PlaceMention, lex: Lexicon): boolean {
  const word = (k: number) => (lex.language === 'en' ? tokens[k]?.lower : tokens[k]?.norm) ?? '';
  let k = m.start - 1;
  // (Past a marker: "من منطقة X", "from the town of X"; past the positions shells were fired from:
  // "من مواقعها في بلدة X", "from its positions in X".)
  // (Whose positions: "from SDF positions in X".)
  // ("across the border from the Syrian city of Qamishli": past the city's country.)
  const skipped = (j: number) =>
    /^(the|of|in|its|their|في|positions|مواقع|مواقعها|مواقعه|مواقعهم)$/.test(word(j)) || word(j + 1) === 'positions' || (!!tokens[j] && ((!!lex.placeMarker(tokens[j]) && lex.placeMarker(tokens[j]) !== 'locative') || !!lex.nationality(tokens[j])));
  while (k > m.start - 7 && skipped(k)) k--;
  if (!/^(من|from)$/.test(word(k))) return false;
  const moved =
    lex.language === 'en'
      ? /^(fled|displaced|moved|escaped|come|came|returned|fired|launched|border)$/
      : /^(نزح|نزحت|نزحوا|نزحا|انتقل|انتقلت|انتقلوا|هرب|هربت|هربوا|فر|فرت|فروا|هجر|هجرت|هجروا|اطلقت|اطلقتها|اطلقها|اطلقه|اطلق|اطلقوا|اطلقوها|انطلقت|مصدرها)$/;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (moved.test(word(j))) return true;
  return false;
}

/**
 * "south of Damascus", "a suburb of Damascus", "outside Aleppo", "جنوب دمشق": a bearing from a place,
 * not the place ("near Aleppo", "قرب حلب" name Aleppo, as the labellers code them).
 */
function relativeTo(tokens: Token[], m: PlaceMention, lex: Lexicon): boolean {
  const before = tokens[m.start - 1];
  if (lex.language === 'en') {
    // ("In neighbouring Lebanon": a country named as where, past its adjective.)
    if (/^(outside|neighboring|neighbouring)$/.test(before?.lower ?? '')) return true;
    // "central Syria", "eastern Homs province": a part of a country or a province, by its bearing.
    if (/^(central|northern|southern|eastern|western|north-western|north-eastern|south-western|south-eastern|northwestern|northeastern|southwestern|southeastern)$/.test(before?.lower ?? '')) return true;
    // (Not "the outskirts of Afrin": that is Afrin; nor "the Damascus suburb of Daraya": a suburb named
    // for its city is the place.)
    const bearing = tokens[m.start - 2]?.lower ?? '';
    const namedSuburb = (suburbOfAt(tokens, m.start - 2) || bearing === 'countryside') && !!tokens[m.start - 3]?.capitalised && !/^(the|a|an)$/.test(tokens[m.start - 3].lower);
    // ("the eastern suburbs of Jobar and Zamalka": suburbs, plural, named by their own names.)
    return before?.lower === 'of' && /^(south|north|east|west|northeast|northwest|southeast|southwest|suburb|countryside)$/.test(bearing) && !namedSuburb;
  }
  // (Not "في محيط مدينة عين ترما", "أطراف": the outskirts of a town are the town.)
  return /^(و|ب)?(جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|ضواحي|وسط)$/.test(before?.norm ?? '');
}

/**
 * "on the towns of Arman and Malah", "in Jisr al-Shughur": a known place (not a country) named
 * with a word that makes it one, which an English subject may carry before its verb.
 */
function namedAsPlace(m: PlaceMention, chosen: GazetteerPlace | undefined, tokens: Token[], lex: Lexicon): boolean {
  if (chosen) return !!m.marker && chosen.kind !== 'country';
  // (A name no gazetteer knows is a place only after a word for one: not "in Kurdish … uniforms".)
  // ("the towns of Arman", "the Mezzeh district", "Ghwayran prison": the word before or after it.)
  const before = tokens[m.start - 1]?.lower === 'of' ? tokens[m.start - 2] : tokens[m.start - 1];
  return [before, tokens[m.end - 1], tokens[m.end]].some((t) => !!t && (lex.placeMarker(t) === 'settlement' || /^(quarter|suburb|prison)$/.test(t.lower)));
}

/** States that speak for their own forces ("Turkey said two of its soldiers…"). */
const STATE_FORCES = new Map([
  ['turkey', 'turkish_forces'], ['ankara', 'turkish_forces'], ['تركيا', 'turkish_forces'], ['russia', 'russian_forces'], ['moscow', 'russian_forces'],
  ['روسيا', 'russian_forces'], ['israel', 'israeli_forces'], ['إسرائيل', 'israeli_forces'], ['اسرائيل', 'israeli_forces'],
  // Russia's ministry and army speak for its forces too (the actors table leaves them out: as the
  // subject of a strike they are no side of the victims).
  ['russian defence ministry', 'russian_forces'], ['russian defense ministry', 'russian_forces'], ["russia's defence ministry", 'russian_forces'],
  ["russia's defense ministry", 'russian_forces'], ['russian military', 'russian_forces'], ['وزارة الدفاع الروسية', 'russian_forces'], ['الجيش الروسي', 'russian_forces'],
]);
/** A state's forces, when the state itself is the source ("Turkey said…"). */
function stateForcesOf(source: Source): string | undefined {
  return STATE_FORCES.get(source.name.trim().toLowerCase());
}

/** The sides that are a state's army: when one of them speaks of soldiers, they are its own. */
const STATE_SIDES = new Set(['turkish_forces', 'russian_forces', 'israeli_forces', 'us_led_coalition']);

/** The day the Assad government fell. */
const FALL_OF_THE_REGIME = '2024-12-08';

/**
 * After the regime fell, the army, the security forces and "government forces" are the new
 * state's, which has no side key of its own (regime_forces is the fallen regime's), while the
 * fallen regime's armed loyalists are regime_forces; before, both are the regime's.
 */
function sideInItsTime(side: string | undefined, day: string): string | undefined {
  if (side === 'assad_loyalists') return 'regime_forces';
  // The Asayish are told apart from the SDF and the army around them, but have no side key.
  if (side === 'asayish') return undefined;
  return side === 'regime_forces' && day >= FALL_OF_THE_REGIME ? undefined : side;
}

/** A count this large is of a war or a region over years (the largest single incidents count hundreds). */
const WAR_SCALE = 10_000;
const MEMBERS_AR = /^(و|ب|ل)?(ال)?(عنصر|عنصرا|عنصرين|عنصران|عناصر)$/;
const OWN_FIGHTERS_EN = /^(fighters|members|soldiers|troops|men|militants|personnel)$/;

/** "BEIRUT (AP) —", "DEIR EZ-ZOR, Syria (North Press) –", "AMMAN —": a capitalised city opening the body. */
const DATELINE = /^\s*[A-Z][A-Z .'-]{2,}(,[^()\n—–]{0,40})?\s*(\([^)\n]{1,30}\))?\s*[—–-]+\s/;

/**
 * A dateline's place, when the sentence names another: the story's place is the other one. A
 * dateline abroad ("AMMAN —", "BEIRUT (AP) —") is where the reporter sits, never the place.
 */
function withoutDateline(mentions: PlaceMention[], tokens: Sentence['tokens'], datelineEnd: number): PlaceMention[] {
  if (!datelineEnd) return mentions;
  const inDateline = (m: PlaceMention) => tokens[m.start].start < datelineEnd;
  const inStory = mentions.filter((m) => !inDateline(m));
  // ("BAGHOUZ, Syria (AP) — … in eastern Syria": a story that names only the country keeps the
  // dateline's Syrian town.)
  const countryOnly = inStory.every((m) => m.candidates.length > 0 && m.candidates.every((c) => c.kind === 'country'));
  if (inStory.length && !countryOnly) return inStory;
  // (Datelines name cities: "AMMAN" is not a Syrian village of that name.)
  // ("BAGHOUZ, Syria": one no gazetteer knows, named as in Syria, too.)
  const datelineTowns = mentions.filter((m) => inDateline(m) && (m.candidates.some((c) => c.admin1Ar !== null && !abroad(c) && (c.kind === 'city' || KIND_RANK[c.kind] >= KIND_RANK.district)) || (!m.candidates.length && m.marker === 'settlement')));
  return [...datelineTowns, ...inStory];
}

const MONTH_WORDS = 'كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|الثاني|الاول|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|january|february|march|april|may|june|july|august|september|october|november|december';
// ("During the 2017 edition…", not "after the 2018 settlement deal": a time of its own.)
// ("في شتاء 2019", "in the winter of 2019": a season of a year too.)
const YEAR_NAMED = new RegExp(`(?:^| )(?:عام|العام|سنه|in|during the|in the|in a|${MONTH_WORDS}|شتاء|صيف|ربيع|خريف|winter of|summer of|spring of|autumn of) (\\d{4})(?= |$)`, 'g');

/**
 * "accounted for nine incidents, with between four and 11 civilians killed", "had responded to 96
 * attacks": deaths counted beside a tally of incidents or attacks, on no day named, are statistics.
 */
// (Counted by a verb of tallying: not "Russian jets carried out 40 attacks on Idlib, killing 12".)
const TALLY_OF_ATTACKS = /(?:^| )(?:accounted for|recorded|documented|responded to|tracked|counted|registered|logged) (?:\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of)(?: (?:separate|such|alleged|reported|documented|locally|civilian|harm|recorded)){0,3} (?:incidents|attacks)(?= |$)/;

/**
 * A clause that names a year before the article's after "عام", "سنة", "in" or a month ("عام 2014",
 * "in 2014", "في أيار 2012"); "in a 2017 battle" only
 * when the clause names no day of its own ("killed on Monday near Palmyra, which the army
 * recaptured in a 2017 battle").
 */
function yearsGoneBy(text: string, publishedYear: number, namesADay: () => boolean): boolean {
  return [...text.matchAll(YEAR_NAMED)].some((m) => Number(m[1]) >= 1900 && Number(m[1]) < publishedYear && (!m[0].trimStart().startsWith('in a ') || !namesADay()));
}


/** A clause's words as the lexicons' long-period patterns read them. */
function clauseText(tokens: Sentence['tokens'], clauses: number[], clause: number, lex: Lexicon): string {
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) if (clauses[k] === clause) words.push(lex.language === 'ar' ? tokens[k].norm : tokens[k].lower);
  return words.join(' ');
}

/** Tokens between quotation marks, in quotations that hold no figure of the sentence. */
function quotedWithoutFigures(tokens: Token[], figures: Figure[]): Set<number> {
  const asides = new Set<number>();
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (!QUOTE_MARKS.has(tokens[k].norm)) continue;
    if (open < 0) {
      open = k;
      continue;
    }
    const [from, to] = [open, k];
    open = -1;
    if (!figures.some((f) => f.first <= to && f.last >= from)) for (let j = from; j <= to; j++) asides.add(j);
  }
  return asides;
}

/** State carried from sentence to sentence: who spoke, which places and admin areas are in focus. */
class ArticleReading {
  private readonly memory: SourceMemory;
  private readonly salience = new Map<string, number>();
  /** Sources that gave statistics (counts over a month, a year, the war) in this article. */
  private readonly reporting = new Set<string>();
  /** Claims of earlier sentences, for parts given later ("Among the dead were seven children"). */
  private readonly earlier: PendingClaim[] = [];
  private adminContext: string[] = [];
  private lastLocated?: Located;
  private lastLocatedAt = -1;
  private readonly mentions = new Map<number, PlaceMention[]>();
  private readonly actors = new Map<number, ActorMention[]>();
  /** Whether the story opens on an anniversary ("أحيا سوريون الذكرى…", "marked the tenth anniversary"). */
  private readonly anniversary: boolean;
  /** Where an English dateline ("BEIRUT (AP) —") ends: where the story was filed, not where it happened. */
  private readonly datelineEnd: number;
  /** Whether the last sentence with figures gave statistics only (counts over a year, the war…). */
  private afterStatistics = false;
  /** The sentence whose figures, all of them, were told of another country. */
  private abroadAt = -1;
  /** The last sentence whose speakers the memory has heard (read, or heard in passing). */
  private heardUpTo = -1;
  /** The side each speaker's name names, by name. */
  private readonly sidesOfSpeakers = new Map<string, string | undefined>();

  constructor(
    private readonly article: Article,
    private readonly lex: Lexicon,
    private readonly gazetteer: Gazetteer,
    private readonly all: Sentence[],
  ) {
    this.memory = new SourceMemory(article.outlet.id, article.outlet.name);
    this.datelineEnd = lex.language === 'en' ? (DATELINE.exec(article.body)?.[0].length ?? 0) : 0;
    this.anniversary = all.slice(0, 2).some((s) => lex.anniversaryIn(s.text));
  }

  /**
   * "6 من عناصر التنظيم", "عنصران من الميليشيات ذاتها", "two of the group's fighters": the side
   * named before under another name, the latest one of its kind in this or the sentences before.
   */
  private sideReferredTo(tokens: Token[], figure: Figure, at: number): string | undefined {
    const kinds = Array.from({ length: figure.last - figure.first + 6 }, (_, d) => figure.first - 1 + d)
      .map((k) => tokens[k] && this.lex.sideAnaphor(tokens[k]))
      .find((a): a is readonly string[] => !!a);
    if (!kinds) return undefined;
    // (The latest such name in the story so far, a dozen sentences back at most: a long story may
    // name IS once, in its lead.)
    for (let j = at; j >= Math.max(0, at - 12); j--) {
      const sentenceTokens = this.all[j].tokens;
      const upTo = j === at ? figure.first : sentenceTokens.length;
      const named = (j === at ? actorsIn(sentenceTokens.slice(0, upTo), this.lex) : this.actorsOf(j)).map((a) => a.key).filter((key) => kinds.includes(key));
      if (named.length) return named[named.length - 1];
    }
    return undefined;
  }

  /**
   * "Russia said it had 'eliminated' more than 30 militants" in a story about HTS: what the story
   * calls jihadists ("militants", "إرهابيين") are of the one jihadist group it has named so far —
   * none when it named none, or both IS and HTS.
   */
  private jihadistsOfStory(tokens: Token[], figure: Figure, at: number): string | undefined {
    if (!tokens.slice(figure.first, figure.last + 1).some((t) => this.lex.namesJihadists(t))) return undefined;
    const named = new Set<string>();
    for (let j = 0; j <= at; j++) {
      const sentenceTokens = this.all[j].tokens;
      for (const a of j === at ? actorsIn(sentenceTokens.slice(0, figure.first), this.lex) : this.actorsOf(j)) if (JIHADIST_GROUPS.has(a.key)) named.add(a.key);
    }
    return named.size === 1 ? [...named][0] : undefined;
  }

  /**
   * "وقتلت ٧ من المهاجمين", "وأوقعت 17 قتيلاً في صفوفهم", "killed three of the attackers": fighters
   * named only as the other side are of the side fought, not of the one that speaks or fights. The
   * speaker's side, the sentence's first side (its subject) and sides whose losses were counted
   * before are ours; the enemy is the latest other side named before the figure, in this sentence
   * or the four before it.
   */
  private enemyReferredTo(tokens: Token[], figure: Figure, at: number, sources: Source[] | undefined): string | undefined {
    let mentioned = false;
    for (let k = Math.max(0, figure.first - 1); k <= Math.min(tokens.length - 1, figure.last + 3) && !mentioned; k++) mentioned = this.lex.enemyAt(tokens, k);
    if (!mentioned) return undefined;
    const ours = new Set<string>();
    const speaker = this.speakersSide(sources);
    if (speaker) ours.add(speaker);
    const here = actorsIn(tokens.slice(0, figure.first), this.lex);
    if (here.length) ours.add(here[0].key);
    for (const claim of this.earlier) if (claim.victims.kind === 'combatants' && claim.victims.affiliation) ours.add(claim.victims.affiliation);
    const named = [here, ...[1, 2, 3, 4].map((d) => (at - d >= 0 ? this.actorsOf(at - d) : []))];
    for (const list of named) {
      const other = [...list].reverse().find((a) => !ours.has(a.key));
      if (other) return other.key;
    }
    return undefined;
  }

  /**
   * "استشهاد جنديين", "killing one soldier": soldiers no side is named for, in news of Syria, are
   * the army's; a state that speaks of soldiers ("seven soldiers were killed, Turkey said") speaks
   * of its own.
   */
  private soldiersSide(tokens: Token[], figure: Figure, sources: Source[] | undefined): string | undefined {
    // ("مستشاراً عسكرياً": after another noun the word is an adjective, a military adviser.)
    const soldiers = tokens.slice(figure.first, figure.last + 1).some((t) => this.lex.soldierWord(t) && !this.lex.victim(tokens[t.index - 1]));
    if (!soldiers) return undefined;
    // ("The Israeli military said four soldiers…", "أعلنت وزارة الدفاع التركية إصابة خمسة جنود")
    const speaker = this.speakersSide(sources);
    return speaker && STATE_SIDES.has(speaker) ? speaker : 'regime_forces';
  }

  /**
   * "استشهاد أحد مقاتليه", "two of its fighters were wounded": fighters owned by a pronoun are the
   * speaking side's own, when the speaker is a side ("المركز الإعلامي لمجلس منبج العسكري").
   */
  private speakersOwn(tokens: Token[], figure: Figure, sources: Source[] | undefined): string | undefined {
    const owned = tokens.slice(figure.first, figure.last + 1).some((t, j, span) =>
      this.lex.language === 'ar'
        ? OWN_FIGHTERS_AR.test(t.norm)
        : /^(its|their|our)$/.test(t.lower) && OWN_FIGHTERS_EN.test((span[j + 1]?.lower === 'own' ? span[j + 2] : span[j + 1])?.lower ?? ''),
    );
    if (!owned) return undefined;
    const before = actorsIn(tokens.slice(0, figure.first), this.lex);
    // "The SDF said they had killed 37 IS militants, while three of their own fighters were killed":
    // their own are the subject's, not the side named last.
    if (tokens.slice(figure.first, figure.last + 1).some((t) => t.lower === 'own')) return this.speakersSide(sources) ?? before[0]?.key;
    // A side that speaks of its fighters ("قال فيلق الرحمن إن مقاتليه صدّوا … معترفاً بمقتل ثلاثة من
    // مقاتليه") speaks of its own, whatever enemy it named between; "Hezbollah buried four of its
    // fighters", told by another, names its owner before them.
    return this.speakersSide(sources) ?? (before.length ? before[before.length - 1].key : undefined);
  }

  /** The side a speaker belongs to ("المركز الإعلامي لمجلس منبج العسكري"); a state speaks for its forces ("Turkey said…"). */
  private speakersSide(sources: Source[] | undefined): string | undefined {
    if (!sources?.length) return undefined;
    // (Asked several times for each figure: the name is read once.)
    const name = sources[0].name;
    if (!this.sidesOfSpeakers.has(name)) this.sidesOfSpeakers.set(name, this.sideOfName(sources[0]));
    return this.sidesOfSpeakers.get(name);
  }

  private sideOfName(source: Source): string | undefined {
    // ("the SDF's media office": whose office, past the possessive.)
    const name = sentences(source.name.replace(/['’]s\b/g, ''))[0]?.tokens ?? [];
    // ("The Kurdish-led force said": a force named by whom it is of.)
    const force = name.some((t) => /^(force|forces|militia|militias|factions|army|military|قوات|فصايل|جيش)$/.test(t.lower) || /^(قوات|فصايل|جيش)$/.test(t.norm));
    const of = force ? name.map((t) => this.lex.nationality(t)).find(Boolean) : undefined;
    return actorsIn(name, this.lex)[0]?.key ?? of ?? stateForcesOf(source);
  }

  /** The sides sentence `j` names, read once however often the sentences after it ask. */
  private actorsOf(j: number): ActorMention[] {
    let actors = this.actors.get(j);
    if (!actors) this.actors.set(j, (actors = actorsIn(this.all[j].tokens, this.lex)));
    return actors;
  }

  /** The places sentence `at` names (its dateline left out), read once however often they are asked for. */
  private mentionsIn(at: number): PlaceMention[] {
    let mentions = this.mentions.get(at);
    if (!mentions) {
      const { tokens } = this.all[at];
      mentions = withoutDateline(placeMentions(tokens, this.article.body, this.lex, this.gazetteer), tokens, this.datelineEnd);
      this.mentions.set(at, mentions);
    }
    return mentions;
  }

  /** The first town, village or quarter the next three sentences name near `around` (its suburbs, its countryside). */
  private placeAfter(at: number, around: ReturnType<typeof chooseCandidate>): Located | undefined {
    for (let j = at + 1; j <= Math.min(this.all.length - 1, at + 3); j++) {
      for (const m of this.mentionsIn(j)) {
        const c = chooseCandidate(m, this.adminContext);
        // ("in eastern Syria … in the village of Gharanij", "near the Turkish border … in the Qah
        // camp": a village no gazetteer knows, named as one, where the bearing is too wide, or names
        // no place at all, for its coordinates to matter.)
        // (Arabic marks areas and fronts as places too, "منطقة خفض التصعيد": a village or a quarter only.)
        const named = this.lex.language === 'en' || m.quarter || villageMarked(this.all[j].tokens, m, this.lex);
        if (!c && m.marker === 'settlement' && named && (!around || around.kind === 'country' || around.kind === 'governorate')) {
          const place = toPlace(m, undefined, around?.kind === 'governorate' ? (around.nameAr ?? null) : null);
          return { place, others: [], mentioned: new Set([place.id]), specificity: specificity(m, c) };
        }
        // (A place an earlier figure of the article was placed at is that figure's, not this one's.)
        const earlier = this.lastLocatedAt !== at && c?.id === this.lastLocated?.place.id;
        // (Nor a governorate's capital: the bearing is from a capital towards a town; "eastern Syria" may be Deir ez-Zor itself.)
        const capital = !!around && around.kind !== 'country' && !!c?.nameAr && c.nameAr === c.admin1Ar;
        if (!c || c.id === around?.id || earlier || capital || abroad(c) || (KIND_RANK[c.kind] > KIND_RANK.city && !m.quarter)) continue;
        // (Within 40 km of a town; within a governorate or the country named by its bearing.)
        if (around && !(around.kind === 'country' || (around.kind === 'governorate' ? c.admin1Ar === around.nameAr : near(around, c)))) continue;
        const place = toPlace(m, c, c.admin1Ar ?? null);
        return { place, others: [], mentioned: new Set([place.id]), specificity: specificity(m, c) };
      }
    }
    return undefined;
  }

  /**
   * A figure in a sentence that names no place, before any other figure was placed, happened where
   * the sentences just before it say ("…hit the outskirts of Kafr Nabl. The ministry said it had
   * killed 30 militants."): the finest place the nearest of them names.
   */
  private placeBefore(at: number): Located | undefined {
    for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
      const mentions = this.mentionsIn(j);
      const chosen = new Map(mentions.map((m) => [m, chooseCandidate(m, this.adminContext)]));
      const finest = [...mentions].sort((a, b) => specificity(a, chosen.get(a)) - specificity(b, chosen.get(b)))[0];
      if (!finest || specificity(finest, chosen.get(finest)) > KIND_RANK.city) continue;
      const place = toPlace(finest, chosen.get(finest), finest.adminHint ?? this.adminContext[0] ?? null);
      return { place, others: [], mentioned: new Set([place.id]), specificity: specificity(finest, chosen.get(finest)) };
    }
    return undefined;
  }

  /**
   * "ارتفع عدد القتلى منذ اندلاع المواجهات يوم الأحد إلى 54": a toll over days of fighting that names
   * no place of its own is of the governorate the fighting is in, not of the town last named.
   */
  private areaOfWave(at: number): Located | undefined {
    const tokens = this.all[at].tokens;
    const admin1 = this.lastLocated?.place.admin1;
    if (!admin1 || this.lastLocated?.specificity === KIND_RANK.governorate) return undefined;
    const text = clauseText(tokens, tokens.map(() => 0), 0, this.lex);
    // (Not "ارتفع عدد القتلى في البلدة منذ…", "the toll in the town since…": the town itself, named back.)
    if (!this.lex.waveIn(text) || /(^| )(في )?(البلده|المدينه|القريه|الحي|the (town|city|village|neighbourhood|neighborhood))( |$)/.test(text)) return undefined;
    const governorate = this.gazetteer.governorates(admin1)[0];
    if (!governorate) return undefined;
    return { place: placeOf(governorate), others: [], mentioned: new Set([governorate.id]), specificity: KIND_RANK.governorate };
  }

  /**
   * "In Suwayda, the toll of the fighting continued to climb.", "وفي حلب، …": a sentence of no figure
   * that opens on a place in Syria, since the last figure was placed, moves the story there.
   */
  private openedOnSincePlaced(at: number): Located | undefined {
    for (let j = at - 1; j > this.lastLocatedAt && j >= at - 2; j--) {
      const tokens = this.all[j].tokens;
      // (A sentence about the fighting or its toll: not "In Damascus, President Assad met an envoy".)
      const opener = (this.lex.language === 'en' ? tokens[0]?.lower === 'in' : /^و?في$/.test(tokens[0]?.norm ?? '')) && WAR_NEWS.test(this.all[j].text.toLowerCase());
      const m = opener ? this.mentionsIn(j).find((x) => x.start === 1 || x.start === 2) : undefined;
      const c = m && chooseCandidate(m, this.adminContext);
      if (!m || !c || abroad(c) || !/^[,،]$/.test(tokens[m.end]?.norm ?? '')) continue;
      const place = toPlace(m, c, m.adminHint ?? this.adminContext[0] ?? null);
      return { place, others: [], mentioned: new Set([place.id]), specificity: specificity(m, c) };
    }
    return undefined;
  }

  /**
   * "مقتل ستة من عناصرها خلال انتشار وحداتها على أطراف المحافظة", "on the edges of the province":
   * the governorate of the place in focus, named back.
   */
  private governorateNamedBack(at: number): Located | undefined {
    const admin1 = this.lastLocated?.place.admin1;
    if (!admin1 || this.lastLocated?.specificity === KIND_RANK.governorate) return undefined;
    // (Not "المحافظة على حياة المدنيين": preserving.)
    const named = this.all[at].tokens.some((t, k, tokens) => (this.lex.language === 'ar' ? /^(و|ف)?(ب|ل|في)?المحافظه$/.test(t.norm) && tokens[k + 1]?.norm !== 'علي' : t.lower === 'province' && tokens[k - 1]?.lower === 'the'));
    const governorate = named ? this.gazetteer.governorates(admin1)[0] : undefined;
    return governorate && { place: placeOf(governorate), others: [], mentioned: new Set([governorate.id]), specificity: KIND_RANK.governorate };
  }

  /** Whether sentence `at` names a long period it counts over ("since December", "منذ مطلع العام"). */
  private countsOverLongPeriod(at: number): boolean {
    const sentence = this.all[at];
    return !!sentence && this.lex.longPeriod(clauseText(sentence.tokens, sentence.tokens.map(() => 0), 0, this.lex));
  }

  /**
   * Speakers named in the sentences skipped since the last one read ("وذكر مصدر في قيادة الشرطة أن
   * القذيفة سقطت…", "وقال مدير المركز، مصطفى الحسين، إن…"): a later "أفاد المصدر", "وأشار الحسين"
   * or "وأضاف" points back to them.
   */
  private hearSkipped(at: number): void {
    for (let j = this.heardUpTo + 1; j < at; j++) {
      const { tokens } = this.all[j];
      if (saysSomething(tokens, this.lex)) attributionsIn(tokens, this.article.body, this.lex, this.memory);
    }
    this.heardUpTo = Math.max(this.heardUpTo, at);
  }

  read(at: number): PendingClaim[] {
    this.hearSkipped(at);
    const sentence = this.all[at];
    const next = this.all[at + 1];
    const { tokens } = sentence;
    const { lex, article } = this;
    const figures = findFigures(tokens, lex);
    const attributions = attributionsIn(tokens, article.body, lex, this.memory);
    const mentions = this.mentionsIn(at);
    this.noteAdminAreas(mentions);
    const chosen = new Map(mentions.flatMap((m) => [m, ...m.coordinated]).map((m) => [m, chooseCandidate(m, this.adminContext)]));
    if (!figures.length) {
      this.remember(mentions, chosen);
      return [];
    }
    // (A year inside a quotation that holds no figure is the speaker's aside: '"…not even in 2013," said a
    // doctor, who said the clinic had treated around 60 wounded'.)
    const asides = quotedWithoutFigures(tokens, figures);
    const unquoted = asides.size ? tokens.map((t, k) => (asides.has(k) ? { ...t, norm: '', lower: '', raw: '' } : t)) : tokens;
    const date = sentenceDate(unquoted, article.publishedAt, lex) ?? publicationDate(article.publishedAt);
    const actors = this.actorsOf(at);
    const clauses = clausesOf(tokens, lex);
    const speakers = speakerPlaces(tokens, attributions, mentions, lex);
    // ("الهيئة العامة للثورة السورية": a word of a source's name that a gazetteer holds as a town —
    // Al-Thawrah — is no place; only a governorate there names one, the speaker's jurisdiction.)
    // (Only a word joined by "ل", "of": "للثورة"; "مشفى الرستن", "تنسيقية مدينة القصير" name where they are.)
    const inNames = new Set(
      mentions.filter(
        (m) => /^لل/.test(tokens[m.start].norm) && inSourceName(m, attributions) && !(chosen.get(m)?.nameAr && chosen.get(m)?.nameAr === chosen.get(m)?.admin1Ar),
      ),
    );
    // A sentence that is a quotation with no speaker of its own continues the last one quoted
    // ('"We ran out of beds," said a doctor. "Seventeen people reached us dead…"').
    const quoted = !attributions.length && QUOTE_OPENERS.test(sentence.text.trimStart()) && this.memory.last;
    const laterSources = attributions.length ? [] : quoted ? [quoted] : this.sourcesOfNext(next);
    const claims: PendingClaim[] = [];
    // "الذكرى … 21 آب 2013", "killed on May 25, 2012": a toll dated by name more than two weeks
    // before the article is recalled, not reported (the corpus's labellers agree: a strike a week
    // before is background; two weeks leaves room for a date misread from a relative clause).
    // (A toll of an older day that has risen is news of it: "the toll of the 21 August attack rose to…".)
    const ago = date.basis === 'explicit' ? Date.parse(article.publishedAt) - Date.parse(date.value) : 0;
    const history = ago > 366 * 86_400_000 || (ago > 14 * 86_400_000 && !lex.risenTollIn(sentence.text));
    const texts = [...new Set(clauses)].map((c) => [c, clauseText(tokens, clauses, c, lex)] as const);
    // "إعدام ثلاثة معتقلين عام 2014" in an article of 2023: a year gone by is history too.
    const publishedYear = Number(article.publishedAt.slice(0, 4));
    // (Only its years are the aside's: other words of a quotation, "لم يبق لنا إلا الذكرى", may still tell of the past.)
    const yearless = asides.size ? tokens.map((t, k) => (asides.has(k) && /^(19|20)\d\d$/.test(t.norm) ? { ...t, norm: '', lower: '' } : t)) : tokens;
    const statistics = new Set(
      texts
        .map(([c, text]) => [c, asides.size ? clauseText(yearless, clauses, c, lex) : text] as const)
        .filter(([c, spoken]) => lex.longPeriod(spoken) || yearsGoneBy(lex.withoutComparisons(spoken), publishedYear, () => namesDay(tokens, clauses, c, lex)) || (TALLY_OF_ATTACKS.test(spoken) && !namesDay(tokens, clauses, c, lex)))
        .map(([c]) => c),
    );
    // ("مسؤولة عن مقتل 241 مدنياً خلال العام، فيما قُتل 35 مدنياً على يد القوات الروسية": the
    // clauses after a count over a long period that name no day of their own break it down.)
    const inOrder = texts.map(([c]) => c);
    const firstStatistics = inOrder.findIndex((c) => statistics.has(c));
    if (firstStatistics >= 0) {
      for (const c of inOrder.slice(firstStatistics + 1)) if (!namesDay(tokens, clauses, c, lex)) statistics.add(c);
    }
    // "وتوزعت الحصيلة على 1889 مدنياً…" right after statistics: their breakdown, no new toll.
    const breaksDownStatistics = this.afterStatistics && date.basis === 'publication' && lex.refersToToll(sentence.text);
    // "The uprising entered its third year last week; the UN says more than 70,000 have been
    // killed": the war's age makes the whole sentence its toll. An anniversary story's undated
    // figures are of the day remembered.
    const previous = this.all[at - 1]?.text.trimEnd().endsWith(';') ? this.all[at - 1].text : '';
    // (In an anniversary story "today" dates what people do now — "يقيم اليوم في الدانا" — not a toll.)
    // (So are the dead of a road accident, no casualties of the war.)
    const recalled = (this.anniversary && date.basis !== 'explicit') || lex.warAgeIn(sentence.text) || lex.warAgeIn(previous) || lex.roadAccidentIn(sentence.text);
    // ("… خلال الفترة ذاتها", "in the same period": the period named just before, in this sentence or
    // the one before it, a long one or not.)
    const samePeriod = lex.samePeriodIn(sentence.text) && (this.afterStatistics || statistics.size > 0 || this.countsOverLongPeriod(at - 1));
    if (breaksDownStatistics || recalled || samePeriod) texts.forEach(([c]) => statistics.add(c));
    // "at least 93 people were killed across the country": a national toll, placed in the country.
    const nationwide = new Set(texts.filter(([, text]) => lex.nationwideIn(text)).map(([c]) => c));
    let statisticsOnly = 0;
    // ("…في غارة إسرائيلية استهدفت مبنى في بلدة تمنين التحتا بقضاء بعلبك شرقي لبنان": a sentence that
    // places its figures abroad only, naming no place of Syria's, tells of another country.)
    // (Only a place named as where: "في … لبنان", "شرقي لبنان", "in Turkey" — not "Lebanon's Hezbollah".)
    // (Nor where shells came from: "قذائف أُطلقت من منطقة تل رفعت السورية سقطت على قضاء قرقميش".)
    const named = mentions.filter((m) => tokens[m.start].start >= this.datelineEnd && chosen.get(m) && !movedFrom(tokens, m, lex));
    // (A country or a large city: a small place abroad may be a Syrian quarter's namesake, "حي البدو".)
    const large = (p: GazetteerPlace | undefined) => !!p && (p.kind === 'country' || p.kind === 'region' || (p.population ?? 0) >= 50_000);
    // (Not a place marked as a village or a town, "قرية صيدا": a large city abroad is no village of Syria's.)
    // (A region is named as where after "in" with no word for it, "in the Bekaa Valley", "في البقاع";
    // not "fighters from the Bekaa Valley".)
    // (Or before a word for a town of it: "in the nearby Bekaa Valley town of Qsarnaba".)
    const inRegion = (m: PlaceMention) => chosen.get(m)?.kind === 'region' && (lex.language === 'en' ? tokens[m.start - 1]?.lower === 'in' || (tokens[m.start - 1]?.lower === 'the' && tokens[m.start - 2]?.lower === 'in') || (lex.placeMarker(tokens[m.end]) === 'settlement' && tokens[m.end + 1]?.lower === 'of') : tokens[m.start - 1]?.norm === 'في' || /^و?ب/.test(tokens[m.start].norm));
    const placedAbroad = (m: PlaceMention) =>
      abroad(chosen.get(m)) && large(chosen.get(m)) && !villageMarked(tokens, m, lex) && (m.marker !== undefined || relativeTo(tokens, m, lex) || inRegion(m)) && !/['’]s$/.test(tokens[m.end - 1].raw);
    // ("killed a baby in the Turkish border town of Akcakale": a town named as another country's, with
    // Syria itself named only as where the shells came from.)
    // (Or a wide region of it in another clause: "…, as Ankara pressed its offensive in northeast Syria".)
    const otherClauseRegion = (m: PlaceMention) => chosen.get(m)?.kind === 'region' && !!figures.length && clauses[m.start] !== clauses[figures[0].first];
    const foreignTown = lex.foreignTownIn(sentence.text) && named.every((m) => abroad(chosen.get(m)) || chosen.get(m)?.kind === 'country' || otherClauseRegion(m));
    const abroadOnly = foreignTown || (named.some(placedAbroad) && !named.some((m) => !abroad(chosen.get(m))));
    // ("تعرض لاعبان آخران لإصابات طفيفة": a match's injuries are no casualties of the war.)
    const sport = lex.sportIn(sentence.text);
    // ("… in the Bekaa Valley town of Qsarnaba had killed two people. Lebanese media said the dead
    // were a Syrian worker and his employer": right after a toll abroad, with no place of their own,
    // figures are of the same place.)
    const partAbroad = at > 0 && this.abroadAt === at - 1 && !named.length;
    for (const [index, figure] of figures.entries()) {
      if (abroadOnly || partAbroad || sport || killedAndWounded(tokens, figure, figures, lex)) continue;
      const parent = figure.subsetOf !== undefined ? figures[figure.subsetOf] : undefined;
      // ("قُتل سبعة عناصر بينهم ضابطان", "including a colonel": a rank among fighters says who they
      // were, not a count of a kind apart — most labellers code none.)
      if (parent?.victims.kind === 'combatants' && figure.victims.kind === 'combatants' && tokens.slice(figure.first, figure.last + 1).some((t) => RANKS.test(lex.language === 'ar' ? t.norm : t.lower))) continue;
      const sentenceSources = sourcesFor(figure, attributions, figures, tokens, lex) ?? (laterSources.length ? laterSources : undefined);
      const saidBy = sentenceSources ?? [this.memory.outlet()];
      // Ten thousand dead or missing is a count over the war, never one incident's toll.
      const warScale = Math.max(figure.count.min ?? 0, figure.count.max ?? 0) >= WAR_SCALE;
      if (history || warScale || statistics.has(figure.clause) || (parent && statistics.has(parent.clause))) {
        saidBy.forEach((s) => this.reporting.add(s.key));
        statisticsOnly += 1;
        continue;
      }
      // A report's breakdown ("وقالت الشبكة إن قوات النظام مسؤولة عن مقتل 71 من الضحايا"): after a
      // source gave statistics, its figures with no day of their own belong to them.
      if (date.basis === 'publication' && saidBy.every((s) => this.reporting.has(s.key))) continue;
      // ("Of the 10 dead, seven were not Syrian": a toll named back is no new claim when the story gave
      // it before; told first so, "Of the 45 wounded, 12 were children", it is the toll.)
      const namedBack = lex.language === 'en' && figure.first >= 2 && (lex.amongEarlierAt(tokens, figure.first - 2)?.end ?? 0) > figure.last;
      if (namedBack && this.earlier.some((c) => c.outcome === figure.outcome && !c.parentKey && c.count.min === figure.count.min)) continue;
      const whole = figure.ofEarlier ? this.wholeOf(figure, sentenceSources, claims) : undefined;
      // ("at least 4,000 people were tortured there and 27 of them died": "of them" with no toll of
      // theirs before is part of nothing the story counted.)
      const ofThemPart = tokens[figure.last]?.lower === 'them' && tokens[figure.last - 1]?.lower === 'of';
      if (figure.ofEarlier && !whole && ofThemPart) continue;
      // ("بينهم 54 في حلب": a part given with a place of its own is there, not at its total's place.)
      const ownPlace = figure.placeAt !== undefined ? this.placeNamedAt(figure.placeAt, mentions, chosen) : undefined;
      // ("بينهم 3 في حالة خطرة", "including 3 in critical condition": no place there, no part by place.)
      if (figure.placeAt !== undefined && !ownPlace) continue;
      // ("More than 300 people were killed in Hama province, including more than 200 in Tremseh": a
      // part's place is the part's, not its total's.)
      const partsPlaces = (m: PlaceMention) => figures.some((f) => f !== figure && f.placeAt !== undefined && m.start >= f.first && m.start <= f.last);
      // ("23 killed …, among them 11 in Homs, six in Idlib province and four in Rif Dimashq": a toll
      // whose parts lie in two governorates or more is the country's.)
      const partGovernorates = new Set(figures.map((f) => (f.subsetOf === index && f.placeAt !== undefined ? this.placeNamedAt(f.placeAt, mentions, chosen)?.place.admin1 : undefined)).filter(Boolean));
      const acrossGovernorates = figure.subsetOf === undefined && partGovernorates.size >= 2;
      // (A part of a total in the same sentence is where its total is: "…على أحياء الكلاسة وبستان
      // القصر … في مدينة حلب، بينهم 9 أطفال".)
      const total = parent ? claims.find((c) => c.key.startsWith(`${sentence.start}:${figure.subsetOf}:`)) : undefined;
      const located = ownPlace ?? whole?.located ?? total?.located ?? this.locate(figure, mentions.filter((m) => !partsPlaces(m) && !inNames.has(m)), chosen, clauses, speakers, nationwide.has(figure.clause) || acrossGovernorates, at);
      // ("عشرات القتلى في صفوف المسلحين", "20 إرهابياً": fighters named only by what they are called
      // get no side guessed for them.)
      // ("سبعة من مقاتلي العشائر": the noun in construct with whose fighters they are.)
      const construct = tokens[figure.last + 1] && !/^و/.test(tokens[figure.last + 1].norm) ? 2 : 1;
      // ("17 fighters on both sides", "من الطرفين": of two sides, so of none.)
      const bothSides = tokens.slice(figure.last + 1, figure.last + 4).some((t, j, after) => /^(الطرفين|الجانبين|الطرفان|الجانبان)$/.test(t.norm) || (t.lower === 'both' && /^sides?$/.test(after[j + 1]?.lower ?? '')));
      const sideless = figure.sideless || bothSides || (!figure.victims.affiliation && tokens.slice(figure.first, figure.last + construct).some((t) => lex.namesNoSide(t) || lex.namesTribe(t)));
      const enemy = figure.victims.affiliation || sideless ? undefined : this.enemyReferredTo(tokens, figure, at, sentenceSources);
      const fighters = figure.victims.kind === 'combatants' || !!enemy;
      // ("قتل 6 جنود وأصيب 11 آخرون": the others are of the side of those counted before them.)
      // ("وإصابة جنديين آخرين": the word for others may follow the counted noun.)
      const saysOthers = tokens.slice(figure.first, figure.last + 2).some((t) => lex.isOthers(t));
      const othersOf = (figure.others || saysOthers) && fighters ? claims.filter((c) => !c.parentKey).at(-1)?.victims : undefined;
      // ("Seven soldiers were killed, including a colonel": a part with no side of its own is of its whole's.)
      const wholeSide = parent && figure.victims.kind === 'combatants' ? claims.find((c) => c.key.startsWith(`${sentence.start}:${figure.subsetOf}:`))?.victims : undefined;
      // ("قتل 18 مرتزقاً", said by the SDF or the YPG: the Turkish-backed factions, as they call them.)
      const mercenaries = !figure.victims.affiliation && this.speakersSide(sentenceSources) === 'sdf' && tokens.slice(figure.first, figure.last + 2).some((t) => /^(و|من|ال|وال|من ال)?مرتزق(ه|ا|ين)?$|^mercenaries$/.test(lex.language === 'ar' ? t.norm : t.lower));
      // ('IS lost "more than 60 militants"', "the faction had lost nine fighters", said by an SNA
      // commander: the side named before the verb, else the speaker's, lost its own.)
      const lostAt = lex.language === 'en' && figure.victims.kind === 'combatants' && !figure.victims.affiliation ? lostBefore(tokens, figure.first) : undefined;
      // ("In a surprise attack by HTS, the defending forces lost 14 fighters": not the attacker.)
      const loser = lostAt !== undefined ? (actorsIn(tokens.slice(0, lostAt), lex).filter((a) => tokens[a.at - 1]?.lower !== 'by').at(-1)?.key ?? this.speakersSide(sentenceSources)) : undefined;
      const affiliation =
        figure.victims.affiliation ??
        (mercenaries ? 'sna' : undefined) ??
        loser ??
        enemy ??
        (wholeSide?.kind === 'combatants' ? wholeSide.affiliation : undefined) ??
        (fighters && !mixedSides(figures, index)
          ? (this.sideReferredTo(tokens, figure, at) ??
            this.jihadistsOfStory(tokens, figure, at) ??
            // (Named only by what they are called, they get a side only as above: "20 إرهابياً من التنظيم".)
            (sideless
              ? undefined
              : (this.speakersOwn(tokens, figure, sentenceSources) ??
                (othersOf?.kind === 'combatants' ? othersOf.affiliation : undefined) ??
                // (Soldiers are the army's even when the sentence names the rebels who killed them.)
                this.soldiersSide(tokens, figure, sentenceSources) ??
                // (In a list whose other groups have sides of their own — "183 insurgent fighters,
                // 100 members of government forces" — a group with none gets none of theirs.)
                (listedBeside(figures, index) ? undefined : (victimSide(actors, figure, this.speakersSide(sentenceSources), tokens) ?? this.sideCountedLast(tokens, figure))))))
          : undefined);
      // "وأضاف المرصد أن ثمانية آخرين أصيبوا": others in a later sentence are of the fighters counted before.
      const inherited = figure.others && saysOthers && figure.victims.kind === 'unspecified' && index === 0 ? this.fightersSoFar() : undefined;
      // ("قالت قوى الأمن الداخلي إن اثنين من أعضائها قُتلا": an armed body's own members are its fighters.)
      // ("Ahrar al-Sham said four of its men had been killed", "three of its members": the same in English.)
      const ownMembers =
        (figure.victims.kind === 'unspecified' || (lex.language === 'en' && figure.victims.kind === 'men')) &&
        tokens.slice(figure.first, figure.last + 1).some((t, j, span) => (lex.language === 'ar' ? /^(من)?اعضاي(ه|ها|هم)$/.test(t.norm) : /^(its|their|our)$/.test(t.lower) && /^(men|members|personnel)$/.test(span[j + 1]?.lower ?? ''))) &&
        !!this.speakersSide(sentenceSources);
      // ("26 من أبناء الطائفة الدرزية", "4 من أبناء العشائر": sons of a community, armed or not — the
      // labellers code them of no kind.)
      const ofCommunity = lex.language === 'ar' && figure.victims.kind === 'civilians' && /^(ال)?ابناء$/.test(tokens[figure.last]?.norm ?? '') && COMMUNITY.test(tokens[figure.last + 1]?.norm ?? '');
      const kind = enemy || ownMembers ? 'combatants' : ofCommunity ? 'unspecified' : figure.victims.kind;
      // (By the day of the claim: a 2025 story of a 2013 massacre names the regime of 2013.)
      const claimDay = (whole?.date ?? date).value;
      const side = sideInItsTime(affiliation ?? (ownMembers ? this.speakersSide(sentenceSources) : undefined), claimDay);
      // ("ارتفع إلى ستة عدد الشهداء", "later raised the toll to 45": a risen toll counts whom the story counted before.)
      // (Only a toll said to have risen, by the same source or by no other: another's "put the toll
      // at 19" counts whom it counts.)
      const risen = figure.toll && kind === 'unspecified' && figure.subsetOf === undefined && lex.risenTollIn(sentence.text);
      // (The toll counted last, at the same place: not any toll the article gave before.)
      const earlierCount = risen ? this.earlier.filter((c) => c.outcome === figure.outcome && !c.parentKey).at(-1) : undefined;
      const sameSpeaker = !!earlierCount && (!sentenceSources || sentenceSources.some((s) => s.key === earlierCount.source.key));
      const counted = sameSpeaker && earlierCount.place.id === located.place.id && earlierCount.victims.kind !== 'unspecified' && (earlierCount.count.min ?? 0) <= (figure.count.min ?? Number.MAX_SAFE_INTEGER);
      const risenOf = counted ? earlierCount.victims : undefined;
      // ("مقتل ثلاثة منهم", "killing three of them" with no noun of the kind near: of those the story counted last.)
      const ofThem = figure.others && kind === 'unspecified' && !inherited && tokens.slice(figure.first, figure.last + 1).some((t) => /^(منهم|منهن|them)$/.test(t.lower));
      const lastCounted = ofThem ? [...this.earlier, ...claims].filter((c) => !c.parentKey).at(-1) : undefined;
      const themOf = lastCounted && lastCounted.victims.kind !== 'unspecified' ? lastCounted.victims : undefined;
      // ("72 of them died": of whom the toll they are part of counted.)
      // ("Twenty-one of the dead were in Talbiseh": of whom the toll counted, at a place of its own.)
      // ("Of the 10 dead, seven were not Syrian": a bare number of them too.)
      const ofTheToll = whole && kind === 'unspecified' && (ofThemPart || figure.placeAt !== undefined || !!lex.numberAt(tokens, figure.last)) ? whole.victims : undefined;
      // ("اثنين من أعضائها … وأصيب ثالث": a third of those counted just before.)
      const ordinalOf = figure.ordinal && kind === 'unspecified' ? claims.filter((c) => !c.parentKey).at(-1)?.victims : undefined;
      const victims = inherited ?? risenOf ?? themOf ?? ofTheToll ?? ordinalOf ?? (side ? { kind, affiliation: side } : { kind });
      const perpetrator = sideInItsTime(perpetratorOf(actors, figure, affiliation), claimDay);
      const sources = sentenceSources ?? (whole ? [whole.source] : [this.memory.outlet()]);
      for (const source of sources) {
        claims.push({
          key: `${sentence.start}:${index}:${source.key}`,
          parentKey: figure.subsetOf !== undefined ? `${sentence.start}:${figure.subsetOf}:${source.key}` : whole?.key,
          outcome: figure.outcome,
          victims,
          count: figure.count,
          // (A part of a preliminary toll told after it is preliminary too, whoever tells it and wherever it fell: "وأوضحت الشبكة أن بين القتلى طفلين".)
          preliminary: figure.preliminary || !!whole?.preliminary,
          source,
          reportedBy: article.outlet.id,
          article: articleRef(article),
          place: located.place,
          date: whole?.date ?? date,
          ...(perpetrator ? { perpetrator } : {}),
          evidence: evidence(article.body, tokens, figure),
          extractor: { ...EXTRACTOR },
          located,
          kind: whole?.kind ?? eventKindOf(tokens, lex),
          ...(risen && !risenOf ? { risenUnnamed: true } : {}),
          ...(lex.toldEarlierAt(tokens, figure.first) ? { toldEarlier: true } : {}),
        });
      }
    }
    this.remember(mentions, chosen);
    this.breakDownTheLead(claims, at);
    this.earlier.push(...claims);
    this.afterStatistics = statisticsOnly === figures.length;
    // (A toll counted abroad, not a word of the dead in a comparison: "الأعلى … منذ بدء الحرب في غزة".)
    if (abroadOnly && figures.some((f) => f.count.min !== null || f.count.max !== null)) this.abroadAt = at;
    return claims;
  }

  /**
   * "استشهد مدنيان وأصيب 11 آخرون … على حيي باب توما والعباسيين", then "…في حي باب توما ما أدى إلى
   * استشهاد تلميذة وإصابة ستة أشخاص، فيما سقطت قذيفتان في حي العباسيين ما تسبب باستشهاد رجل مسن
   * وإصابة خمسة آخرين": a sentence that tells the lead's toll place by place, at places the lead
   * named, in groups that add up to no more than it, gives parts of it.
   */
  private breakDownTheLead(claims: PendingClaim[], at: number): void {
    if (at === 0) return;
    const leadStart = this.all[at - 1].start;
    const leads = this.earlier.filter((c) => !c.parentKey && c.key.startsWith(`${leadStart}:`));
    if (!leads.length) return;
    const named = new Set(this.mentionsIn(at - 1).flatMap((m) => [m, ...m.coordinated]).flatMap((m) => [m.written, ...m.candidates.map((c) => c.id)]));
    for (const outcome of new Set(claims.map((c) => c.outcome))) {
      const lead = leads.filter((c) => c.outcome === outcome).at(-1);
      const parts = claims.filter((c) => c.outcome === outcome && !c.parentKey);
      if (!lead || lead.count.min === null || parts.length < 2 || parts.some((p) => p.count.min === null)) continue;
      const sum = parts.reduce((n, p) => n + (p.count.min as number), 0);
      const civilian = (k: string) => ['unspecified', 'civilians', 'men', 'women', 'children'].includes(k);
      const kinds = lead.victims.kind === 'combatants' ? parts.every((p) => p.victims.kind === 'combatants') : civilian(lead.victims.kind) && parts.every((p) => civilian(p.victims.kind));
      // (Named there as a mention or in its words: "حيي باب توما والعباسيين".)
      const leadText = this.all[at - 1].text;
      const places = parts.every((p) => named.has(p.place.name) || named.has(p.place.id) || leadText.includes(p.place.name)) && new Set(parts.map((p) => p.place.id)).size > 1;
      // ("killing at least 57 soldiers and allied fighters", then "…killed 14 Syrian soldiers, 16 fighters
      // from the Afghan Fatemiyoun brigade and 11 Iraqi militiamen": fighters of the lead, side by side.)
      const sides = lead.victims.kind === 'combatants' && new Set(parts.map((p) => p.victims.affiliation ?? '')).size > 1;
      if (sum <= (lead.count.max ?? lead.count.min) && kinds && (places || sides)) for (const p of parts) p.parentKey = lead.key;
    }
  }

  /**
   * "مقتل عنصرين", "وأصيب ثالث": fighters no sentence names a side for are, in a story about one
   * side's losses, of the side whose fighters the story counted last.
   */
  private sideCountedLast(tokens: Token[], figure: Figure): string | undefined {
    // (Only "عناصر", a side's members: "terrorists", "gunmen" or "a member of a local faction" are others.)
    if (!tokens.slice(figure.first, figure.last + 1).some((t) => MEMBERS_AR.test(t.norm))) return undefined;
    for (let k = this.earlier.length - 1; k >= 0; k--) {
      const victims = this.earlier[k].victims;
      if (victims.kind === 'combatants' && victims.affiliation) return victims.affiliation;
    }
    return undefined;
  }

  /** The fighters the last sentence with figures counted, when it counted only fighters of one side. */
  private fightersSoFar(): Claim['victims'] | undefined {
    const last = this.earlier[this.earlier.length - 1];
    if (!last) return undefined;
    const sentence = last.key.split(':')[0];
    const totals = this.earlier.filter((c) => c.key.split(':')[0] === sentence && !c.parentKey);
    const sides = new Set(totals.map((c) => victimsKey(c.victims)));
    return sides.size === 1 && totals[0].victims.kind === 'combatants' ? totals[0].victims : undefined;
  }

  /** The total an "among the dead" part belongs to: the latest of that outcome, by the same source if it gave one. */
  private wholeOf(figure: Figure, sources: Source[] | undefined, sentenceClaims: PendingClaim[]): PendingClaim | undefined {
    const totals = this.earlier.filter((c) => c.outcome === figure.outcome && !c.parentKey);
    // ("Of the 10 dead, seven…": the toll of that number, whoever gave another since, or the one
    // this sentence opened on.)
    const numbered = figure.ofCount !== undefined ? [...totals, ...sentenceClaims.filter((c) => c.outcome === figure.outcome && !c.parentKey)].reverse().find((c) => c.count.min === figure.ofCount) : undefined;
    const keys = new Set(sources?.map((s) => s.key));
    return numbered ?? [...totals].reverse().find((c) => keys.has(c.source.key)) ?? totals[totals.length - 1];
  }

  /** "Twelve people were killed. The Observatory said…": a figure quoted in the next sentence. */
  private sourcesOfNext(next: Sentence | undefined): Source[] {
    if (!next || findFigures(next.tokens, this.lex).length) return [];
    // Only a sentence about the casualties, or a bare "the Observatory said.", gives their source:
    // "وذكر مصدر في الشرطة أن السيارة كانت مركونة…" speaks of something else.
    if (next.tokens.length > 12 && !this.lex.mayReportCasualties(next.text)) return [];
    const said = attributionsIn(next.tokens, this.article.body, this.lex, this.memory);
    return said[0]?.sources ?? [];
  }

  private noteAdminAreas(mentions: PlaceMention[]): void {
    // A governorate named, or a place that lies in one only ("إدلب" the city): the places named
    // with it are sought there first ("أريحا جنوبي إدلب" is Ariha, not Jericho).
    const unambiguous = (m: PlaceMention) => {
      const areas = new Set(m.candidates.map((c) => c.admin1Ar));
      return areas.size === 1 ? [...areas] : [];
    };
    const named = mentions
      .flatMap((m) => [m.adminHint, ...m.candidates.filter((c) => c.kind === 'governorate').map((c) => c.admin1Ar), ...unambiguous(m)])
      .filter((a): a is string => !!a);
    this.adminContext = [...new Set([...named, ...this.adminContext])];
  }

  private remember(mentions: PlaceMention[], chosen: Map<PlaceMention, ReturnType<typeof chooseCandidate>>): void {
    for (const m of mentions) {
      const place = chosen.get(m);
      const id = place?.id ?? m.written;
      this.salience.set(id, (this.salience.get(id) ?? 0) + 1);
      if (place?.admin1Ar && KIND_RANK[place.kind] <= 3) this.adminContext = [place.admin1Ar, ...this.adminContext.filter((a) => a !== place.admin1Ar)];
    }
  }

  /** The place named at token `at` (or right after a word such as "بلدة" there). */
  private placeNamedAt(at: number, mentions: PlaceMention[], chosen: Map<PlaceMention, ReturnType<typeof chooseCandidate>>): Located | undefined {
    const m = mentions.find((x) => x.start >= at && x.start <= at + 1 && !abroad(chosen.get(x)));
    return m && this.locatedAt(m, mentions, chosen);
  }

  /** A mention made the figure's place, with the places named beside it. */
  private locatedAt(m: PlaceMention, mentions: PlaceMention[], chosen: Map<PlaceMention, ReturnType<typeof chooseCandidate>>): Located {
    const admin1 = m.adminHint ?? this.adminContext[0] ?? null;
    return {
      place: toPlace(m, chosen.get(m), admin1),
      others: m.coordinated.map((o) => toPlace(o, chosen.get(o), admin1)),
      mentioned: new Set(mentions.map((x) => chosen.get(x)?.id).filter((id): id is string => !!id)),
      specificity: specificity(m, chosen.get(m)),
    };
  }

  /**
   * The most specific place named in the figure's clause (else its sentence): a settlement named
   * with "قرية" / "village" first, then the one already in focus, then the nearest.
   */

  private locate(
    figure: Figure,
    allMentions: PlaceMention[],
    chosen: Map<PlaceMention, ReturnType<typeof chooseCandidate>>,
    clauses: number[],
    /** Places named with a speaker; true: in the name of an institution, its jurisdiction. */
    speakers: Map<PlaceMention, boolean>,
    nationwide: boolean,
    sentenceIndex: number,
  ): Located {
    // A place abroad ("crossed from Iraq", "BEIRUT") is no place of a figure in news of Syria; nor
    // is one named as in a country abroad ("across the border in Kilis, Turkey").
    const tokens = this.all[sentenceIndex].tokens;
    const inForeignCountry = (m: PlaceMention) => tokens[m.end]?.norm === ',' && allMentions.some((o) => o.start === m.end + 1 && chosen.get(o)?.kind === 'country' && abroad(chosen.get(o)));
    const home = allMentions.filter((m) => !abroad(chosen.get(m)) && !inForeignCountry(m));
    // Where the wounded were taken serves only when the story has named no place before.
    // (So does where they had moved from; where most of them were gives way too, but serves alone.)
    const carriedTo = new Set(home.filter((m) => destination(tokens, m, allMentions, this.lex) || movedFrom(tokens, m, this.lex)));
    const mostly = new Set(home.filter((m) => mostlyAt(tokens, m, this.lex)));
    // A governorate named as such ("محافظة إدلب") serves when nothing finer than it is named.
    const finer = home.some((o) => o.marker !== 'admin' && specificity(o, chosen.get(o)) < KIND_RANK.governorate);
    const usable = home.filter((m) => m.marker !== 'admin' || !finer);
    const clauseOf = (m: PlaceMention) => clauses[m.start] === figure.clause;

    const ranked = [...usable].sort((a, b) => {
      const rank = (m: PlaceMention) => [
        carriedTo.has(m) || mostly.has(m) ? 1 : 0,
        // ("the Damascus suburb of Douma": the city names the suburb, which is the place.)
        this.lex.language === 'en' && suburbOfAt(tokens, m.end) ? 1 : 0,
        // A place in a speaker's name ("الهيئة العامة للثورة السورية", "مشفى الرستن") serves only
        // when no other place is named.
        speakers.has(m) && !m.marker ? 1 : 0,
        clauseOf(m) ? 0 : 1,
        // English tells where after the verb ("…were killed in X"); a place before it, or where the
        // speaker is ("officials in Afrin said"), is often only the speaker's.
        // ("Airstrikes on the towns of Arman and Malah killed…": a place the subject names with a
        // marker is the figure's.)
        this.lex.language === 'en' && ((m.start < figure.first && !namedAsPlace(m, chosen.get(m), this.all[sentenceIndex].tokens, this.lex) && this.all[sentenceIndex].tokens[m.start].start >= this.datelineEnd) || speakers.has(m)) ? 1 : 0,
        specificity(m, chosen.get(m)),
        m.marker === 'settlement' ? 0 : 1,
        // ("in the village of Hreisoun outside the coastal city of Baniyas": a village said to be one
        // is finer than a city.)
        villageMarked(this.all[sentenceIndex].tokens, m, this.lex, false) ? 0 : 1,
        -(this.salience.get(chosen.get(m)?.id ?? m.written) ?? 0),
        Math.abs(m.start - figure.first),
      ];
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return 0;
    });
    const best = ranked[0];
    // ("put the toll in the city at 23 civilians and said 11 fighters were killed in the nearby Inshaat
    // district": "the city" in the figure's own clause is the one named before, not a place further on.)
    const lastPlaced = this.lastLocated && !this.lastLocated.place.id.startsWith('country:') ? this.lastLocated : undefined;
    // (The nearer of it and a name, "23 were killed in the city and 11 in Inshaat", is the figure's.)
    const pointer = lastPlaced ? pointerBackIn(tokens, clauses, figure.clause, this.lex) : -1;
    const distance = (k: number) => Math.abs(k - figure.first);
    // (Not across a verb of saying: "…at 23 civilians and said 11 fighters were killed in Inshaat".)
    const between = pointer < figure.first ? tokens.slice(pointer, figure.first) : tokens.slice(figure.last, pointer);
    if (lastPlaced && pointer >= 0 && usable.every((m) => !clauseOf(m) || distance(m.start) > distance(pointer)) && !between.some((t) => this.lex.sayingVerb(t))) return lastPlaced;
    // ("strikes on the town of Talbiseh have killed 17, a day after Moscow said it hit targets across
    // Syria": a town the figure's English subject names as such is its place, whatever else the clause says.)
    const target = !!best && this.lex.language === 'en' && clauseOf(best) && best.start < figure.first && best.marker === 'settlement' && specificity(best, chosen.get(best)) <= KIND_RANK.town;
    if (nationwide && !target) return country();
    // ("…missile fire on a camp near the Turkish border killed 16", then "…slammed into tents in the
    // Qah camp": a lead that names no place is placed by what follows it.)
    if (!best) return this.areaOfWave(sentenceIndex) ?? this.governorateNamedBack(sentenceIndex) ?? (this.lastLocated && this.openedOnSincePlaced(sentenceIndex)) ?? this.lastLocated ?? this.placeBefore(sentenceIndex) ?? this.placeAfter(sentenceIndex, undefined) ?? unknownPlace();
    if (carriedTo.has(best)) {
      const earlier = this.lastLocated ?? this.placeBefore(sentenceIndex);
      if (earlier) return earlier;
    }
    // ("the director of Aleppo University Hospital, Dr. Ibrahim Hadid, said … raising the death toll
    // to four": a place only in a speaker's name, the story's place before it is the figure's.)
    if (speakers.get(best) && !best.marker && this.lastLocated && usable.every((m) => speakers.has(m))) return this.governorateNamedBack(sentenceIndex) ?? this.lastLocated;
    // ("قالت مديرية صحة إدلب إن مستشفيات المنطقة استقبلت 46 جريحاً" after a strike on Jisr
    // al-Shughur: a governorate's name in a speaker's is its jurisdiction; the town in focus there
    // is the figure's place.)
    const bestPlace = chosen.get(best);
    if (speakers.get(best) && this.lastLocated && bestPlace?.admin1Ar && bestPlace.nameAr === bestPlace.admin1Ar && this.lastLocated.place.admin1 === bestPlace.admin1Ar && this.lastLocated.place.id !== bestPlace.id) {
      return this.lastLocated;
    }
    // ("Syria's Health Ministry said 11 people had been killed there": the country alone, not said to
    // be a nationwide toll, is no place; the place in focus is.)
    if (chosen.get(best)?.kind === 'country' && this.lastLocated && this.lastLocated.place.id !== best.candidates[0]?.id && !this.lastLocated.place.id.startsWith('country:')) return this.lastLocated;
    // (The same before any figure was placed: the town the sentences before named.)
    if (chosen.get(best)?.kind === 'country' && !this.lastLocated) {
      const before = this.placeBefore(sentenceIndex);
      if (before) return (this.lastLocated = before);
    }
    // "a suburb of Damascus", "south of Damascus": only a bearing; the town the next sentences name is the place.
    const named = relativeTo(this.all[sentenceIndex].tokens, best, this.lex) ? this.placeAfter(sentenceIndex, chosen.get(best)) : undefined;
    if (named) {
      this.lastLocatedAt = sentenceIndex;
      return (this.lastLocated = named);
    }
    const located = this.locatedAt(best, allMentions, chosen);
    this.lastLocated = located;
    this.lastLocatedAt = sentenceIndex;
    return located;
  }
}

/**
 * Places named with a speaker: "Kurdish health officials in Afrin said", "بحسب الدفاع المدني في
 * حلب". English puts the speaker before its verb (after the last comma), Arabic and "according to"
 * after it (up to the next punctuation or "أن").
 */
function speakerPlaces(tokens: Token[], attributions: Attribution[], mentions: PlaceMention[], lex: Lexicon): Map<PlaceMention, boolean> {
  const speakers = new Map<PlaceMention, boolean>();
  for (const a of attributions) {
    let from: number;
    let to: number;
    if (lex.language === 'en' && a.placement === 'before') {
      from = a.at - 1;
      while (from > 0 && tokens[from - 1].kind !== 'punct') from--;
      to = a.at - 1;
    } else {
      from = a.at + 1;
      to = from;
      while (to + 1 < tokens.length && to < a.at + 8 && tokens[to + 1].kind !== 'punct' && !/^(ان|انه|بان|that)$/.test(tokens[to + 1].lower)) to++;
    }
    // (Where a speaker is, "مراسل سانا في دير الزور", is its jurisdiction too; not the town an outlet is named for.)
    for (const m of mentions) if (m.start >= from && m.start <= to && !speakers.has(m)) speakers.set(m, !a.sources.some((s) => namedForTown(s.name, m.written)));
    // ("وكان مصدر في قيادة شرطة محافظة حماة أفاد": a place inside the name of an institution that
    // speaks, wherever it stands, is its jurisdiction — not an outlet named for its town, "السويداء 24".)
    for (const m of mentions) if (inSourceName(m, [a], true)) speakers.set(m, true);
  }
  return speakers;
}

/** "in the city", "في المدينة", "بالبلدة": where clause `c` points back to a place named before (-1: nowhere). */
function pointerBackIn(tokens: Token[], clauses: number[], c: number, lex: Lexicon): number {
  return tokens.findIndex((t, k) => {
    if (clauses[k] !== c) return false;
    if (lex.language === 'en') return POINTED_BACK_EN.test(t.lower) && tokens[k - 1]?.lower === 'the' && /^(in|inside|within)$/.test(tokens[k - 2]?.lower ?? '') && !lex.isOf(tokens[k + 1]);
    // (Not "في المدينة القديمة", "the old city": an adjective after it makes a place of its own.)
    const marked = POINTED_BACK_AR.test(t.norm) ? /^(في|داخل)$/.test(tokens[k - 1]?.norm ?? '') : /^و?ب(ال)/.test(t.norm) && POINTED_BACK_AR.test(t.norm.replace(/^و?ب/, ''));
    return marked && !/^ال/.test(tokens[k + 1]?.norm ?? '');
  });
}
const POINTED_BACK_EN = /^(city|town|village|neighbourhood|neighborhood|camp)$/;
const POINTED_BACK_AR = /^ال(مدينه|بلده|قريه|حي|مخيم)$/;

const COMMUNITY = /^(ال)?(عشاير|عشيره|طايفه|طوايف|قبايل|قبيله|مكون)$/;

const WAR_NEWS = /\b(toll|fighting|clashes|attacks?|strikes?|shelling|bombardment|offensive|battles?|raids?)\b|(الحصيله|الاشتباكات|المعارك|القصف|الغارات|الهجوم|الحصيلة|الهجمات|المواجهات)/;
const MOST_OF_THEM = new RegExp(`\\b(most|many|some|several) of them\\b|\\bmostly\\b|(^| )(${MOST_OF_THEM_AR})( |$)`);
const MOSTLY_AT = new RegExp(`(^| )(${MOST_OF_THEM_AR})( في( \\S+)?| ب\\S+)?$`);

/** "السويداء", "السويداء 24", "شبكة دير الزور 24": an outlet named for the town it reports from. */
function namedForTown(name: string, town: string): boolean {
  const bare = name.replace(/\s*[\d٠-٩]+$/, '');
  return bare === town || (bare !== name && bare.endsWith(` ${town}`));
}

/**
 * "قُتل وجُرح عشرات العناصر", "killed or wounded dozens": one number over the dead and the wounded
 * together counts neither.
 */
function killedAndWounded(tokens: Token[], figure: Figure, figures: Figure[], lex: Lexicon): boolean {
  const first = figure.first;
  // (Not "قُتل ستة جنود وأصيب أربعة آخرون": the first verb there has a figure of its own.)
  if (figures.some((f) => f !== figure && f.last < first && f.last >= first - 5)) return false;
  const verbs = lex.language === 'ar' ? [tokens[first - 2], tokens[first - 1]] : /^(and|or)$/.test(tokens[first - 2]?.lower ?? '') ? [tokens[first - 3], tokens[first - 1]] : [];
  const [a, b] = verbs.map((t) => (t ? lex.outcome(t) : undefined));
  // (Arabic: the two verbs open their clause, "قُتل وجُرح"; not "ثلاثة ضباط … قُتلوا وأصيب ستة آخرون".)
  const opens = lex.language === 'en' || !tokens[first - 3] || tokens[first - 3].kind === 'punct' || /^(و|ف|كما|وقد|فقد|حيث|اذ)$/.test(tokens[first - 3].norm);
  const joined = lex.language === 'en' || /^و/.test(tokens[first - 1]?.norm ?? '');
  const pair = new Set([a?.outcome, b?.outcome]);
  return !!a && !!b && joined && opens && pair.has('killed') && pair.has('injured') && a.roles.includes('trigger') && b.roles.includes('trigger');
}

/** Ranks and roles among fighters (Arabic folded). */
const RANKS = /^(ضابط|ضابطا|ضابطان|ضابطين|ضباط|قيادي|قياديا|قياديان|قياديين|قايد|قاده|ملازم|نقيب|عقيد|رايد|عميد|لواء|مقاتله|مقاتلتان|مقاتلتين|مقاتلات|officer|officers|colonel|colonels|lieutenant|captain|major|general|commander|commanders|leader|leaders)$/;

/** The groups a story's "militants" and "إرهابيين" may stand for. */
const JIHADIST_GROUPS = new Set(['isis', 'hts']);

/** A place named inside a source's longer name ("مديرية صحة إدلب"); `institutions`: not an outlet's. */
function inSourceName(m: PlaceMention, attributions: Attribution[], institutions = false): boolean {
  return attributions.some((a) => a.sources.some((s) => (!institutions || s.kind !== 'media') && !namedForTown(s.name, m.written) && s.name.includes(m.written)));
}

const QUOTE_OPENERS = /^["«“]/;

/** The country the project reads about, for tolls given for all of it. */
function country(): Located {
  return {
    place: { id: 'country:SY', name: 'سوريا', nameEn: 'Syria', admin1: null, lat: 35, lon: 38, precision: 6 },
    others: [],
    mentioned: new Set(),
    specificity: KIND_RANK.country,
  };
}

function unknownPlace(): Located {
  return {
    place: { id: 'unknown', name: 'unknown', nameEn: null, admin1: null, lat: null, lon: null, precision: 7 },
    others: [],
    mentioned: new Set(),
    specificity: KIND_RANK.country,
  };
}

function publicationDate(publishedAt: string): ClaimDate {
  return { value: publishedAt.slice(0, 10), precision: 2, basis: 'publication' };
}

function evidence(body: string, tokens: Token[], figure: Figure): Claim['evidence'] {
  const start = tokens[figure.first].start;
  const end = tokens[Math.min(figure.last, tokens.length - 1)].end;
  return { quote: body.slice(start, end), start, end };
}

type ActorMention = { key: string; at: number; role: 'attacker' | 'owner' | 'plain' };

function actorsIn(tokens: Token[], lex: Lexicon): ActorMention[] {
  const found: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const actor = lex.actorAt(tokens, i);
    if (!actor) continue;
    const at = tokens[i - 1]?.norm === '"' || tokens[i - 1]?.norm === '«' ? i - 1 : i;
    // English names the attacker as the subject: "Government forces killed…", "An ISIS attack killed…".
    const activeVerbAfter =
      lex.language === 'en' &&
      tokens.slice(actor.end, actor.end + 10).some((t, j, next) => lex.outcome(t)?.roles.includes('trigger') && !/^(was|were|been|be|are|is)$/.test(next[j - 1]?.lower ?? tokens[actor.end - 1].lower));
    // ("air strikes on Islamic State positions killed…": the side struck attacks no one.)
    const struck = lex.language === 'en' && /^(on|against|targeting)$/.test(tokens[at - 1]?.lower ?? '');
    const role = lex.affiliationMarkerBefore(tokens, at) ? 'owner' : !struck && (lex.attackerMarkerBefore(tokens, at) || activeVerbAfter) ? 'attacker' : 'plain';
    found.push({ key: actor.value, at: i, role });
    i = actor.end - 1;
  }
  return found;
}

/** Whose fighters were counted, when the figure does not say: the side named that is not attacking. */
function victimSide(actors: ActorMention[], figure: Figure, speaker: string | undefined, tokens: Token[]): string | undefined {
  // ("The SDF said 25 gunmen were killed": a side that speaks of fighters not its own speaks of its enemy.)
  // ("killing 10 fighters, most of them Iranians or members of Iran-backed militias": a side said of
  // most of them is not all of theirs.)
  const ofMost = (a: ActorMention) => a.at > figure.last && MOST_OF_THEM.test(tokens.slice(Math.max(figure.last + 1, a.at - 8), a.at).map((t) => t.norm.toLowerCase()).join(' '));
  const plain = actors.filter((a) => a.role === 'plain' && !(a.key === speaker && a.at < figure.first) && !ofMost(a));
  const before = plain.filter((a) => a.at < figure.first);
  return (before[before.length - 1] ?? plain[0])?.key;
}

function perpetratorOf(actors: ActorMention[], figure: Figure, victimsSide: string | undefined): string | undefined {
  const others = actors.filter((a) => a.key !== victimsSide && a.role !== 'owner');
  const attackers = others.filter((a) => a.role === 'attacker');
  const pool = attackers.length ? attackers : others;
  return [...pool].sort((a, b) => Math.abs(a.at - figure.first) - Math.abs(b.at - figure.first))[0]?.key;
}

/**
 * The speaker before the figure; else an "according to" or a speaker after it; else an "according
 * to" before it ("According to the Observatory, five civilians…", "وبحسب المرصد، قتل…", "ارتفعت
 * الحصيلة التي وثقها المرصد إلى…").
 */
function sourcesFor(figure: Figure, attributions: Attribution[], figures: Figure[], tokens: Token[], lex: Lexicon): Source[] | undefined {
  const before = attributions.filter((a) => a.placement === 'before' && a.at < figure.first);
  if (before.length) return before[before.length - 1].sources;
  // ("قُتل قرابة عشرة مدنيين …، في حين أعلنت أنقرة مقتل جنديين": a speaker after "في حين",
  // "فيما" or "بينما" who says what follows him, a figure of his own after him, speaks not of the
  // figure before him.)
  const contrasted = (a: Attribution) =>
    lex.language === 'ar' && a.placement === 'before' && tokens.slice(Math.max(0, a.at - 3), a.at).some((t) => /^و?(حين|فيما|بينما)$/.test(t.norm)) && figures.some((f) => f.first > a.at);
  const after = attributions.filter((a) => a.at > figure.last && !contrasted(a));
  if (after.length) return after[0].sources;
  return attributions.filter((a) => a.placement === 'after' && a.at < figure.first).at(-1)?.sources;
}

/** The first kind of event the sentence names (shelling, airstrike, …), else an attack. */
function eventKindOf(tokens: Token[], lex: Lexicon): string {
  for (const t of tokens) {
    const kind = lex.eventKind(t);
    if (kind) return kind;
  }
  return 'attack';
}

function hash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

function slug(id: string): string {
  return /^[\w:.-]+$/.test(id) ? id.toLowerCase().replace(/[^a-z0-9]+/g, '-') : `p${hash(id, 10)}`;
}

/**
 * Claims about the same place in one article make one incident; its date is the most precise one
 * its claims give. The incident id is derived from place and day, so that another article about
 * the same place and day joins the same incident.
 */
function groupIntoIncidents(all: PendingClaim[], article: Article): { claims: Claim[]; incidents: ExtractedIncident[] } {
  // The same figure said twice by the same source ("killed 17 people, medics said … 'Seventeen
  // people reached us dead'") is one claim.
  const seen = new Map<string, string>();
  // (A part of the dropped one is a part of the one kept: "ارتفع إلى 8 … والقتلى هم 4 أطفال وسيدتان…".)
  const keptFor = new Map<string, string>();
  const pending = all.filter((c) => {
    const figure = [c.place.id, c.source.key, c.outcome, victimsKey(c.victims), c.count.qualifier === 'exact' ? c.count.min : `${c.count.min}-${c.count.max}`].join('|');
    const kept = seen.get(figure);
    if (kept !== undefined) {
      keptFor.set(c.key, kept);
      return false;
    }
    seen.set(figure, c.key);
    return true;
  });
  for (const c of pending) if (c.parentKey && keptFor.has(c.parentKey)) c.parentKey = keptFor.get(c.parentKey);
  const groups = new Map<string, PendingClaim[]>();
  for (const claim of pending) {
    const list = groups.get(claim.place.id) ?? [];
    list.push(claim);
    groups.set(claim.place.id, list);
  }
  const subjects = new Map<string, { incidentId: string; subject: IncidentSubject; claims: PendingClaim[] }>();
  for (const [placeId, claims] of groups) {
    const dated = claims.find((c) => c.date.basis !== 'publication') ?? claims[0];
    const date = dated.date.value;
    const incidentId = `${date.replace(/-/g, '')}-${slug(placeId)}`;
    const others = new Map(claims.flatMap((c) => c.located.others).map((p) => [p.id, p]));
    const kinds = claims.map((c) => c.kind);
    const kind = kinds.sort((a, b) => kinds.filter((k) => k === b).length - kinds.filter((k) => k === a).length)[0];
    subjects.set(placeId, { incidentId, subject: { place: claims[0].place, otherPlaces: [...others.values()], date, kind }, claims });
  }
  linkRegionalTotals([...subjects.values()]);

  const claimIds = new Map<string, string>();
  const claims: Claim[] = [];
  for (const { incidentId, claims: group } of subjects.values()) {
    for (const c of group) {
      const claimId = `cl-${hash(
        [article.articleId, article.revision, incidentId, c.source.key, c.outcome, victimsKey(c.victims), c.count.min, c.count.max, c.count.qualifier, c.evidence.start].join('|'),
      )}`;
      claimIds.set(c.key, claimId);
    }
  }
  for (const { incidentId, claims: group } of subjects.values()) {
    for (const c of group) {
      claims.push(toClaim(c, claimIds.get(c.key) as string, incidentId, c.parentKey ? claimIds.get(c.parentKey) : undefined));
    }
  }
  const incidents = [...subjects.values()].map(({ incidentId, subject }) => ({
    incidentId,
    subject,
    claimIds: claims.filter((c) => c.incidentId === incidentId).map((c) => c.claimId),
  }));
  return { claims, incidents };
}

/** The claim as published: the reading's working fields (key, located, kind) left behind. */
function toClaim(c: PendingClaim, claimId: string, incidentId: string, subsetOf: string | undefined): Claim {
  // Same key order as ever: the ledger's JSON stays byte-identical for the same reading.
  return {
    outcome: c.outcome,
    victims: c.victims,
    count: c.count,
    preliminary: c.preliminary,
    source: c.source,
    reportedBy: c.reportedBy,
    article: c.article,
    place: c.place,
    date: c.date,
    ...(c.perpetrator ? { perpetrator: c.perpetrator } : {}),
    evidence: c.evidence,
    extractor: c.extractor,
    claimId,
    incidentId,
    ...(subsetOf ? { subsetOf } : {}),
  };
}

/**
 * A regional total ("nine dead in Eastern Ghouta") is the parent of the town-level incidents of
 * the same article that lie in that region: named with it in a sentence, or within 15 km of it.
 */
function linkRegionalTotals(groups: Array<{ incidentId: string; subject: IncidentSubject; claims: PendingClaim[] }>): void {
  const regional = groups.filter((g) => g.subject.place.precision === 5);
  for (const parent of regional) {
    for (const child of groups) {
      if (child === parent || child.subject.place.precision > 4) continue;
      const namedTogether = child.claims.some((c) => c.located.mentioned.has(parent.subject.place.id));
      const near = distanceKm(parent.subject.place, child.subject.place) <= 15;
      const sameArea = !parent.subject.place.admin1 || parent.subject.place.admin1 === child.subject.place.admin1;
      // The shelling of a region sums the shelling of its towns, not a battle fought there the same day.
      const sameKind = parent.subject.kind === child.subject.kind;
      if (sameArea && sameKind && (namedTogether || near)) child.subject = { ...child.subject, parentId: parent.incidentId };
    }
  }
}

function distanceKm(a: Place, b: Place): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Whether clause `c` names a day: a date, "أمس", "today", "on Tuesday". */
function namesDay(tokens: Token[], clauses: number[], c: number, lex: Lexicon): boolean {
  const dayNumber = (t: Token | undefined) => /^\d{1,2}$/.test(t?.norm ?? '');
  // ("9 March", "March 9": the day before or after its month.)
  const datedMonth = (k: number) => {
    const month = lex.monthAt(tokens, k);
    return !!month && (dayNumber(tokens[k - 1]) || dayNumber(tokens[month.end]));
  };
  return tokens.some((_, k) => clauses[k] === c && (!!lex.relativeDay(tokens, k) || !!lex.weekdayAt(tokens, k) || datedMonth(k)));
}
