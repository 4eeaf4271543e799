import { Qualifier, SourceKind } from '@app/domain';
import { ACTORS } from '../actors';
import { Lexicon, OutcomeWord, PhraseTable, VictimWord } from '../lexicon';
import { englishNumberAt, rangeAt } from '../numbers';
import { Token } from '../text';

const lower = (w: string) => w.toLowerCase();
const forms = (t: Token): string[] => [t.lower];
const table = <V>(entries: ReadonlyArray<readonly [string, V]>) => new PhraseTable(entries, lower);

const K = (outcome: OutcomeWord['outcome'], ...roles: OutcomeWord['roles'][number][]): OutcomeWord => ({ outcome, roles });
const OUTCOMES = new Map<string, OutcomeWord>([
  ['killed', K('killed', 'trigger', 'laterVerb', 'countNoun')], ['killing', K('killed', 'trigger')], ['kills', K('killed', 'trigger')],
  ['dead', K('killed', 'countNoun', 'laterVerb', 'trigger')], ['died', K('killed', 'laterVerb')], ['deaths', K('killed', 'countNoun', 'trigger')],
  ['death', K('killed', 'trigger')], ['toll', K('killed', 'trigger')], ['lives', K('killed', 'trigger', 'laterVerb')],
  ['executed', K('killed', 'trigger', 'laterVerb')], ['execution', K('killed', 'trigger')], ['executions', K('killed', 'trigger')], ['bodies', K('killed', 'countNoun', 'trigger')], ['fatalities', K('killed', 'countNoun')], ['martyrs', K('killed', 'countNoun')],
  ['martyred', K('killed', 'laterVerb')], ['beheaded', K('killed', 'trigger', 'laterVerb')], ['beheading', K('killed', 'trigger')], ['beheadings', K('killed', 'trigger')], ['perished', K('killed', 'laterVerb')],
  // SANA's English: "causing the martyrdom of a child and the injury of four civilians".
  ['martyrdom', K('killed', 'trigger')], ['injury', K('injured', 'trigger')],
  // "37 are still receiving treatment".
  ['treatment', K('injured', 'laterVerb')], ['wounds', K('injured', 'laterVerb')],
  // "nearly 400 people had been treated for symptoms", "12 were hospitalised".
  ['treated', K('injured', 'trigger', 'laterVerb')],
  // "brought to medical centres with symptoms of exposure": they suffered them.
  ['symptoms', K('injured', 'laterVerb')], ['hospitalised', K('injured', 'laterVerb')], ['hospitalized', K('injured', 'laterVerb')],
  ['eliminated', K('killed', 'trigger', 'laterVerb')], ['liquidated', K('killed', 'trigger', 'laterVerb')],
  ['eliminating', K('killed', 'trigger')], ['buried', K('killed', 'trigger')],
  // "Nine members of another family remain unaccounted for".
  ['unaccounted', K('missing', 'laterVerb')],
  ['wounded', K('injured', 'trigger', 'laterVerb', 'countNoun')], ['injured', K('injured', 'trigger', 'laterVerb', 'countNoun')],
  ['injuring', K('injured', 'trigger')], ['wounding', K('injured', 'trigger')], ['injuries', K('injured', 'countNoun')],
  ['hurt', K('injured', 'laterVerb', 'countNoun')],
  ['missing', K('missing', 'laterVerb', 'countNoun')], ['disappeared', K('missing', 'laterVerb')],
  ['captured', K('captured', 'trigger', 'laterVerb')], ['abducted', K('captured', 'trigger', 'laterVerb')],
  ['kidnapped', K('captured', 'trigger', 'laterVerb')], ['detained', K('captured', 'trigger', 'laterVerb')],
  // ("seized about 50 men from the village": people seized are taken; land seized counts nobody; "rounded up 150 people".)
  ['seized', K('captured', 'trigger', 'laterVerb')], ['rounded', K('captured', 'trigger')],
  ['arrested', K('captured', 'trigger', 'laterVerb')], ['prisoners', K('captured', 'countNoun')],
  ['recaptured', K('captured', 'trigger', 'laterVerb')], ['rearrested', K('captured', 'trigger', 'laterVerb')],
  // ("killing four of them and arresting seven", "apprehended three suspects".)
  ['apprehended', K('captured', 'trigger', 'laterVerb')], ['arresting', K('captured', 'trigger')], ['detaining', K('captured', 'trigger')],
  ['capturing', K('captured', 'trigger')], ['abducting', K('captured', 'trigger')], ['kidnapping', K('captured', 'trigger')], ['apprehending', K('captured', 'trigger')],
  // "took at least 20 others prisoner", "were taken prisoner".
  ['prisoner', K('captured', 'laterVerb')],
  ['casualties', { outcome: 'killed', roles: [], bareClaim: false }],
]);

const V = (kind: VictimWord['kind'], number: VictimWord['number']): VictimWord => ({ kind, number });
const VICTIMS = new Map<string, VictimWord>([
  ['civilian', V('civilians', 'sg')], ['civilians', V('civilians', 'pl')], ['resident', V('civilians', 'sg')], ['residents', V('civilians', 'pl')],
  ['child', V('children', 'sg')], ['children', V('children', 'pl')], ['boy', V('children', 'sg')], ['boys', V('children', 'pl')],
  ['girl', V('children', 'sg')], ['girls', V('children', 'pl')], ['minors', V('children', 'pl')], ['kids', V('children', 'pl')],
  ['woman', V('women', 'sg')], ['women', V('women', 'pl')], ['man', V('men', 'sg')], ['men', V('men', 'pl')],
  ['soldier', V('combatants', 'sg')], ['soldiers', V('combatants', 'pl')], ['fighter', V('combatants', 'sg')], ['fighters', V('combatants', 'pl')],
  ['militant', V('combatants', 'sg')], ['militants', V('combatants', 'pl')], ['troops', V('combatants', 'pl')], ['gunmen', V('combatants', 'pl')],
  // What the Islamic State calls the fighters it kills.
  ['apostate', V('combatants', 'sg')], ['apostates', V('combatants', 'pl')],
  ['members', V('combatants', 'pl')], ['member', V('combatants', 'sg')], ['guard', V('combatants', 'sg')], ['guards', V('combatants', 'pl')], ['officers', V('combatants', 'pl')], ['officer', V('combatants', 'sg')], ['rebels', V('combatants', 'pl')],
  ['jihadists', V('combatants', 'pl')], ['personnel', V('combatants', 'pl')], ['policemen', V('combatants', 'pl')], ['policeman', V('combatants', 'sg')], ['police', V('combatants', 'pl')],
  ['villagers', V('civilians', 'pl')], ['workers', V('civilians', 'pl')], ['father', V('men', 'sg')], ['migrants', V('civilians', 'pl')], ['refugees', V('civilians', 'pl')], ['paramedics', V('civilians', 'pl')],
  ['journalists', V('civilians', 'pl')], ['medics', V('civilians', 'pl')], ['mother', V('women', 'sg')],
  ['citizens', V('civilians', 'pl')], ['citizen', V('civilians', 'sg')], ['militiamen', V('combatants', 'pl')], ['militiaman', V('combatants', 'sg')],
  ['terrorists', V('combatants', 'pl')], ['insurgents', V('combatants', 'pl')], ['pilots', V('combatants', 'pl')], ['pilot', V('combatants', 'sg')],
  ['person', V('unspecified', 'sg')], ['people', V('unspecified', 'pl')], ['persons', V('unspecified', 'pl')],
  ['others', V('unspecified', 'pl')], ['individuals', V('unspecified', 'pl')], ['victims', V('unspecified', 'pl')],
  ['individual', V('unspecified', 'sg')], ['victim', V('unspecified', 'sg')],
  // A hospital's patients may be anyone, soldiers too.
  ['patient', V('unspecified', 'sg')], ['patients', V('unspecified', 'pl')],
  // Prisoners who broke out may be fighters or not: the news rarely says.
  ['inmate', V('unspecified', 'sg')], ['inmates', V('unspecified', 'pl')], ['escapees', V('unspecified', 'pl')], ['fugitives', V('unspecified', 'pl')],
  ['attacker', V('combatants', 'sg')], ['attackers', V('combatants', 'pl')], ['assailant', V('combatants', 'sg')], ['assailants', V('combatants', 'pl')],
  // People news names by what they were doing or who they were: civilians unless armed.
  ...(['protester', 'demonstrator', 'passer-by', 'passerby', 'farmer', 'shepherd', 'herder', 'student', 'pupil', 'teacher', 'journalist',
    'nurse', 'paramedic', 'medic', 'volunteer', 'rescuer', 'driver', 'worker', 'villager', 'refugee', 'migrant', 'gatherer', 'vendor', 'trader', 'merchant', 'passenger', 'shopper', 'worshipper',
    'employee', 'doctor', 'engineer', 'technician', 'hunter', 'labourer', 'laborer', 'contractor', 'shopkeeper', 'baker', 'mechanic', 'pilgrim',
    'mourner', 'bystander', 'resident', 'civilian', 'player', 'footballer'] as const)
    .flatMap((w) => [[w, V('civilians', 'sg')], [`${w}s`, V('civilians', 'pl')]] as Array<[string, VictimWord]>),
  // Detainees and inmates, of whatever side held them (as in Arabic): of no kind named.
  ['detainee', V('unspecified', 'sg')], ['detainees', V('unspecified', 'pl')], ['inmate', V('unspecified', 'sg')], ['inmates', V('unspecified', 'pl')],
  ['passers-by', V('civilians', 'pl')], ['infant', V('children', 'sg')], ['infants', V('children', 'pl')], ['baby', V('children', 'sg')],
  ['babies', V('children', 'pl')], ['toddler', V('children', 'sg')], ['teenager', V('children', 'sg')], ['teenagers', V('children', 'pl')],
  ['daughter', V('children', 'sg')], ['daughters', V('children', 'pl')], ['son', V('civilians', 'sg')], ['sons', V('civilians', 'pl')],
  ['wife', V('women', 'sg')], ['sister', V('women', 'sg')], ['sisters', V('women', 'pl')], ['husband', V('men', 'sg')],
  ['staff', V('civilians', 'pl')], ['fisherman', V('civilians', 'sg')], ['fishermen', V('civilians', 'pl')],
  ['schoolgirl', V('children', 'sg')], ['schoolgirls', V('children', 'pl')], ['schoolboy', V('children', 'sg')], ['schoolboys', V('children', 'pl')],
  // ("an elderly man and his grandson": a grandchild beside a grandparent is a child.)
  ['grandson', V('children', 'sg')], ['granddaughter', V('children', 'sg')], ['grandsons', V('children', 'pl')], ['granddaughters', V('children', 'pl')],
  ['grandchildren', V('children', 'pl')], ['grandfather', V('men', 'sg')], ['grandmother', V('women', 'sg')],
  ['schoolchildren', V('children', 'pl')], ['nephew', V('men', 'sg')], ['niece', V('women', 'sg')], ['cousin', V('civilians', 'sg')],
  ['cousins', V('civilians', 'pl')], ['uncle', V('men', 'sg')], ['aunt', V('women', 'sg')],
  ['brother', V('civilians', 'sg')], ['brothers', V('civilians', 'pl')], ['relatives', V('civilians', 'pl')], ['relative', V('civilians', 'sg')],
  // ("a rebel attack", "a general strike": those two words are adjectives too often to count one.)
  ...(['guard', 'policeman', 'conscript', 'recruit', 'commander', 'colonel', 'lieutenant', 'jihadist', 'gunman', 'member', 'companion', 'bodyguard', 'escort',
    'serviceman', 'servicemen', 'paramilitary', 'mercenary', 'combatant', 'sniper', 'defector', 'operative'] as const)
    .flatMap((w) => [[w, V('combatants', 'sg')], [w.endsWith('y') ? `${w.slice(0, -1)}ies` : w.endsWith('man') ? `${w.slice(0, -3)}men` : `${w}s`, V('combatants', 'pl')]] as Array<[string, VictimWord]>),
]);

const QUALIFIER_BEFORE = table<Qualifier>([
  ['more than', 'more_than'], ['over', 'more_than'], ['upwards of', 'more_than'], ['at least', 'at_least'], ['no fewer than', 'at_least'],
  ['no less than', 'at_least'], ['about', 'about'], ['around', 'about'], ['nearly', 'about'], ['almost', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['some', 'about'], ['an estimated', 'about'], ['up to', 'up_to'], ['as many as', 'up_to'], ['fewer than', 'up_to'],
  ['less than', 'up_to'], ['rose to', 'exact'], ['risen to', 'exact'], ['climbed to', 'exact'],
  // ("the number of wounded exceeded 40": a toll past its number.)
  ['exceeded', 'more_than'], ['surpassed', 'more_than'], ['topped', 'more_than'],
]);
const QUALIFIER_AFTER = table<Qualifier>([['or more', 'at_least'], ['at least', 'at_least']]);
const AMONG = table<true>([['including', true], ['among them', true], ['among whom', true], ['of whom', true], ['among them were', true]]);
const VAGUE_QUANTITY = table<true>([
  ['a number of', true], ['several', true], ['many', true], ['a group of', true], ['scores of', true], ['an unknown number of', true],
  ['a large number of', true], ['large numbers of', true], ['a few', true], ['a handful of', true],
]);
const QUOTES = new Set(['"', '“', '”']);
/** A country's adjective other than Syria's: "Iraqi", "Lebanese", "Israeli", "Turkish". */
const FOREIGN_ADJECTIVE = /^(?!Syrian$)[A-Z][a-z]+(i|ian|ese|ish)$/;

/**
 * 'acknowledged "a number" of martyrs', 'killed "large numbers of terrorists"': a vague quantity
 * quoted from someone's words. Returns where its noun begins, quotation marks passed over.
 */
function vagueQuantityAt(tokens: Token[], i: number): number | undefined {
  const start = QUOTES.has(tokens[i]?.norm ?? '') ? i + 1 : i;
  // ("It did not say how many attackers had been killed": a question, no quantity.)
  if (tokens[i - 1]?.lower === 'how') return undefined;
  if (start === i) return pastOwner(tokens, VAGUE_QUANTITY.matchAt(tokens, i, forms)?.end);
  // ('"scores of terrorists"' is a number, read as one.)
  if (englishNumberAt(tokens, start)) return undefined;
  // The words read without their quotation marks, each with where it stands.
  const at: number[] = [];
  for (let k = start; k < tokens.length && at.length < 6; k++) if (!QUOTES.has(tokens[k].norm)) at.push(k);
  const end = VAGUE_QUANTITY.matchAt(at.map((k) => tokens[k]), 0, forms)?.end;
  return end === undefined ? undefined : (at[end] ?? tokens.length);
}

/** ("a number of its personnel": whose they are stands between the quantity's "of" and the noun.) */
function pastOwner(tokens: Token[], nounAt: number | undefined): number | undefined {
  return nounAt !== undefined && tokens[nounAt - 1]?.lower === 'of' && /^(its|their|our)$/.test(tokens[nounAt]?.lower ?? '') ? nounAt + 1 : nounAt;
}
// ("The first toll announced by the civil defence was 13 civilians": the toll a later one replaced.)
const PRELIMINARY = table<true>([
  ['preliminary', true], ['initial toll', true], ['initial count', true], ['initial tally', true], ['provisional', true],
  ['first toll', true], ['first count', true], ['first tally', true], ['earlier toll', true], ['earlier count', true], ['earlier tally', true],
]);
// ("The Observatory initially reported 14 dead, but later said the toll had risen": the figure a
// later one replaced, up to the word that brings the later one.)
const INITIALLY = table<true>([['initially', true], ['at first', true]]);
const LATER = new Set(['but', 'later', 'then', 'subsequently', 'before', 'since']);
// ("families who believed thousands of prisoners were still trapped": a hope or a belief reports nothing.)
const NEGATION = new Set(['no', 'not', 'without', 'none', "didn't", 'nobody', 'believed', 'believing', 'hoped', 'hoping']);
/** "feared for the lives of thousands of children": a fear for lives reports none lost. */
const FEARED_FOR = /\b(fear|fears|feared|fearing|concern|concerned|worried|worry) (for|about) the (lives|safety) of\b/;
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'meanwhile']);
const ATTACKER = new Set(['by', 'attack', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'bombardment', 'fire', 'raid', 'ambush', 'carried', 'launched']);
const OWNER = new Set(['affiliated', 'linked', 'allied', 'loyal', 'backed', 'run']);
const EVENT_KINDS = new Map([
  ['shelling', 'shelling'], ['shelled', 'shelling'], ['artillery', 'shelling'], ['airstrike', 'airstrike'], ['airstrikes', 'airstrike'],
  ['strike', 'airstrike'], ['strikes', 'airstrike'], ['bombing', 'bombing'], ['explosion', 'bombing'], ['blast', 'bombing'], ['bomb', 'bombing'],
  ['attack', 'attack'], ['ambush', 'ambush'], ['clashes', 'clashes'], ['fighting', 'clashes'], ['execution', 'execution'], ['shooting', 'shooting'],
]);
const SAYING = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'announced', 'confirmed', 'stated', 'added', 'documented', 'claimed', 'according', 'acknowledged', 'admitted', 'estimated', 'verified', 'tweeted', 'wrote']);
const ACCORDING_TO = table<true>([['according to', true], ['citing', true], ['quoted by', true], ['reported by', true]]);
const ENDS_SOURCE = new Set(['that', 'on', 'in', 'at', 'to', 'on', 'after', 'as', 'when', 'the', 'of']);
const ROLE = new Map<string, SourceKind | 'modifier'>([
  ['activist', 'activist'], ['activists', 'activist'], ['doctor', 'medical'], ['medic', 'medical'], ['paramedic', 'medical'],
  ['spokesman', 'modifier'], ['spokeswoman', 'modifier'], ['spokesperson', 'modifier'], ['official', 'government'], ['local', 'modifier'],
  ['opposition', 'modifier'], ['pro-government', 'modifier'], ['monitor', 'modifier'], ['war', 'modifier'],
]);
const KIND_RULES: Array<[RegExp, SourceKind]> = [
  [/observatory|human rights|amnesty|united nations|\bun\b|ocha|unicef|msf|network for|watch/, 'ngo'],
  [/civil defen[cs]e|white helmets/, 'civil_defense'],
  [/hospital|medical|doctor|health|medic|red crescent/, 'medical'],
  [/residents|local sources|witness|locals/, 'local_sources'],
  [/military|army|ministry of defen[cs]e|commander|military sources/, 'military'],
  [/activist/, 'activist'],
  [/ministry|governor|government|official/, 'government'],
  [/group|brigade|front|faction|isis|islamic state|hezbollah|sdf|hts/, 'armed_group'],
  [/correspondent|reporter/, 'reporter'],
];
const ANAPHORIC = new Set(['agency', 'network', 'observatory', 'group', 'ministry', 'monitor', 'organisation', 'organization', 'channel', 'source', 'report', 'statement']);
const SETTLEMENT = new Set(['village', 'town', 'city', 'neighbourhood', 'neighborhood', 'district', 'camp', 'villages', 'towns', 'suburb', 'suburbs']);
// Verbs of striking name their target: "when rockets hit Bulbul", "shells struck Ariha".
const LOCATIVE = new Set(['in', 'near', 'between', 'outside', 'around', 'at', 'on', 'across', 'throughout', 'hit', 'struck', 'targeted', 'targeting', 'shelled', 'bombed', 'pounded', 'hitting', 'striking', 'stormed', 'attacked']);
const ADMIN = new Set(['province', 'governorate', 'countryside']);
const RELATIVE = table<number>([['yesterday', -1], ['today', 0], ['last night', -1], ['this morning', 0], ['overnight', -1]]);
const WEEKDAYS = table<number>([['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6]]);
const MONTHS = table<number>(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((m, i) => [
    [m, i + 1] as const,
    [m.slice(0, 3), i + 1] as const,
  ]),
);
const ACTOR_TABLE = table<string>(ACTORS.flatMap(([key, names]) => names.filter((n) => !/[\u0600-\u06ff]/.test(n)).map((n) => [n, key] as const)));

const has = (set: ReadonlySet<string>, t: Token | undefined) => !!t && t.kind === 'word' && set.has(t.lower);

/** Every outcome word above: a sentence without any of them reports no casualty. */
// (People under the rubble are missing.)
const CASUALTY_WORDS = new RegExp(`\\b(${[...OUTCOMES.keys(), 'rubble', 'fate', 'remains', 'martyrs', 'body', 'funerals', 'funeral', 'trapped', 'buried', 'lost', 'loses', 'lose', 'losing'].join('|')})\\b`, 'i');

/** "the group's fighters": the side named before ("its" is too often a helicopter's or a town's). */
const ARMED_GROUPS = ['isis', 'hts', 'sdf', 'sna', 'fsa', 'jaysh_al_islam', 'faylaq_al_rahman', 'hezbollah', 'iranian_militias', 'opposition_factions'];
const SIDE_ANAPHORS = new Map<string, readonly string[]>([
  ["group's", ARMED_GROUPS], ["militia's", ['iranian_militias', 'hezbollah']], ["faction's", ARMED_GROUPS],
]);

const NATIONALITY = new Map<string, string>([
  ['turkish', 'turkish_forces'], ['russian', 'russian_forces'], ['iranian', 'iranian_militias'], ['american', 'us_led_coalition'],
  ['pro-government', 'regime_forces'], ['regime', 'regime_forces'], ['government', 'regime_forces'], ['syrian', 'regime_forces'],
  ['iran-backed', 'iranian_militias'], ['pro-iranian', 'iranian_militias'], ['turkish-backed', 'sna'], ['turkey-backed', 'sna'], ['ankara-backed', 'sna'], ['iranian-backed', 'iranian_militias'],
  ['pro-regime', 'regime_forces'], ['lebanese', 'hezbollah'], ['kurdish', 'sdf'], ['kurdish-led', 'sdf'], ['insurgent', 'opposition_factions'], ['rebel', 'opposition_factions'],
]);

/** Counting over months or years: statistics and history, not one incident. */
// ("one of the deadliest episodes since the country's conflict began in 2011": to the clause's end.)
// ("in the latest Israeli incursion … since the fall of Bashar al-Assad last December": the same.)
const SUPERLATIVE_SINCE = /\b(first|latest|deadliest|worst|bloodiest|heaviest|highest|largest|biggest|fiercest|most (violent|intense|serious))\b[^,;]{0,60}?(\bsince\b[^,;]*|\b(this|that) (year|month)\b|\bin (years|months)\b)/g;
/** "since the government tightened its siege last July": since a month of last year or this. */
// ("since the jihadists launched their assault on September 16", "since the rebel offensive began on
// 27 November": since a day named by its date.)
const SINCE_LAST_MONTH = /\bsince\b([^,;]{0,60}\blast (january|february|march|april|may|june|july|august|september|october|november|december)\b|[^,;]{0,40}\b(began|begun|launched|started|erupted)\b[^,;]{0,20}\b((january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec)\.? \d{1,2}|\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december))\b)/;
/** "since the assault began on Thursday night": a wave of days, not a campaign. */
const WAVE_SINCE = /\bsince the (offensive|campaign|assault|operation|fighting|battle|siege|escalation)( \S+){0,3} (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight)\b/g;
/** The same, for a test (the global one keeps its place between matches). */
const WAVE_SINCE_ONCE = new RegExp(WAVE_SINCE.source);
/** "a student held by Military Intelligence since March": how long a state has lasted counts no casualties. */
// (Not "1,200 people have been detained since the start of the campaign": a count, in the perfect passive.)
// (Nor "SDF-held areas … since the beginning of the year": an adjective of a place.)
const STATE_SINCE = /(?<!\b(have|has|had) been |-)\b(held|detained|jailed|imprisoned|kidnapped|abducted|missing|besieged|controlled|occupied|displaced|closed|stationed|deployed|living)\b(\s\S+){0,5}?\s+since\s+\S+/gi;
/**
 * ", which has supported the hospital since 2012,", ", who had joined it after the 2018 settlement,":
 * a relative clause between commas dates what it describes, not a toll.
 */
// (", which it seized in May.": a month, at the sentence's end too.)
const RELATIVE_SINCE = /, (which|who)\b[^,;]*?(\bsince\b|\b(in|after|before) (the )?((19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b)[^,;]*(?=,| ?\.|$)/g;
/** Words of the dead and the hurt ("seized" may take a town). */
const HARM_WORDS = new RegExp(`\\b(${[...OUTCOMES].filter(([, k]) => k.outcome !== 'captured').map(([w]) => w).join('|')})\\b`, 'i');
const LONG_PERIOD = new RegExp(
  [
    '\\bsince (the (start|beginning|outbreak)|early|late|mid|\\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|the (war|conflict|uprising))\\b',
    '\\b(in|during|throughout) (january|february|march|april|may|june|july|august|september|october|november|december)( alone| \\d{4})?( |$)',
    '\\b(this|last|that) (year|month)\\b|\\bso far this\\b|\\banniversary\\b|\\bmonthly\\b|\\bannual\\b',
    '\\b(\\d+ year|\\d+ - year|decade long|years long|\\d+-year|decade-long|years-long) (war|conflict)\\b|\\b(war|conflict) (has|had) (killed|left)\\b',
    // A whole year, a month of reports, an average, a count since something began.
    '\\b(in|during|throughout) (19|20)\\d\\d\\b|\\b(during|over|in) the (month|year|past month|past year|first half|second half|quarter)\\b',
    // Weeks of fighting: "over two weeks", "in the past three weeks".
    '\\b(over|during|in|within) (the )?(past |last |first )?(two|three|four|five|six|several|\\d+) weeks\\b',
    // A campaign's count to date: "42 Turkish soldiers had lost their lives in the campaign so far".
    '\\b(campaign|offensive|operation|war) so far\\b|\\bso far (in|during) the (campaign|offensive|operation|war)\\b',
    // ("96 children had been killed in the first week of the campaign alone": a part of a campaign's count.)
    '\\b(first|second|third|past|last) (week|weeks|month|days|ten days) of the (campaign|offensive|operation|siege|war)\\b',
    // Told as last week's news: "Last week, an incursion … in which six residents were killed".
    '^last week\\b',
    // Between two months ("between late April and the end of August"), and since an earlier time told
    // before ("Bombings … have killed more than 200 people since then"): counts over months.
    '\\bbetween (early |mid-|late |the end of |the start of )?(january|february|march|april|may|june|july|august|september|october|november|december) and\\b',
    // ("executed at Saydnaya between 2011 and 2015", "from 2012 to 2014": between two years.)
    '\\b(between|from) (19|20)\\d\\d (and|to) (19|20)\\d\\d\\b',
    '\\b(have|has) (been )?(killed|left)\\b[^,;]*\\bsince then\\b',
    // ("launched its offensive on Kobani in mid-September, and more than 400 people have been killed since then".)
    '\\b(in|since) (mid-|early |late )?(january|february|march|april|may|june|july|august|september|october|november|december)\\b.*\\bsince then\\b',
    // Issues still open between parties: "outstanding issues include the fate of hundreds of missing people".
    '\\b(outstanding|unresolved|pending) (issues|files)\\b',
    '\\bon average\\b|\\bsince (it|they|its|their) \\w+|\\bsince the (offensive|campaign|assault|operation|fighting|battle|siege|ceasefire|truce|escalation)\\b',
    // What had happened the week before, told as background: "two children had been wounded last week".
    '\\bhad been (\\w+ly )?(killed|wounded|injured|hurt|abducted|kidnapped|arrested|detained)\\b[^,;]{0,60}\\blast (week|month)\\b',
    // Told as history: "Months later, jihadists killed…" ("three years ago" often only dates a background clause).
    '\\b(months|years|decades) (later|earlier)\\b',
    // Weeks between the story and the toll: "It comes a week after an air strike killed 33 soldiers",
    // "two weeks before"; and a part of last month ("late last month").
    // (Not "…executed 20 men, a monitor said, a week after the jihadists seized the city": what the
    // weeks are counted from kills no one.)
    `\\b(a|one|two|three|four|five|six|several|\\d+) (weeks?|months?|years?) (after|before)\\b(?=[^;.]*${HARM_WORDS.source})|\\b(comes|came) (just |only )?((a|one|two|three|four|five|several|\\d+) )?days? after\\b`,
    '\\b(late|early|mid|the end of|the beginning of) last month\\b',
    // Deaths that are no casualties of the war: epidemics, earthquakes.
    '\\b(cholera|coronavirus|covid|earthquake)\\b',
    // What was told back then: "medics said at the time that 43 people were killed" (not "working in a grove at the time").
    '\\b(said|reported|media|tally|toll|figures) at the time\\b(?! of (writing|publishing|publication|going to press))',
    // A war by its age in months, a season gone by, the worst month of a tally.
    '\\b(\\d+|\\w+)[- ]month(-old)? (war|conflict|uprising|revolt)\\b|\\blast (summer|winter|spring|autumn|fall)\\b|\\b(deadliest|bloodiest) (month|year)\\b',
    // A court's findings: "found … guilty of killing a detainee". (Not "accused of": an execution or
    // an arrest of people accused of something is news of the day.)
    '\\b(guilty|convicted|acquitted|indicted) of\\b',
  ].join('|'),
);

export const english: Lexicon = {
  language: 'en',
  nationality: (t) => (t && t.kind === 'word' ? NATIONALITY.get(t.lower) : undefined),
  dualCount: () => undefined,
  tollBefore: (tokens, from, clause) => {
    // "The death toll from a car bomb that ripped through … has risen to 23": the toll may be far back.
    const rising = [tokens[from - 1], tokens[from]].some((t) => /^(to|at|rose|risen|climbed|reached)$/.test(t?.lower ?? ''));
    const reach = rising ? 30 : 12;
    for (let k = from - 1; k >= 0 && k >= from - reach && clause[k] === clause[from]; k--) {
      const w = tokens[k].lower;
      if (w === 'toll') return tokens[k - 1]?.lower === 'injury' ? 'injured' : 'killed';
      if (/^(dead|deaths|martyrs|fatalities)$/.test(w) && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'number') return 'killed';
      // "the number of civilians killed rose to 146": the participle after whom the number counts.
      if (w === 'number' && tokens[k + 1]?.lower === 'of') {
        for (let j = k + 2; j < k + 6 && j < from; j++) {
          const said = english.outcome(tokens[j]);
          if (said?.roles.includes('laterVerb')) return said.outcome;
        }
      }
    }
    return undefined;
  },
  mayReportCasualties: (text) => CASUALTY_WORDS.test(text),
  // "one of the deadliest raids since the start of the conflict" compares; it counts over no period.
  waveIn: (clause) => WAVE_SINCE_ONCE.test(clause),
  longPeriod: (clause) => {
    const text = english.withoutComparisons(clause);
    // (A pattern of its own, asked only of clauses with "since": one more alternative in the big one
    // cost it its compiled form.)
    return LONG_PERIOD.test(text) || (text.includes('since') && SINCE_LAST_MONTH.test(text));
  },
  withoutComparisons: (clause) =>
    clause
      .replace(SUPERLATIVE_SINCE, ' ')
      .replace(STATE_SINCE, ' ')
      .replace(WAVE_SINCE, ' ')
      .replace(RELATIVE_SINCE, (relative) => (CASUALTY_WORDS.test(relative) ? relative : ' ')),
  numberAt: (tokens, i) => rangeAt(tokens, i, englishNumberAt, 'en') ?? englishNumberAt(tokens, i),
  outcome: (t) => (t && t.kind === 'word' ? OUTCOMES.get(t.lower) : undefined),
  victim: (t) => (t && t.kind === 'word' ? VICTIMS.get(t.lower) : undefined),
  isOf: (t) => !!t && t.lower === 'of',
  isAnd: (t) => (t && t.lower === 'and' ? 'and' : undefined),
  isOthers: (t) => !!t && t.lower === 'others',
  namesNoSide: (t) => /^(terrorists|terrorist)$/.test(t.lower),
  // (Not "terrorists": a government's word for any armed opponent.)
  namesJihadists: (t) => /^(militants|militant|jihadists|jihadist|extremists)$/.test(t.lower),
  sportIn: (sentence) =>
    /\b(match|football|soccer|striker|midfielder|goalkeeper|tournament|player|players|coach|stadium)\b/i.test(sentence) &&
    !/\b(shell|shells|shelling|strike|strikes|airstrike|bomb|bombing|blast|shot|shooting|attack|attacks|explosion|gunfire|clashes|sniper|rocket|mortar)\b/i.test(sentence),
  namesTribe: (t) => /^(tribal|tribesmen|tribesman|clan)$/.test(t.lower),
  foreignTownIn: (sentence) =>
    /\b(Turkish|Lebanese|Jordanian|Iraqi|Israeli) (?:border |frontier |southern |northern |eastern |western |southeastern |coastal )?((town|city|village|province|district|camp) of|towns|villages|cities)\b/.test(sentence) ||
    (/\b[Oo]n the (Turkish|Lebanese|Jordanian|Iraqi) side of the border\b/.test(sentence) && !/\b(hospitals?|received|taken|treated|brought|crossing)\b/.test(sentence)),
  risenTollIn: (sentence) => /\b(rose|risen|climbed|revised)\b|\b(raised|raising|bringing|brought|pushing) (the|its) (death )?toll\b/.test(sentence),
  enemyAt: (tokens, i) => /^(attackers|assailants)$/.test(tokens[i]?.lower ?? '') || (tokens[i]?.lower === 'ranks' && tokens[i - 1]?.lower === 'their'),
  sideAnaphor: (t) => SIDE_ANAPHORS.get(t.lower),
  // (Not in a sentence that names a cause of war too: "An air strike killed 12 … a day after a traffic accident".)
  roadAccidentIn: (sentence) => /\b(traffic|road|car|bus) (accident|crash|collision)s?\b/i.test(sentence) && !/\b(strikes?|shelling|shells?|bomb(ing|s)?|shot|gunmen|gunfire|sniper|mines?|landmines?|clashes|attacks?|drones?|rockets?|missiles?)\b/i.test(sentence),
  warAgeIn: (sentence) => /\b(war|uprising|conflict|revolution|crisis)\b.{0,40}\b(entered|enters|is in|was in) its \w+ year\b/i.test(sentence),
  anniversaryIn: (sentence) => /^\W*(\w+|\d+) years ago (this|today|on)\b|\banniversary of\b|\b(mark|marked|marking|commemorate|commemorated|commemorating) (the )?\w+ (anniversary|year)/i.test(sentence),
  soldierWord: (t) => /^(soldier|soldiers|troops|army|policeman|policemen|police|conscript|conscripts|serviceman|servicemen|pilot|pilots)$/.test(t.lower),
  refersToToll: (sentence) => /\b(the (death )?toll|the (dead|victims) (were|included)|of (the|those) (dead|killed|victims)|its (documentation|figures|tally|count)|the report)\b/i.test(sentence),
  samePeriodIn: (sentence) => /\b(in|during|over) (the same|that) period\b/i.test(sentence),
  nationwideIn: (clause) =>
    /\b(across|throughout|around|all over) (the country|syria)\b|\bnationwide\b|\bacross syrian? |\b(in|across) (various|several|different) (parts|areas|regions|provinces) of (the country|syria)\b/.test(clause),
  amongEarlierAt: (tokens, i) => {
    // ("Of the 10 dead, seven were not Syrian", "Of the dead, 12 were children": the toll told
    // before, named back.)
    if (tokens[i]?.lower === 'of' && tokens[i + 1]?.lower === 'the' && (i === 0 || tokens[i - 1].norm === ',')) {
      const counted = englishNumberAt(tokens, i + 2);
      const nounAt = counted ? counted.end : i + 2;
      const noun = tokens[nounAt]?.lower ?? '';
      const outcome = OUTCOMES.get(noun)?.roles.includes('countNoun') || /^(killed|wounded|injured)$/.test(noun) ? OUTCOMES.get(noun)?.outcome : noun === 'victims' ? 'killed' : undefined;
      return outcome && tokens[nounAt + 1]?.norm === ',' ? { outcome, end: nounAt + 2, ...(counted ? { count: counted.value } : {}) } : undefined;
    }
    // "the injured included two schoolgirls": the same, told the other way round.
    // ("the dead also included four children": an adverb may stand before the verb.)
    const verbAt = /^(also|reportedly)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    if (tokens[i]?.lower === 'the' && /^(included|include|includes)$/.test(tokens[verbAt]?.lower ?? '')) {
      const noun = tokens[i + 1]?.lower ?? '';
      const outcome = OUTCOMES.get(noun)?.roles.includes('countNoun') ? OUTCOMES.get(noun)?.outcome : noun === 'victims' ? 'killed' : undefined;
      return outcome ? { outcome, end: verbAt + 1 } : undefined;
    }
    if (tokens[i]?.lower !== 'among' || !/^(the|those)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
    // ("among those who died", "among those killed", "among those who were wounded")
    const who = tokens[i + 1].lower === 'those' && tokens[i + 2]?.lower === 'who' ? (/^(were|had)$/.test(tokens[i + 3]?.lower ?? '') ? (tokens[i + 4]?.lower === 'been' ? i + 5 : i + 4) : i + 3) : i + 2;
    const noun = tokens[who]?.lower ?? '';
    const outcome = OUTCOMES.get(noun)?.outcome ?? (noun === 'victims' ? 'killed' : undefined);
    if (!outcome) return undefined;
    return { outcome, end: /^(were|was|are|is)$/.test(tokens[who + 1]?.lower ?? '') ? who + 2 : who + 1 };
  },
  isAmong: (tokens, i) => AMONG.matchAt(tokens, i, forms)?.end,
  vagueQuantityAt,
  qualifierBefore: (tokens, i) => QUALIFIER_BEFORE.matchEndingBefore(tokens, i, forms),
  qualifierAfter: (tokens, j) => QUALIFIER_AFTER.matchAt(tokens, j, forms),
  negatedAt: (tokens, i) => [1, 2].some((d) => has(NEGATION, tokens[i - d])) || FEARED_FOR.test(tokens.slice(Math.max(0, i - 6), i).map((t) => t.lower).join(' ')),
  preliminaryIn: (tokens) => tokens.some((_, i) => PRELIMINARY.matchAt(tokens, i, forms) !== undefined),
  // ("The ministry had earlier put the death toll at 23", "which earlier said 14 had died".)
  // (Not "Troops had earlier shelled Nawa, killing five": "earlier" before a verb of telling only.)
  toldEarlierAt: (tokens, i) => tokens.slice(Math.max(0, i - 8), i).some((t, j, span) => t.lower === 'earlier' && (has(SAYING, span[j + 1]) || /^(put|gave|counted|reported|said)$/.test(span[j + 1]?.lower ?? ''))),
  replacedLaterAt: (tokens, i) => {
    // ("at first light" is a time of day.)
    for (let k = i - 1; k >= 0 && !has(LATER, tokens[k]); k--) if (INITIALLY.matchAt(tokens, k, forms) && !/^(light|glance|sight)$/.test(tokens[k + 2]?.lower ?? '')) return true;
    return false;
  },
  // ("…two of its soldiers had been killed, bringing its losses since the start of the operation to
  // 41": the running total is a clause of its own.)
  // (", as the death toll across the country climbed to 74": so is what happened meanwhile.)
  // ("…stormed the headquarters, and that 20 more had been killed": a second thing said.)
  clauseBreakAt: (tokens, i) =>
    has(CLAUSE_BREAKS, tokens[i]) || tokens[i].norm === ';' || (/^(bringing|raising|taking|pushing|as)$/.test(tokens[i].lower) && tokens[i - 1]?.norm === ',') || (tokens[i].lower === 'and' && tokens[i + 1]?.lower === 'that' && tokens[i - 1]?.norm === ','),
  actorAt: (tokens, i) => {
    // "HTS-affiliated", "SDF-run": the side's name on a compound adjective.
    const compound = /^(.+)-(affiliated|linked|run|held|controlled|allied)$/.exec(tokens[i]?.lower ?? '');
    if (compound) {
      const inner = ACTOR_TABLE.matchAt([{ ...tokens[i], norm: compound[1], lower: compound[1], key: compound[1] }], 0, forms);
      if (inner && inner.end === 1) return { value: inner.value, start: i, end: i + 1 };
    }
    // "Turkey-backed Syrian rebel factions", "Iran-backed Iraqi militias": the backer names the side.
    const backer = /-backed$/.test(tokens[i]?.lower ?? '') ? NATIONALITY.get(tokens[i].lower) : undefined;
    if (backer) {
      const group = tokens.slice(i + 1, i + 4).findIndex((t) => /^(factions|groups|rebels|militias|militiamen|fighters|forces|brigades|opposition)$/.test(t.lower));
      if (group >= 0) return { value: backer, start: i, end: i + group + 2 };
    }
    const m = ACTOR_TABLE.matchAt(tokens, i, forms);
    // ("Iraqi security forces", "the Lebanese army": a generic name after another country's adjective.)
    if (m?.value === 'regime_forces' && FOREIGN_ADJECTIVE.test(tokens[i - 1]?.raw ?? '')) return undefined;
    // "IS" is also a verb: only the capitalised acronym names the group.
    return m && !(m.value === 'isis' && tokens[i].norm === 'is') ? m : undefined;
  },
  attackerMarkerBefore: (tokens, i) => [1, 2, 3].some((d) => has(ATTACKER, tokens[i - d])),
  affiliationMarkerBefore: (tokens, i) => [1, 2].some((d) => has(OWNER, tokens[i - d])),
  eventKind: (t) => (t.kind === 'word' ? EVENT_KINDS.get(t.lower) : undefined),
  sayingVerb: (t) => has(SAYING, t) && t.lower !== 'according',
  accordingToAt: (tokens, i) => ACCORDING_TO.matchAt(tokens, i, forms)?.end,
  endsSourceName: (t) => t.kind === 'word' && ENDS_SOURCE.has(t.lower) && t.lower !== 'the',
  sourceRoleOrModifier: (t) => (t.kind === 'word' ? ROLE.get(t.lower) : undefined),
  sourceKindOf: (name) => KIND_RULES.find(([re]) => re.test(name.toLowerCase()))?.[1] ?? 'media',
  isGenericSource: (name) => /^(local |medical |military |security |hospital )?(sources?|residents|activists|witnesses|officials|medics|rescuers|doctors|paramedics)$/i.test(name.trim()),
  anaphoricHead: (name) => {
    // ("the UK-based monitor", "the Britain-based war monitor": a description of one named before.)
    const words = name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .split(/\s+/)
      .filter((w) => !/-based$/.test(w) && !/^(war|rights|local)$/.test(w));
    return words.length === 1 && ANAPHORIC.has(words[0]) ? words[0] : undefined;
  },
  placeMarker: (t) => (t.kind !== 'word' ? undefined : SETTLEMENT.has(t.lower) ? 'settlement' : ADMIN.has(t.lower) ? 'admin' : LOCATIVE.has(t.lower) ? 'locative' : undefined),
  relativeDay: (tokens, i) => RELATIVE.matchAt(tokens, i, forms),
  weekdayAt: (tokens, i) => WEEKDAYS.matchAt(tokens, i, forms),
  monthAt: (tokens, i) => MONTHS.matchAt(tokens, i, forms),
};
