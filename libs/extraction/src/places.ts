import { Place } from '@app/domain';
import { Gazetteer, GazetteerPlace, KIND_RANK, SYRIAN_GOVERNORATES, nameKey, placeKey, precisionOf, withoutArticle } from '@app/gazetteer';
import { Lexicon } from './lexicon';
import { knownSourceKey } from './sources';
import { Token, arabicForms, tokenForms } from './text';

/** A place named in a sentence. */
export type PlaceMention = {
  start: number;
  end: number;
  written: string;
  candidates: GazetteerPlace[];
  marker?: 'settlement' | 'locative' | 'admin';
  /** Places coordinated with this one ("قريتي مراط ومظلوم", "Douma and Harasta"). */
  coordinated: PlaceMention[];
  /** Governorate named right after it ("بريف دير الزور", "in Idlib province"). */
  adminHint?: string;
  /** Named as a part of a town ("حي الدرعية", "the Sakhour neighborhood"): finer than any town. */
  quarter?: boolean;
};

const QUOTES = new Set(['"', '«', '»', '“', '”']);
const MAX_WORDS = 4;

/** Finds the places a sentence names: gazetteer names, and unknown names after "قرية" / "village of". */
export function placeMentions(tokens: Token[], body: string, lex: Lexicon, gazetteer: Gazetteer): PlaceMention[] {
  const quoted = quotedTokens(tokens);
  const scan: Scan = { tokens, body, lex, gazetteer, quoted };
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoted.has(i) || tokens[i].kind !== 'word') continue;
    // "told SANA": an English word in capitals is an acronym (SANA, SOHR, AFP), not a place, except
    // in a dateline at the top of the story ("BEIRUT (AP) —").
    if (lex.language === 'en' && tokens[i].start > DATELINE_REACH && ACRONYM.test(tokens[i].raw)) continue;
    // "BAGHOUZ, Syria (AP) —": a dateline's town in Syria, though no gazetteer knows it.
    if (lex.language === 'en' && tokens[i].start <= DATELINE_REACH && ACRONYM.test(tokens[i].raw) && tokens[i + 1]?.norm === ',' && tokens[i + 2]?.lower === 'syria' && !gazetteer.startsName(tokens[i].key)) {
      const name = tokens[i].raw.charAt(0) + tokens[i].raw.slice(1).toLowerCase();
      mentions.push({ start: i, end: i + 1, written: name, candidates: [], marker: 'settlement', coordinated: [] });
      continue;
    }
    // A side's name is no place: "Hayat Tahrir al-Sham", "قوات سوريا الديمقراطية".
    const actor = lex.actorAt(tokens, i);
    if (actor) {
      i = actor.end - 1;
      continue;
    }
    const mention = mentionAt(scan, i) ?? capitalAt(scan, i);
    if (!mention) continue;
    mentions.push(mention);
    i = mention.end - 1;
    // Coordinated places: "مراط ومظلوم", "مدينة دوما وبلدة حمورية".
    for (;;) {
      const next = tokens[i + 1];
      if (!next || lex.isAnd(next) === undefined) break;
      const peeled: Token[] = [...tokens];
      peeled[i + 1] = lex.language === 'ar' ? { ...next, norm: lex.isAnd(next) as string } : next;
      const at = lex.language === 'ar' ? i + 1 : i + 2;
      const other = mentionAt({ ...scan, tokens: peeled }, at, mention.marker);
      if (!other) break;
      mention.coordinated.push(other);
      i = other.end - 1;
    }
  }
  for (const m of mentions) {
    m.adminHint = adminAfter(tokens, m, mentions);
    // "in Idleb countryside", "Hama province": English names the province before its word.
    if (lex.language === 'en' && !m.coordinated.length && tokens[m.end] && lex.placeMarker(tokens[m.end]) === 'admin') m.marker = 'admin';
  }
  return mentions;
}

function definiteMarkerWord(t: Token, lex: Lexicon): boolean {
  const bare = t.norm.replace(/^(و|ف)?(ب|ل|ك)?ال/, '');
  return bare !== t.norm && lex.placeMarker({ ...t, norm: bare, forms: undefined }) === 'settlement';
}

/**
 * "several neighbourhoods of the capital", "the Syrian capital", "أحياء العاصمة", "العاصمة السورية":
 * Damascus, named by what it is (not "the Lebanese capital", "the capital Beirut").
 */
function capitalAt(scan: Scan, i: number): PlaceMention | undefined {
  const { tokens, lex, gazetteer } = scan;
  const t = tokens[i];
  const en = lex.language === 'en' && t.lower === 'capital' && /^(the|syrian)$/.test(tokens[i - 1]?.lower ?? '') && (tokens[i - 1].lower === 'syrian' || !lex.nationality(tokens[i - 1]));
  const ar = lex.language === 'ar' && /^(و|ف)?(ب|ل|في)?(ال|لل)عاصمه$/.test(t.norm);
  if (!en && !ar) return undefined;
  // (Another country's capital, or one named right after: "the capital Beirut", "the capital, Ankara",
  // "العاصمة اللبنانية", "العاصمة بغداد".)
  const next = en && tokens[i + 1]?.norm === ',' ? tokens[i + 2] : tokens[i + 1];
  const abroadNamed = !!next && next.kind === 'word' && gazetteer.lookup(next.raw).some((c) => abroad(c));
  if (next && next.kind === 'word' && (abroadNamed || (lex.language === 'en' ? next.capitalised || next.lower === 'of' : (!!lex.nationality(next) || /^ال\S+يه$/.test(next.norm)) && next.norm !== 'السوريه'))) return undefined;
  // ("في ريف العاصمة": its countryside, Rif Dimashq.)
  const countryside = ar && /^(و|ف)?(ب|في)?ريف$/.test(tokens[i - 1]?.norm ?? '');
  const candidates = countryside ? gazetteer.lookup('ريف دمشق').filter((c) => c.kind === 'governorate') : gazetteer.lookup('دمشق').filter((c) => c.kind === 'city' || c.kind === 'governorate');
  if (!candidates.length) return undefined;
  const end = ar && tokens[i + 1]?.norm === 'السوريه' ? i + 2 : i + 1;
  // (English's mention takes in "the", so that "west of the capital" reads as a bearing.)
  return { start: en ? i - 1 : countryside ? i - 1 : i, end, written: countryside ? 'ريف دمشق' : 'دمشق', candidates, coordinated: [] };
}

const ACRONYM = /^[A-Z]{3,}$/;
const ADMIN_UNIT_WORDS = /\b(district|subdistrict)\b|(منطقة|منطقه|ناحية|ناحيه)/i;
const KUNYA = /^(و|ف)?(abu|umm|ابو|ام)$/i;
const DATELINE_REACH = 60;

/** What the place rules of one sentence read. */
type Scan = { tokens: Token[]; body: string; lex: Lexicon; gazetteer: Gazetteer; quoted: Set<number> };

function mentionAt(scan: Scan, i: number, inheritedMarker?: PlaceMention['marker']): PlaceMention | undefined {
  const { tokens, lex } = scan;
  if (!tokens[i]) return undefined;
  const own = lex.placeMarker(tokens[i]);
  if (own === 'admin') {
    // "بريف دمشق" is itself a governorate's name (Rif Dimashq); "بريف حمص" names Homs.
    const whole = gazetteerSpan(scan, i, own, 2);
    if (whole) return whole;
  }
  if (own === 'settlement' || own === 'admin') {
    // "قرية المريعة", "بريف دير الزور", "the town of Nubl": the name follows the marker. After a
    // singular marker ("بلدة الجديدة") even a common word is the name; after a plural one
    // ("الأحياء السكنية") it is not.
    const at = lex.language === 'en' && lex.isOf(tokens[i + 1]) ? i + 2 : i + 1;
    // "المنطقة", "المدينة" with the article are "the area", "the city" already named: no new name follows.
    const definiteMarker = lex.language === 'ar' && /^(و|ف)?(ب|ل|ك)?(ال|لل)/.test(tokens[i].norm);
    const named = own === 'settlement' && !PLURAL_MARKERS.test(tokens[i].norm)
      ? gazetteerSpan(scan, at, own, 1, !definiteMarker) ?? (definiteMarker ? undefined : unlisted(scan, at, own, true))
      : mentionAt(scan, at, own) ?? unlisted(scan, at, own);
    if (named) {
      // "حي الدرعية", "the neighbourhood of Bab Amr" (but "the Mezzeh district of Damascus" names a city).
      const quarterMarker = QUARTER_MARKERS.has(tokens[i].norm.replace(/^(و|ف)?(ب|ل|في)?(ال)?/, '').toLowerCase());
      if (quarterMarker && !(tokens[i - 1] && nameLike(tokens[i - 1]))) named.quarter = true;
      return named;
    }
    // "في الحي", "داخل المدينة": the marker alone, with the article, points back to a place named before.
    if (own === 'admin' || definiteMarker) return undefined;
  }
  const site = lex.language === 'ar' ? airportAt(scan, i) : undefined;
  if (site) return site;
  const marker = inheritedMarker ?? markerBefore(tokens, i, lex);
  const quarter = lex.language === 'en' ? namedBeforeMarker(scan, i) : undefined;
  if (quarter) return quarter;
  const known = gazetteerSpan(scan, i, marker, 1);
  // ("a market on Raju Street": a street named for a town lies elsewhere, in a city; Arabic's
  // "شارع راجو" is read as a street already.)
  if (known && lex.language === 'en' && /^(street|st)$/.test(tokens[known.end]?.lower ?? '') && tokens[known.end].capitalised) return undefined;
  // "قرب سوق الخضار في الحي": "the quarter", "the city" alone point back; a village of that name is not meant.
  if (known && lex.language === 'ar' && known.end - known.start === 1 && definiteMarkerWord(tokens[i], lex)) return undefined;
  if (known) return known;
  // English: "the assault on Baghouz", "near Jisr al-Shughur": a name after a locative.
  // ("in Turkish border towns": a nationality is no name.)
  if (lex.language === 'en' && marker === 'locative' && nameLike(tokens[i]) && !lex.weekdayAt(tokens, i) && !lex.monthAt(tokens, i) && !lex.actorAt(tokens, i) && !lex.nationality(tokens[i])) {
    const name = unlisted(scan, i, 'settlement');
    // A name is followed by punctuation or a little word, not a noun: "in Russian airstrikes" names no place.
    const next = name ? tokens[name.end] : undefined;
    if (name && (!next || next.kind === 'punct' || AFTER_NAME.has(next.lower))) return name;
  }
  return undefined;
}

/**
 * "مطار دمشق الدولي", "مطار تفتناز العسكري": an airport named for its town is a place of its own,
 * outside the town (named as written, the town's name and adjective included).
 */
function airportAt(scan: Scan, i: number): PlaceMention | undefined {
  const { tokens, body } = scan;
  if (!/^(و|ب|ل|في)?(ال)?مطار$/.test(tokens[i]?.norm ?? '') || /^(ال|وال|بال|لل)/.test(tokens[i].norm)) return undefined;
  const town = gazetteerSpan(scan, i + 1, 'settlement', 1) ?? unlisted(scan, i + 1, 'settlement');
  if (!town) return undefined;
  const end = /^(الدولي|العسكري)$/.test(tokens[town.end]?.norm ?? '') ? town.end + 1 : town.end;
  // ("بمطار": the preposition on the word is no part of the name.)
  const first = tokens[i];
  const from = first.start + Math.max(0, first.raw.indexOf('مطار'));
  return { start: i, end, written: body.slice(from, tokens[end - 1].end), candidates: [], marker: 'settlement', coordinated: [] };
}

/** The longest gazetteer name starting at token i, if the context makes it a place. */
function gazetteerSpan(scan: Scan, i: number, marker: PlaceMention['marker'], minWords: number, allowCommon = false): PlaceMention | undefined {
  const { tokens, body, lex, gazetteer, quoted } = scan;
  if (!tokens[i] || tokens[i].kind !== 'word') return undefined;
  // Most words start no place name: skip them without building any key.
  const firsts = lex.language === 'ar' ? tokenForms(tokens[i]) : [tokens[i].key];
  if (!firsts.some((f) => gazetteer.startsName(f) || gazetteer.startsName(withoutArticle(f)))) return undefined;
  // Days, months and numbers are never the start of a place here ("الخميس", "آب", "خمس").
  if (lex.weekdayAt(tokens, i) || lex.monthAt(tokens, i) || lex.relativeDay(tokens, i) || lex.numberAt(tokens, i)) return undefined;
  const prepositioned = afterPreposition(tokens, i, lex);
  for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= minWords; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t, j) => quoted.has(i + j) || (t.kind === 'punct' && t.norm !== '-'))) continue;
    // ("the Homs district of Baba Amr": the marker word belongs to the quarter named after "of".)
    if (lex.language === 'en' && n > 1 && lex.placeMarker(span[n - 1]) && lex.isOf(tokens[i + n]) && tokens[i + n + 1] && nameLike(tokens[i + n + 1])) continue;
    // "عين ترما": a first element alone ("عين", "دير") is not the place when a name follows it.
    if (n === 1 && lex.language === 'ar' && isCompoundFirst(span[0], tokens[i + 1]) && tokens[i + 1]?.kind === 'word') continue;
    for (const { key, withArticle } of spanKeys(span, lex, prepositioned)) {
      const candidates = gazetteer.lookupKey(key, withArticle);
      if (!candidates?.length) continue;
      // (Asked only of a name the gazetteer holds: most spans hold none.)
      // "Damascus, SANA –": an agency's name is no village of that name.
      if (knownSourceKey(written(body, span))) continue;
      // "بجروح", "قتلى": the casualty words themselves name no place unless a settlement marker says so.
      if (n === 1 && marker !== 'settlement' && (lex.outcome(span[0]) || lex.victim(span[0]))) continue;
      // A one-word name is often an ordinary word too ("السكنية", "الشمالي"): without a marker
      // only a city or an admin unit is taken, and common words never are.
      if (n === 1 && !allowCommon && (lex.language === 'ar' ? tokenForms(span[0]) : [span[0].key]).some((f) => COMMON_WORDS.has(withoutArticle(f)))) continue;
      const strong = n > 1 || !!marker || candidates.some((c) => BIG_KINDS.has(c.kind));
      if (!strong) continue;
      // Unmarked, a small place abroad is a false friend in news of Syria ("the Old City").
      const home = (c: GazetteerPlace) => KIND_RANK[c.kind] >= KIND_RANK.region || (c.admin1Ar !== null && SYRIAN_GOVERNORATES.has(c.admin1Ar)) || (c.population ?? 0) >= 50_000;
      if (!marker && !candidates.some(home)) continue;
      // "a commander who gave his name as Abu Omar": unmarked, a kunya is a person before it is a hamlet.
      if (!marker && KUNYA.test(span[0].norm) && candidates.every((c) => c.kind === 'village' || c.kind === 'neighbourhood')) continue;
      // ("across northeast Syria", "in southern Lebanon": a region's name may open with its bearing.)
      const regionByBearing = n > 1 && nameLike(span[n - 1]) && candidates.some((c) => c.kind === 'region');
      if (lex.language === 'en' && !nameLike(span[0]) && !regionByBearing) continue;
      // "Tal Tamr": a one-word name followed by a capitalised word is only the start of a name.
      // A possessive ends its name: "Raqqa's al-Fukheikha area".
      const possessive = /['’]s$/.test(span[0].raw);
      if (lex.language === 'en' && n === 1 && !possessive && tokens[i + 1] && nameLike(tokens[i + 1]) && (marker === 'settlement' || !AFTER_NAME.has(tokens[i + 1].lower))) continue;
      return { start: i, end: i + n, written: written(body, span), candidates, marker, coordinated: [] };
    }
  }
  return undefined;
}

/** "قرية المريعة" with no gazetteer entry: the place is kept as written. */
function unlisted(scan: Scan, at: number, marker: 'settlement' | 'admin', allowCommon = false): PlaceMention | undefined {
  const { tokens, body, lex } = scan;
  // ("في قرية تدعى كباجب": past the verb of naming.)
  const i = lex.language === 'ar' && NAMED_VERB.test(tokens[at]?.norm ?? '') ? at + 1 : at;
  // ("a training camp of Hayat Tahrir al-Sham": whose camp it is names no place.)
  if (lex.actorAt(tokens, i)) return undefined;
  const words: Token[] = [];
  for (let k = i; k < tokens.length && words.length < 2; k++) {
    const t = tokens[k];
    const marker = lex.placeMarker(t);
    // After its marker a name may begin with a word that is otherwise a locative ("حي طريق الباب").
    const nameWord = marker === 'locative' && k === i && lex.language === 'ar';
    if (t.kind !== 'word' || (marker && !nameWord) || lex.isAnd(t) !== undefined || lex.endsSourceName(t) || lex.outcome(t)) break;
    // ("وتجمع مئات من ذوي المعتقلين", "تجمع للمدنيين": a number or the people counted is no name.)
    if (lex.numberAt(tokens, k) || lex.victim(t) || /^و?(كان|كانت|كانوا|كانا|التي|الذي|الذين)$/.test(t.norm)) break;
    // ("على تجمع لهم في بادية كباجب": a preposition with its pronoun, whose gathering, is no name.)
    if (lex.language === 'ar' && /^(ل|ب|من|علي|في|عن|مع)(ه|ها|هم|هما|هن|نا)$/.test(t.norm)) break;
    // ("في الأحياء ذاتها", "في القرية نفسها": the same places, named before.)
    if (lex.language === 'ar' && /^(ذات|نفس|عين)(ه|ها|هم|هما)$/.test(t.norm)) break;
    // ("أحياء العاصمة": the capital, read as Damascus on its own.)
    if (lex.language === 'ar' && /^(ال|لل)عاصمه$/.test(t.norm)) break;
    // ("منطقة سكنية", "بلدة حدودية": an adjective without the article describes a place, names none.)
    if ((!allowCommon && COMMON_WORDS.has(withoutArticle(t.key))) || (!t.norm.startsWith('ال') && DESCRIPTIONS.has(t.key))) break;
    if (lex.language === 'en' && !nameLike(t)) break;
    words.push(t);
    if (lex.language === 'en' && /['’]s$/.test(t.raw)) break;
    // ("حي هشام بن عبد الملك": a man's name, "son of" and his father's name.)
    if (lex.language === 'ar' && /^(بن|ابن)$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'word') {
      const father = /^(عبد|ابو)$/.test(tokens[k + 2].norm) && tokens[k + 3]?.kind === 'word' ? 2 : 1;
      words.push(...tokens.slice(k + 1, k + 2 + father));
      break;
    }
    // An Arabic name is one word unless the first is a common first element ("بيت سوى", "عين ترما",
    // "دير حافر") or a noun in construct with a definite one ("طريق الباب", "ساحة العباسيين").
    if (lex.language === 'ar' && !COMPOUND_FIRST.has(t.norm) && !articledCompoundFirst(t, tokens[k + 1]) && !(k === i && constructWithNext(t, tokens[k + 1])) && !(k === i && allowCommon && twoWordName(tokens, k, lex))) break;
  }
  if (!words.length || marker === 'admin') return undefined;
  // ("died in al-Mujtahed Hospital": a building no gazetteer knows, where the wounded were taken.)
  if (lex.language === 'en' && BUILDINGS.has(words[words.length - 1].lower)) return undefined;
  return { start: i, end: i + words.length, written: written(body, words), candidates: [], marker, coordinated: [] };
}

/**
 * "في حي مساكن هنانو،", "قرية زور مغار بريف الحسكة": right after its marker, a name of two bare words
 * that ends where the clause does (punctuation, or the next place's marker). Not an adverb of time
 * ("في بلدة تلمنس صباحاً،"), nor an adjective ("سوري").
 */
function twoWordName(tokens: Token[], k: number, lex: Lexicon): boolean {
  // (Not after "منطقة", whose word is as often a description, "منطقة اشتباكات متقطعة", "منطقة تماس مباشر";
  // nor "قرية تدعى كباجب", a verb of naming.)
  if (/^(و|ف)?(ب|ل|في)?(ال)?(منطقه|منطقتي)$/.test(tokens[k - 1]?.norm ?? '') || NAMED_VERB.test(tokens[k].norm)) return false;
  const second = tokens[k + 1];
  const after = tokens[k + 2];
  if (!second || second.kind !== 'word' || second.norm.startsWith('ال') || /^(و|ب|ل|ف)/.test(second.norm) || FUNCTION_WORDS.has(second.norm) || PREPOSITIONS.has(second.norm) || ADVERBS_OF_PLACE.has(second.norm)) return false;
  if (/(اً|ًا)$/.test(second.raw) || TIME_WORDS.has(second.norm) || DESCRIPTIONS.has(second.key) || COMMON_WORDS.has(second.key) || /(ي|يه|يين|يات|ون)$/.test(second.norm) || lex.outcome(second) || lex.victim(second)) return false;
  return !after || after.kind === 'punct' || BEARINGS.has(after.norm) || (/^(ب|و?في)/.test(after.norm) && lex.placeMarker(after) !== undefined);
}
const NAMED_VERB = /^(تدعي|يدعي|تسمي|يسمي)$/;
const ADVERBS_OF_PLACE = new Set(['ضمن', 'بين', 'عند', 'خلال', 'حول', 'خارج', 'تحت', 'فوق', 'امام', 'وراء', 'لدي', 'نحو', 'قرابه']);
const TIME_WORDS = new Set(['صباح', 'ظهر', 'فجر', 'ليل', 'ليله', 'عصر', 'يوم', 'صباحا', 'مساء', 'مساءا', 'فجرا', 'ظهرا', 'ليلا', 'عصرا', 'امس', 'غدا', 'يوميا', 'ايضا', 'مجددا', 'اخيرا', 'سابقا', 'حاليا']);

/**
 * English names a part of a town before its marker: "the Sakhour neighborhood", "Aleppo's al-Shaar
 * district", "al-Hol camp". A quarter, suburb or camp is below any town; a known name before
 * "district" or "area" is left to the gazetteer ("Afrin district").
 */
function namedBeforeMarker(scan: Scan, i: number): PlaceMention | undefined {
  const { tokens, body, lex, gazetteer } = scan;
  const words: Token[] = [];
  for (let k = i; k < tokens.length && words.length < 3 && nameLike(tokens[k]) && !lex.actorAt(tokens, k); k++) {
    words.push(tokens[k]);
    if (/['’]s$/.test(tokens[k].raw)) return undefined;
  }
  // ("the Tishreen Dam", "Damascus International Airport": a site's word capitalised as part of its name.)
  while (words.length > 1 && (SITES.has(words[words.length - 1].lower) || (SITE_ADJECTIVES.has(words[words.length - 1].lower) && SITES.has(tokens[i + words.length]?.lower ?? '')))) words.pop();
  // "the Menagh military airport": one describing word may come before the marker.
  const site = tokens[i + words.length];
  // ("the Al-Hol displacement camp": so may one for a camp.)
  const described = site && ((SITE_ADJECTIVES.has(site.lower) && SITES.has(tokens[i + words.length + 1]?.lower ?? '')) || (CAMP_ADJECTIVES.has(site.lower) && tokens[i + words.length + 1]?.lower === 'camp'));
  // ("the Midan and Sulaimaniya neighbourhoods": two quarters under one word; the first is the place.)
  // (Not the last two of a longer list: "the al-Mufti, al-Nashwa and Salihiya districts".)
  const pair = tokens[i - 1]?.raw !== ',' ? pluralMarkerAfterPair(tokens, i + words.length) : undefined;
  const marker = described ? tokens[i + words.length + 1] : (pair ?? site);
  if (!words.length || !marker || !(pair || POST_MARKERS.has(marker.lower) || SITES.has(marker.lower)) || /^(the|a|an)$/.test(words[0].lower)) return undefined;
  // ("the Damascus suburb of Daraya": the city a suburb is named for; the place follows "of". Not
  // "the Baba Amr district of Homs", a quarter of the city after "of".)
  const markerAt = tokens.indexOf(marker);
  const cityOf = suburbOfAt(tokens, markerAt);
  const key = words.map((t) => t.key).join(' ');
  if (cityOf && gazetteer.lookupKey(key)?.some((c) => c.kind === 'city')) return undefined;
  const listed = gazetteer.lookupKey(key) ?? gazetteer.lookupKey(withoutArticle(key));
  // ("the Tabqa air base", "the Tabqa military airport": a base named for a town is a place of its
  // own, outside the town, named with its words.)
  if (listed?.length && SITES.has(marker.lower)) {
    return { start: i, end: markerAt + 1, written: body.slice(words[0].start, marker.end), candidates: [], marker: 'settlement', coordinated: [] };
  }
  // (Not a village of that name elsewhere: "the Zahra district of Homs" is a quarter of Homs.)
  if (listed?.some((c) => c.kind !== 'village' && c.kind !== 'neighbourhood') && !BELOW_TOWN.has(marker.lower.replace(/s$/, ''))) return undefined;
  // (A site is named with its word, "the Tishreen Dam", "al-Sina'a prison"; a quarter by its name.)
  if (SITES.has(marker.lower)) return { start: i, end: markerAt + 1, written: body.slice(words[0].start, marker.end), candidates: [], marker: 'settlement', coordinated: [] };
  return { start: i, end: i + words.length, written: written(body, words), candidates: [], marker: 'settlement', coordinated: [], quarter: true };
}
/** "and Sulaimaniya neighbourhoods" from `at`: the plural marker after a second name, as the singular. */
function pluralMarkerAfterPair(tokens: Token[], at: number): Token | undefined {
  if (tokens[at]?.lower !== 'and') return undefined;
  let k = at + 1;
  while (k < tokens.length && k - at <= 3 && nameLike(tokens[k])) k++;
  const plural = tokens[k];
  return k > at + 1 && plural && PLURAL_QUARTERS.has(plural.lower) ? plural : undefined;
}
const PLURAL_QUARTERS = new Set(['neighbourhoods', 'neighborhoods', 'districts', 'quarters']);
const QUARTER_MARKERS = new Set(['حي', 'حيي', 'neighbourhood', 'neighborhood', 'quarter']);
const BUILDINGS = new Set(['hospital', 'clinic', 'school', 'mosque', 'church', 'university', 'prison', 'bakery', 'stadium']);
/** Places named like quarters but lying outside towns: "the Menagh airport", "the Kuweires air base". */
const SITES = new Set(['airport', 'airbase', 'base', 'dam', 'prison']);
const CAMP_ADJECTIVES = new Set(['displacement', 'displaced', 'refugee', 'refugees', 'detention', 'idp']);
const SITE_ADJECTIVES = new Set(['military', 'air', 'main', 'old', 'new', 'international']);
const BELOW_TOWN = new Set(['neighbourhood', 'neighborhood', 'quarter', 'suburb', 'camp']);
const POST_MARKERS = new Set([...BELOW_TOWN, 'district', 'area']);

const AFTER_NAME = new Set([
  // "Afrin Hospital", "the Raqqa road": a town named by what lies in or near it.
  'hospital', 'school', 'mosque', 'market', 'university', 'stadium', 'prison', 'bakery', 'square', 'road', 'highway', 'street',
  'bridge', 'dam', 'airport', 'countryside', 'region', 'desert', 'border', 'crossing', 'checkpoint', 'council', 'front', 'outskirts',
  'on', 'in', 'near', 'outside', 'and', 'of', 'after', 'alone', 'when', 'where', 'as', 'at', 'with', 'for', 'by', 'since', 'from', 'to', 'during', 'province', 'city', 'town', 'village', 'district', 'area', 'countryside', 'governorate', 'said', 'was', 'were']);

/**
 * "the Damascus suburb of Douma": "suburb of" and a name at `at` — the name after it is the place,
 * the city before it only names the suburb (read here for quarters, in extractor.ts for bearings
 * and ranking).
 */
export function suburbOfAt(tokens: Token[], at: number): boolean {
  return /^suburbs?$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'of' && !!tokens[at + 2] && nameLike(tokens[at + 2]);
}

/** A word that can be (part of) an English place name: capitalised, or "al-Numan" and the like. */
function nameLike(t: Token): boolean {
  return t.kind === 'word' && (t.capitalised || /^(al|el|as|ash|ad|ar|at|az|an|ath)-\p{Lu}/u.test(t.norm));
}

/**
 * An indefinite word followed by a definite noun (not an adjective in -ي/-ية, not a participle of
 * place such as "الواقعة"): the two are one name in construct.
 */
function constructWithNext(first: Token, next: Token | undefined): boolean {
  if (!next || next.kind !== 'word' || first.norm.startsWith('ال') || !next.norm.startsWith('ال')) return false;
  const bare = withoutArticle(next.key);
  return !COMMON_WORDS.has(bare) && !/(ي|يه|يين|يات)$/.test(bare) && !CONSTRUCT_BREAKERS.has(bare);
}

/** Definite words that follow a name without being part of it. */
const CONSTRUCT_BREAKERS = new Set(['واقعه', 'تابعه', 'تابع', 'محاذيه', 'مجاوره', 'قريبه', 'محاصره', 'محاصر', 'خاضعه', 'مذكوره', 'ذي', 'ذات', 'اخيره'].map((w) => withoutArticle(nameKey(w))));

function isCompoundFirst(t: Token, next?: Token): boolean {
  return arabicForms(t.norm).some((f) => COMPOUND_FIRST.has(f)) || articledCompoundFirst(t, next);
}

/** "الشيخ هلال": a first element with the article, when a name (not "قد", "شرقي"…) follows it. */
function articledCompoundFirst(t: Token, next?: Token): boolean {
  return !!next && next.kind === 'word' && !FUNCTION_WORDS.has(next.norm) && t.norm.startsWith('ال') && COMPOUND_FIRST.has(t.norm.slice(2));
}
const BEARINGS = new Set(['شرقي', 'غربي', 'شمالي', 'جنوبي', 'شرق', 'غرب', 'شمال', 'جنوب']);
const FUNCTION_WORDS = new Set([...BEARINGS, 'قد', 'لقد', 'التي', 'الذي', 'الذين', 'في', 'من', 'على', 'عن', 'الى', 'ان', 'انه', 'مع', 'حيث', 'كما', 'بعد', 'قبل', 'منذ', 'ما', 'لا', 'لم', 'لن', 'هو', 'هي']);

const PLURAL_MARKERS = /^(و|ف)?(ب|ل|في)?(ال)?(قري|بلدات|مدن|احياء|villages|towns)$/;
const BIG_KINDS = new Set(['city', 'district', 'region', 'governorate', 'country']);
const COMMON_WORDS = new Set(
  [
    'شمالي', 'شماليه', 'جنوبي', 'جنوبيه', 'شرقي', 'شرقيه', 'غربي', 'غربيه', 'سكنيه', 'جديده', 'جديد', 'قديمه', 'قديم',
    'كبير', 'كبري', 'صغير', 'صغري', 'وسطي', 'محتله', 'مدينه', 'بلد', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'عسكري', 'عسكريه',
    'north', 'south', 'east', 'west', 'new', 'old', 'central', 'city', 'the',
    // "في مختلف المدن السورية": the country's adjective names no town.
    'سوريه', 'سوري',
    // "منذ اندلاع الثورة" is the revolution, not al-Thawrah (Tabqa), unless "مدينة الثورة" says so;
    // "نهر عيشة", "جبهة السجن المركزي": a river, a prison.
    'ثوره', 'نهر', 'سجن',
  ].map((w) => withoutArticle(nameKey(w))),
);

/** Adjectives an indefinite marker takes ("منطقة سكنية", "قرية نائية"): a description, no name (folded). */
const DESCRIPTIONS = new Set(
  ['سكنية', 'سكني', 'حدودية', 'نائية', 'زراعية', 'صناعية', 'جبلية', 'ريفية', 'مجاورة', 'قريبة', 'أخرى', 'ثانية', 'صغيرة', 'كبيرة', 'مكتظة', 'مأهولة', 'عسكرية', 'مدنية', 'آمنة', 'محاصرة'].map((w) => nameKey(w)),
);

const COMPOUND_FIRST = new Set(['شيخ', 'بيت', 'عين', 'دير', 'تل', 'كفر', 'خربه', 'جسر', 'جبل', 'ابو', 'ام', 'راس', 'بئر', 'حوش', 'سد', 'وادي', 'مرج', 'قصر', 'تلول', 'بني', 'خان', 'معره', 'باب', 'بابا', 'سيده', 'ست', 'كوع', 'جديده', 'قبتان', 'اشرفيه'].map((w) => withoutArticle(nameKey(w))));

function markerBefore(tokens: Token[], i: number, lex: Lexicon): PlaceMention['marker'] {
  // ("in nearby Sarmin", "in neighbouring Hazzeh": the adjective stands between the marker and the name.)
  const t = lex.language === 'en' && NEARBY.has(tokens[i - 1]?.lower ?? '') ? tokens[i - 2] : tokens[i - 1];
  const marker = t && lex.placeMarker(t);
  if (marker) return marker;
  // ("on the outskirts of Darbasiyah", "the entrance to Tel Tamr": a part of a place is the place.)
  if (lex.language === 'en' && /^(of|to)$/.test(tokens[i - 1]?.lower ?? '') && PART_OF.has(tokens[i - 2]?.lower ?? '')) return 'locative';
  // A proclitic ب / في on the name itself: "بدوما", "بإدلب".
  if (lex.language === 'ar' && /^(ب|وب|في)/.test(tokens[i].norm)) return 'locative';
  return undefined;
}

/**
 * Gazetteer keys a span may be known by: with and without proclitics and the article, and whether
 * the text wrote the article (Arabic: a name that has one is not matched by a word without it).
 */
function spanKeys(span: Token[], lex: Lexicon, afterPreposition = false): Array<{ key: string; withArticle: boolean }> {
  const rest = span.slice(1).map((t) => t.key).join(' ');
  // "في وزارة الداخلية": no "and" follows a preposition, so the word's و is its own ("زارة" is not meant).
  const conjunctionless = (f: string) => !(afterPreposition && /^(و|ف)/.test(span[0].norm) && f[0] !== span[0].norm[0]);
  const firsts = lex.language === 'ar' ? tokenForms(span[0]).filter(conjunctionless) : [span[0].key];
  const keys: Array<{ key: string; withArticle: boolean }> = [];
  for (const first of firsts) {
    const key = rest ? `${first} ${rest}` : first;
    const bare = withoutArticle(key);
    // Forms peeled of "ال" are made from the written article ("بالرقة" → "الرقه" → "رقه").
    const written = lex.language !== 'ar' || bare !== key;
    keys.push({ key, withArticle: written });
    if (bare !== key) keys.push({ key: bare, withArticle: true });
  }
  return keys;
}

const NEARBY = new Set(['nearby', 'neighbouring', 'neighboring', 'adjacent']);
const PART_OF = new Set(['outskirts', 'edge', 'edges', 'centre', 'center', 'heart', 'entrance', 'vicinity']);
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'قرب', 'داخل', 'مع', 'حتي']);

function afterPreposition(tokens: Token[], i: number, lex: Lexicon): boolean {
  return lex.language === 'ar' && PREPOSITIONS.has(tokens[i - 1]?.norm ?? '');
}

function written(body: string, span: Token[]): string {
  return body.slice(span[0].start, span[span.length - 1].end);
}

function quotedTokens(tokens: Token[]): Set<number> {
  const quoted = new Set<number>();
  let open = false;
  for (const t of tokens) {
    if (QUOTES.has(t.norm)) {
      open = !open;
      continue;
    }
    if (open) quoted.add(t.index);
  }
  return open ? new Set() : quoted; // an unbalanced quote marks nothing
}

/** The governorate named right after a place ("بلدة سقبا بريف دمشق", "الشولا، الواقعة في جنوب دير الزور"). */
function adminAfter(tokens: Token[], mention: PlaceMention, all: PlaceMention[]): string | undefined {
  const end = mention.coordinated.length ? mention.coordinated[mention.coordinated.length - 1].end : mention.end;
  const next = all.find((m) => m.start >= end && m.start <= end + 5 && m.candidates.some((c) => c.kind === 'governorate'));
  const governorate = next?.candidates.find((c) => c.kind === 'governorate');
  return governorate?.admin1Ar ?? undefined;
}

/** Picks the candidate a mention most likely means, given the admin areas in context. */
export function chooseCandidate(mention: PlaceMention, adminContext: string[]): GazetteerPlace | undefined {
  if (!mention.candidates.length) return undefined;
  // ("حي الخالدية": a quarter is a Syrian city's, not a namesake town abroad.)
  if (mention.quarter && mention.candidates.every((c) => abroad(c))) return undefined;
  const key = withoutArticle(nameKey(mention.written.replace(/^[وبل]+(?=ال)/, '')));
  const score = (p: GazetteerPlace): number[] => {
    const primary = [p.nameAr, p.nameEn].some((n) => n && withoutArticle(nameKey(n)) === key) ? 0 : 1;
    const hinted = mention.adminHint ? (p.admin1Ar === mention.adminHint ? 0 : 1) : 0;
    const context = adminContext.indexOf(p.admin1Ar ?? '');
    // A town shares its name with its subdistrict, a city with its governorate: news means the town.
    // "بريف حمص", "Idleb countryside": the province, not the city of its name.
    const settlement = mention.marker === 'admin' ? (p.kind === 'governorate' ? 0 : 1) : KIND_RANK[p.kind] <= 1 ? 0 : 1;
    // "أريحا" is Ariha in Idlib before it is Jericho: a name that is also a Syrian place is that place.
    return [abroad(p) ? 1 : 0, hinted, context < 0 ? 99 : context, settlement, primary, KIND_RANK[p.kind] >= 5 ? 1 : 0, -(p.population ?? 0)];
  };
  return [...mention.candidates].sort((a, b) => compareScores(score(a), score(b)))[0];
}

/** Outside Syria: a country other than Syria, or a place in another country's admin area. */
export function abroad(place: GazetteerPlace | undefined): boolean {
  if (!place) return false;
  return place.kind === 'country' ? place.id !== 'country:SY' : place.admin1Ar !== null && !SYRIAN_GOVERNORATES.has(place.admin1Ar);
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** How specific a mention is (lower is better); unknown names after "قرية" count as villages. */
export function specificity(mention: PlaceMention, chosen: GazetteerPlace | undefined): number {
  if (mention.quarter) return KIND_RANK.neighbourhood;
  if (!chosen) return mention.marker === 'settlement' ? KIND_RANK.village : KIND_RANK.governorate;
  if (mention.marker === 'admin') return KIND_RANK.governorate;
  // A district or subdistrict bears its seat town's name, and news naming it means the town
  // ("the city of Mhardeh"; a gazetteer may hold only the district).
  // (Not when the words name the unit itself: "the Homs district of Baba Amr".)
  if ((chosen.kind === 'district' || chosen.kind === 'subdistrict') && !ADMIN_UNIT_WORDS.test(mention.written)) return KIND_RANK.town;
  return KIND_RANK[chosen.kind];
}

/** Each place's names as keys, made once (a place has up to dozens of spellings). */
const NAME_KEYS = new WeakMap<GazetteerPlace, Set<string>>();

/** The written mention, without a proclitic, if it is one of the place's own names. */
function nameAsWritten(written: string, place: GazetteerPlace): string | undefined {
  // (A dateline's capitals, "ALEPPO", are no spelling of the name: the gazetteer's is.)
  if (/[A-Z]/.test(written) && written === written.toUpperCase()) return undefined;
  let names = NAME_KEYS.get(place);
  // (Keyed with the transliteration evened out: "Jisr al-Shughur" is a name of Jisr ash-Shughur.)
  if (!names) NAME_KEYS.set(place, (names = new Set([place.nameAr, place.nameEn, ...place.altNames].filter((n): n is string => !!n).map((n) => placeKey(nameKey(n))))));
  const forms = [written, written.replace(/^[وبل]+(?=ال)/, ''), written.replace(/^[وبل](?=\p{L}{3})/u, '')];
  return forms.find((f) => names.has(placeKey(nameKey(f))));
}

/** A gazetteer place as a claim's place, named by its own names. */
export function placeOf(place: GazetteerPlace): Place {
  return { id: place.id, name: place.nameAr ?? place.nameEn ?? place.id, nameEn: place.nameEn, admin1: place.admin1Ar ?? place.admin1En ?? place.nameAr, lat: place.lat, lon: place.lon, precision: precisionOf(place.kind) };
}

export function toPlace(mention: PlaceMention, chosen: GazetteerPlace | undefined, admin1: string | null): Place {
  if (chosen) {
    // The place as the source named it, when that is one of its names ("كوباني", "Kobani",
    // "دارة عزة"): gazetteers' preferred spellings are often not the ones the news uses.
    const asWritten = nameAsWritten(mention.written, chosen);
    const arabicScript = !!asWritten && /\p{Script=Arabic}/u.test(asWritten);
    return {
      id: chosen.id,
      name: (arabicScript ? asWritten : null) ?? chosen.nameAr ?? mention.written,
      nameEn: (asWritten && !arabicScript ? asWritten : null) ?? chosen.nameEn,
      admin1: chosen.admin1Ar ?? chosen.admin1En ?? admin1,
      lat: chosen.lat,
      lon: chosen.lon,
      precision: precisionOf(chosen.kind),
    };
  }
  // Not in any gazetteer: kept as written, located only as precisely as its admin area.
  return {
    id: `unlisted:${admin1 ?? 'unknown'}:${nameKey(mention.written)}`,
    // (A proclitic is peeled only from a name long enough to be one: "بابا عمرو" keeps its ب; and
    // never after a marker, which takes the proclitic itself: "حي بستان القصر", "بحي الوعر".)
    name: mention.marker ? mention.written : mention.written.replace(/^[وب](?=\p{L}{4})/u, ''),
    nameEn: null,
    admin1,
    lat: null,
    lon: null,
    precision: admin1 ? 4 : 6,
  };
}
