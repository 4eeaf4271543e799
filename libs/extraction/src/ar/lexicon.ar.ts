import { Qualifier, SourceKind } from '@app/domain';
import { fold, foldedMap, foldedSet } from '../fold';
import { Lexicon, OutcomeWord, PhraseMatch, PhraseTable, VictimWord } from '../lexicon';
import { NumberPhrase, arabicNumberAt, rangeAt } from '../numbers';
import { Token, tokenForms } from '../text';
import { ACTORS } from '../actors';

const forms = (t: Token): string[] => tokenForms(t);
const table = <V>(entries: ReadonlyArray<readonly [string, V]>) => new PhraseTable(entries, fold);

const K = (outcome: OutcomeWord['outcome'], ...roles: OutcomeWord['roles'][number][]): OutcomeWord => ({ outcome, roles });
const BARE = (o: OutcomeWord): OutcomeWord => ({ ...o, bareClaim: true });

/** Outcome words, by their proclitic-free forms. */
const OUTCOMES = foldedMap<OutcomeWord>([
  // killed: verbal nouns and verbs that introduce a figure
  ['مقتل', K('killed', 'trigger')], ['قتل', K('killed', 'trigger', 'laterVerb')], ['قتلت', K('killed', 'trigger', 'laterVerb')],
  ['قتلوا', K('killed', 'trigger', 'laterVerb')], ['قتلا', K('killed', 'laterVerb')], ['استشهدا', K('killed', 'laterVerb')], ['أصيبا', K('injured', 'laterVerb')], ['يقتل', K('killed', 'trigger')],
  ['مصرع', K('killed', 'trigger')], ['استشهاد', K('killed', 'trigger')], ['استشهد', K('killed', 'trigger', 'laterVerb')],
  ['استشهدت', K('killed', 'trigger', 'laterVerb')], ['استشهدوا', K('killed', 'laterVerb')], ['وفاة', K('killed', 'trigger')],
  ['توفي', K('killed', 'trigger', 'laterVerb')], ['توفيت', K('killed', 'trigger')], ['توفوا', K('killed', 'laterVerb')],
  ['قضى', K('killed', 'trigger', 'laterVerb')], ['قضوا', K('killed', 'laterVerb')], ['لقي', K('killed', 'trigger', 'laterVerb')],
  ['لقيت', K('killed', 'trigger', 'laterVerb')], ['لقوا', K('killed', 'laterVerb')], ['حتفهم', K('killed', 'laterVerb')],
  ['مصرعهم', K('killed', 'laterVerb')], ['إعدام', K('killed', 'trigger')], ['أعدم', K('killed', 'trigger')],
  ['أعدمت', K('killed', 'trigger')], ['خسر', K('killed', 'trigger')], ['خسرت', K('killed', 'trigger')], ['تخسر', K('killed', 'trigger')], ['يخسر', K('killed', 'trigger')],
  // "ارتقى ثلاثة شهداء": rose as martyrs; "قضت على 20 إرهابياً": put an end to.
  ['ارتقاء', K('killed', 'trigger')],
  ['ارتقى', K('killed', 'trigger', 'laterVerb')], ['ارتقت', K('killed', 'trigger', 'laterVerb')], ['ارتقوا', K('killed', 'laterVerb')],
  // ("عائلة كاملة من سبعة أفراد قضت تحت الركام": a family, feminine, died.)
  ['قضت', K('killed', 'trigger', 'laterVerb')], ['القضاء', K('killed', 'trigger')],
  ['خسارة', K('killed', 'trigger')], ['تصفية', K('killed', 'trigger')], ['حياة', K('killed', 'trigger')],
  // killed: nouns that count the dead
  ['قتلى', BARE(K('killed', 'countNoun', 'trigger'))], ['قتيل', K('killed', 'countNoun')], ['قتيلا', K('killed', 'countNoun')],
  ['قتيلان', K('killed', 'countNoun')], ['قتيلين', K('killed', 'countNoun')], ['شهيد', K('killed', 'countNoun')],
  ['شهيدا', K('killed', 'countNoun')], ['شهداء', BARE(K('killed', 'countNoun'))], ['شهيدين', K('killed', 'countNoun')],
  ['جثة', K('killed', 'countNoun', 'trigger')], ['جثث', K('killed', 'countNoun', 'trigger')], ['جثامين', K('killed', 'countNoun', 'trigger')],
  ['اغتال', K('killed', 'trigger')], ['اغتيال', K('killed', 'trigger')], ['اغتيل', K('killed', 'trigger', 'laterVerb')],
  ['جثتين', K('killed', 'countNoun')], ['جثتي', K('killed', 'countNoun', 'trigger')], ['جثتا', K('killed', 'countNoun', 'trigger')], ['ضحايا', BARE(K('killed', 'countNoun'))], ['ضحية', K('killed', 'countNoun')],
  ['وفيات', K('killed', 'countNoun')], ['حصيلة', K('killed', 'trigger')],
  // injured
  ['إصابة', K('injured', 'trigger', 'countNoun')], ['إصابات', BARE(K('injured', 'countNoun'))], ['أصيب', K('injured', 'trigger', 'laterVerb')],
  ['أصيبت', K('injured', 'trigger', 'laterVerb')], ['أصيبوا', K('injured', 'laterVerb')], ['يصاب', K('injured', 'trigger')],
  ['جرح', K('injured', 'trigger', 'laterVerb')], ['جرحت', K('injured', 'trigger')], ['جرحوا', K('injured', 'laterVerb')],
  ['جرحى', BARE(K('injured', 'countNoun', 'trigger'))], ['جريح', K('injured', 'countNoun')], ['جريحا', K('injured', 'countNoun')],
  ['جريحان', K('injured', 'countNoun')], ['جريحين', K('injured', 'countNoun')], ['مصاب', K('injured', 'countNoun')],
  ['مصابا', K('injured', 'countNoun')], ['مصابين', BARE(K('injured', 'countNoun'))], ['مصابون', BARE(K('injured', 'countNoun'))],
  ['إصابتهم', K('injured', 'laterVerb')], ['بجروح', K('injured', 'laterVerb')],
  // Women and girls: the feminine dual and plural ("مقاتلتان قتلتا", "ثلاث نساء أصبن").
  ['قتلتا', K('killed', 'laterVerb')], ['قتلن', K('killed', 'laterVerb')], ['استشهدتا', K('killed', 'laterVerb')], ['استشهدن', K('killed', 'laterVerb')],
  // The masculine dual after its subject: "سجينين توفيا", "شابان لقيا حتفهما".
  ['توفيا', K('killed', 'laterVerb')], ['لقيا', K('killed', 'laterVerb')], ['قضيا', K('killed', 'laterVerb')], ['فارقا', K('killed', 'laterVerb')], ['ارتقيا', K('killed', 'laterVerb')],
  ['توفيتا', K('killed', 'laterVerb')], ['توفين', K('killed', 'laterVerb')], ['لقيتا', K('killed', 'laterVerb')], ['لقين', K('killed', 'laterVerb')],
  ['أصيبتا', K('injured', 'laterVerb')], ['أصبن', K('injured', 'laterVerb')], ['جرحتا', K('injured', 'laterVerb')], ['جرحن', K('injured', 'laterVerb')],
  // "ولا يزال 4 آخرون يتلقون العلاج": still being treated.
  ['العلاج', K('injured', 'laterVerb')],
  // "لا يزالون في عداد المفقودين", "لا يزال مصير ستة آخرين مجهولاً": still missing.
  ['عداد', K('missing', 'laterVerb')], ['مجهولا', K('missing', 'laterVerb')],
  // "فارق الحياة متأثراً بجراحه": died of wounds.
  // ("فارقت طفلة الحياة": the verb may come first.)
  ['فارق', K('killed', 'trigger', 'laterVerb')], ['فارقوا', K('killed', 'laterVerb')], ['فارقت', K('killed', 'trigger', 'laterVerb')],
  // missing
  ['فقدان', K('missing', 'trigger')], ['فقد', K('missing', 'trigger', 'laterVerb')], ['فقدت', K('missing', 'trigger')],
  ['فقدا', K('missing', 'laterVerb')], ['فقدوا', K('missing', 'laterVerb')],
  ['مفقود', K('missing', 'countNoun')], ['مفقودين', BARE(K('missing', 'countNoun'))], ['مفقودون', BARE(K('missing', 'countNoun'))],
  ['اختفاء', K('missing', 'trigger')], ['مفقودا', K('missing', 'trigger')],
  // captured
  ['أسر', K('captured', 'trigger', 'laterVerb')], ['أسرت', K('captured', 'trigger')], ['أسروا', K('captured', 'trigger', 'laterVerb')],
  ['أسرى', BARE(K('captured', 'countNoun'))], ['أسير', K('captured', 'countNoun')], ['أسيرا', K('captured', 'countNoun')],
  ['اختطاف', K('captured', 'trigger')], ['اختطف', K('captured', 'trigger', 'laterVerb')], ['اختطفت', K('captured', 'trigger')],
  ['خطف', K('captured', 'trigger', 'laterVerb')], ['خطفت', K('captured', 'trigger')], ['خطفوا', K('captured', 'trigger', 'laterVerb')], ['اختطفوا', K('captured', 'trigger', 'laterVerb')], ['مختطفين', K('captured', 'countNoun')],
  ['اعتقال', K('captured', 'trigger')], ['اعتقل', K('captured', 'trigger', 'laterVerb')], ['اعتقلت', K('captured', 'trigger')],
  ['اعتقلوا', K('captured', 'trigger', 'laterVerb')], ['معتقلين', K('captured', 'countNoun')],
  // "ألقت القبض على ثلاثة", "وأُلقي القبض على اثنين من مرافقيه": arrested.
  ['القبض', K('captured', 'trigger')],
  ['أعدموا', K('killed', 'trigger', 'laterVerb')],
  // "احتجز مسلحون ثلاثة عناصر": held (as hostages).
  ['احتجز', K('captured', 'trigger', 'laterVerb')], ['احتجزت', K('captured', 'trigger')], ['احتجزوا', K('captured', 'trigger', 'laterVerb')],
  ['احتجاز', K('captured', 'trigger')],
  // "اقتاد التنظيم نحو ١٠٠ رجل إلى جهة مجهولة": led away (missing when to where is unknown: see figures).
  // "أوقفت الشرطة شخصين", "توقيف ستة من العناصر": detained.
  // (Active: whoever stands before the verb did the detaining.)
  ['أوقف', K('captured', 'trigger')], ['أوقفت', K('captured', 'trigger')], ['أوقفوا', K('captured', 'trigger')], ['توقيف', K('captured', 'trigger')],
  ['اقتاد', K('captured', 'trigger')], ['اقتادت', K('captured', 'trigger')], ['اقتادوا', K('captured', 'trigger')],
  // "أكثر من 50 آخرين اعتقلهم التنظيم": the verb after them, with them as its object.
  ['اعتقلهم', K('captured', 'laterVerb')], ['اختطفهم', K('captured', 'laterVerb')], ['أسرهم', K('captured', 'laterVerb')],
  ['احتجزهم', K('captured', 'laterVerb')],
]);

const SOLDIERS = foldedSet(['جندي', 'جنديا', 'جنود', 'جنديين', 'جنديان', 'عسكري', 'عسكريا', 'عسكريين', 'عسكريون', 'شرطي', 'شرطيين', 'مجند', 'مجندين', 'العسكريين', 'الجنود']);

/** Definite forms of count nouns refer back ("المفقودين": the missing already mentioned). */
const V = (kind: VictimWord['kind'], number: VictimWord['number']): VictimWord => ({ kind, number });
const VICTIMS = foldedMap<VictimWord>([
  ['مدني', V('civilians', 'sg')], ['مدنيا', V('civilians', 'sg')], ['مدنيين', V('civilians', 'pl')], ['مدنيون', V('civilians', 'pl')],
  ['مواطن', V('civilians', 'sg')], ['مواطنا', V('civilians', 'sg')], ['مواطنين', V('civilians', 'pl')], ['مواطنون', V('civilians', 'pl')],
  ['مواطنة', V('women', 'sg')], ['مواطنتان', V('women', 'dual')], ['مواطنتين', V('women', 'dual')], ['مواطنات', V('women', 'pl')],
  ['نازح', V('civilians', 'sg')], ['نازحين', V('civilians', 'pl')], ['عامل', V('civilians', 'sg')], ['عمال', V('civilians', 'pl')],
  ['طفل', V('children', 'sg')], ['طفلا', V('children', 'sg')], ['طفلة', V('children', 'sg')], ['طفلان', V('children', 'dual')],
  ['طفلين', V('children', 'dual')], ['طفلتين', V('children', 'dual')], ['أطفال', V('children', 'pl')], ['قاصر', V('children', 'sg')],
  ['امرأة', V('women', 'sg')], ['سيدة', V('women', 'sg')], ['امرأتين', V('women', 'dual')], ['امرأتان', V('women', 'dual')],
  ['سيدتان', V('women', 'dual')], ['سيدتين', V('women', 'dual')], ['طفلتان', V('children', 'dual')], ['رجلان', V('men', 'dual')],
  ['شابان', V('men', 'dual')], ['مدنيان', V('civilians', 'dual')], ['جنديان', V('combatants', 'dual')], ['مقاتلان', V('combatants', 'dual')],
  ['نساء', V('women', 'pl')], ['سيدات', V('women', 'pl')], ['فتاة', V('women', 'sg')], ['فتيات', V('women', 'pl')],
  ['رجل', V('men', 'sg')], ['رجلا', V('men', 'sg')], ['رجلين', V('men', 'dual')], ['رجال', V('men', 'pl')],
  ['شاب', V('men', 'sg')], ['شابا', V('men', 'sg')], ['شابين', V('men', 'dual')], ['شبان', V('men', 'pl')],
  ['عنصر', V('combatants', 'sg')], ['عنصرا', V('combatants', 'sg')], ['عنصرين', V('combatants', 'dual')], ['عنصران', V('combatants', 'dual')],
  ['عناصر', V('combatants', 'pl')], ['جندي', V('combatants', 'sg')], ['جنديا', V('combatants', 'sg')], ['جنديين', V('combatants', 'dual')],
  ['جنود', V('combatants', 'pl')], ['مقاتل', V('combatants', 'sg')], ['مقاتلا', V('combatants', 'sg')], ['مقاتلين', V('combatants', 'pl')],
  ['مقاتلون', V('combatants', 'pl')], ['مسلح', V('combatants', 'sg')], ['مسلحا', V('combatants', 'sg')], ['مسلحين', V('combatants', 'pl')],
  ['عسكري', V('combatants', 'sg')], ['عسكريا', V('combatants', 'sg')], ['عسكريين', V('combatants', 'pl')], ['ضابط', V('combatants', 'sg')],
  ['ضابطا', V('combatants', 'sg')], ['ضباط', V('combatants', 'pl')], ['مجند', V('combatants', 'sg')], ['مجندين', V('combatants', 'pl')],
  ['مهاجر', V('civilians', 'sg')], ['مهاجرين', V('civilians', 'pl')], ['لاجئ', V('civilians', 'sg')], ['لاجئين', V('civilians', 'pl')],
  ['أهالي', V('civilians', 'pl')], ['سكان', V('civilians', 'pl')], ['مسعف', V('civilians', 'sg')], ['مسعفين', V('civilians', 'pl')],
  ['صحفي', V('civilians', 'sg')], ['صحفيين', V('civilians', 'pl')],
  ['والدة', V('women', 'sg')], ['والدته', V('women', 'sg')], ['والدتها', V('women', 'sg')], ['والدتهم', V('women', 'sg')],
  ['زوجته', V('women', 'sg')], ['ابنته', V('children', 'sg')], ['ابنه', V('children', 'sg')], ['ابنها', V('children', 'sg')],
  ['والده', V('men', 'sg')], ['شقيقه', V('men', 'sg')],
  // A woman "وطفلاها", a man "وابنه": family words with their pronoun.
  ['طفلها', V('children', 'sg')], ['طفله', V('children', 'sg')], ['طفلته', V('children', 'sg')], ['طفلتها', V('children', 'sg')],
  ['طفلتاه', V('children', 'dual')], ['طفلتيه', V('children', 'dual')], ['طفلتاها', V('children', 'dual')], ['طفلتيها', V('children', 'dual')],
  // (A woman fighter: "قُتلت مقاتلتان من وحدات حماية المرأة"; the plural is also fighter jets.)
  ['مقاتلتان', V('combatants', 'dual')], ['مقاتلتين', V('combatants', 'dual')], ['طفلاها', V('children', 'dual')], ['طفليها', V('children', 'dual')],
  ['طفلاه', V('children', 'dual')], ['طفليه', V('children', 'dual')], ['ابناها', V('children', 'dual')], ['ابنيها', V('children', 'dual')],
  ['ابناه', V('children', 'dual')], ['ابنيه', V('children', 'dual')], ['ابنتاها', V('children', 'dual')], ['ابنتيها', V('children', 'dual')],
  ['ابنتاه', V('children', 'dual')], ['ابنتيه', V('children', 'dual')], ['ابنتها', V('children', 'sg')], ['زوجها', V('men', 'sg')],
  ['شقيقها', V('men', 'sg')], ['شقيقته', V('women', 'sg')], ['شقيقتها', V('women', 'sg')], ['مواطنان', V('civilians', 'dual')],
  // People named by what they were doing: civilians unless armed.
  ['ابناء', V('civilians', 'pl')], ['متظاهر', V('civilians', 'sg')], ['متظاهرين', V('civilians', 'pl')], ['متظاهرون', V('civilians', 'pl')], ['مزارع', V('civilians', 'sg')],
  // More people named by their work: civilians.
  ['فلاح', V('civilians', 'sg')], ['فلاحين', V('civilians', 'pl')], ['طالبا', V('civilians', 'sg')], ['طبيب', V('civilians', 'sg')], ['طبيبا', V('civilians', 'sg')],
  ['أطباء', V('civilians', 'pl')], ['ركاب', V('civilians', 'pl')], ['صياد', V('civilians', 'sg')], ['صيادين', V('civilians', 'pl')],
  ['تلميذة', V('children', 'sg')], ['تلميذات', V('children', 'pl')], ['تلميذتين', V('children', 'dual')], ['تلميذتان', V('children', 'dual')],
  ['فتى', V('children', 'sg')], ['فتيين', V('children', 'dual')], ['فتيان', V('children', 'pl')], ['فتية', V('children', 'pl')],
  // Brothers and sisters: "استشهد شقيقان", "وأصيب شقيقاه".
  // (Brothers of no age named are civilians, as the labellers code them; "his brothers" share a child's age: see figures.)
  ['شقيقان', V('civilians', 'dual')], ['شقيقين', V('civilians', 'dual')], ['شقيقاه', V('civilians', 'dual')], ['شقيقيه', V('civilians', 'dual')],
  ['شقيقتان', V('women', 'dual')], ['شقيقتين', V('women', 'dual')], ['أشقاء', V('civilians', 'pl')],
  ['تلميذ', V('children', 'sg')], ['تلميذا', V('children', 'sg')], ['تلاميذ', V('children', 'pl')], ['تلميذين', V('children', 'dual')], ['تلميذان', V('children', 'dual')],
  ['موظف', V('civilians', 'sg')], ['موظفا', V('civilians', 'sg')], ['موظفين', V('civilians', 'pl')], ['جامعي', V('civilians', 'pl')],
  ['مزارعين', V('civilians', 'pl')], ['راع', V('civilians', 'sg')], ['رعاة', V('civilians', 'pl')], ['طالب', V('civilians', 'sg')],
  ['طلاب', V('civilians', 'pl')], ['متطوع', V('civilians', 'sg')], ['متطوعين', V('civilians', 'pl')], ['سائق', V('civilians', 'sg')],
  // (In construct, "أحد متطوعي الدفاع المدني", "ثلاثة من مسعفي الهلال الأحمر", "موظفي الإغاثة".)
  ['متطوعي', V('civilians', 'pl')], ['مسعفي', V('civilians', 'pl')], ['موظفي', V('civilians', 'pl')], ['عاملي', V('civilians', 'pl')],
  ['مدرس', V('civilians', 'sg')], ['مدرسا', V('civilians', 'sg')], ['مدرسين', V('civilians', 'pl')], ['مدرسون', V('civilians', 'pl')],
  ['ممرض', V('civilians', 'sg')], ['ممرضة', V('women', 'sg')], ['معلم', V('civilians', 'sg')], ['معلمة', V('women', 'sg')],
  ['ممرضين', V('civilians', 'pl')], ['ممرضات', V('women', 'pl')], ['ممرضتين', V('women', 'dual')], ['مسعف', V('civilians', 'sg')], ['مسعفين', V('civilians', 'pl')],
  ['مسن', V('men', 'sg')], ['مسنة', V('women', 'sg')], ['عجوز', V('civilians', 'sg')],
  ['حارس', V('combatants', 'sg')], ['حراس', V('combatants', 'pl')], ['شرطي', V('combatants', 'sg')], ['شرطيين', V('combatants', 'pl')],
  ['قيادي', V('combatants', 'sg')], ['قياديين', V('combatants', 'pl')], ['قائد', V('combatants', 'sg')], ['إرهابي', V('combatants', 'sg')],
  ['قيادية', V('combatants', 'sg')], ['قائدة', V('combatants', 'sg')], ['قياديتين', V('combatants', 'dual')],
  ['إرهابيين', V('combatants', 'pl')], ['إرهابيا', V('combatants', 'sg')], ['متشدد', V('combatants', 'sg')], ['متشددين', V('combatants', 'pl')],
  ['جهادي', V('combatants', 'sg')], ['جهاديين', V('combatants', 'pl')], ['مرتزقة', V('combatants', 'pl')], ['مرتزق', V('combatants', 'sg')],
  ['مرتد', V('combatants', 'sg')], ['مرتدين', V('combatants', 'pl')], ['المرتدين', V('combatants', 'pl')],
  ['مستشار', V('combatants', 'sg')], ['مستشارا', V('combatants', 'sg')], ['مستشاران', V('combatants', 'dual')], ['مستشارين', V('combatants', 'pl')],
  ['راعي', V('civilians', 'sg')], ['رعاة', V('civilians', 'pl')], ['راعيا', V('civilians', 'sg')],
  // Minors; a leader's companion, his driver: "قتل قيادي ومرافقه".
  ['قاصر', V('children', 'sg')], ['قاصرة', V('children', 'sg')], ['قاصران', V('children', 'dual')], ['قاصرين', V('children', 'pl')],
  ['مرافقه', V('combatants', 'sg')], ['مرافقيه', V('combatants', 'pl')], ['سائقه', V('civilians', 'sg')], ['سائقها', V('civilians', 'sg')], ['مرافقها', V('combatants', 'sg')],
  ['تكفيري', V('combatants', 'sg')], ['تكفيريين', V('combatants', 'pl')], ['تكفيريا', V('combatants', 'sg')],
  ['مهاجمين', V('combatants', 'pl')], ['المهاجمين', V('combatants', 'pl')], ['مهاجمون', V('combatants', 'pl')],
  ['ملازم', V('combatants', 'sg')], ['نقيب', V('combatants', 'sg')], ['عقيد', V('combatants', 'sg')], ['رائد', V('combatants', 'sg')],
  // Construct forms: "ثمانية من مقاتلي اللواء", "من مسلحي التنظيم".
  ['مقاتلي', V('combatants', 'pl')], ['مسلحي', V('combatants', 'pl')], ['عناصر', V('combatants', 'pl')], ['منتسبي', V('combatants', 'pl')],
  ['مقاتليها', V('combatants', 'pl')], ['مقاتليه', V('combatants', 'pl')], ['مقاتليهم', V('combatants', 'pl')], ['عناصرها', V('combatants', 'pl')],
  ['عناصره', V('combatants', 'pl')], ['عناصرهم', V('combatants', 'pl')],
  ['مرافق', V('combatants', 'sg')], ['مرافقين', V('combatants', 'pl')], ['مرافقيه', V('combatants', 'pl')], ['مرافقيهم', V('combatants', 'pl')],
  ['ضابطان', V('combatants', 'dual')], ['ضابطين', V('combatants', 'dual')], ['عسكريان', V('combatants', 'dual')],
  ['شخص', V('unspecified', 'sg')], ['شخصا', V('unspecified', 'sg')], ['شخصين', V('unspecified', 'dual')], ['شخصان', V('unspecified', 'dual')],
  ['أشخاص', V('unspecified', 'pl')], ['أفراد', V('unspecified', 'pl')],
  // Detainees and prisoners, of whatever side held them: "مقتل معتقل تحت التعذيب", "وفاة سجينين".
  // Suspects: "اعتقلت ثلاثة مشتبه بهم".
  // ("لاعتقال مشتبه بهم": counted only by a number.)
  ['مشتبه', V('unspecified', 'pl')], ['مشتبها', V('unspecified', 'pl')],
  ['معتقل', V('unspecified', 'sg')], ['معتقلا', V('unspecified', 'sg')], ['معتقلان', V('unspecified', 'dual')], ['معتقلين', V('unspecified', 'pl')],
  ['سجين', V('unspecified', 'sg')], ['سجينا', V('unspecified', 'sg')], ['سجينان', V('unspecified', 'dual')], ['سجينين', V('unspecified', 'dual')], ['سجناء', V('unspecified', 'pl')],
  ['محتجز', V('unspecified', 'sg')], ['محتجزا', V('unspecified', 'sg')], ['محتجزين', V('unspecified', 'pl')],
  // Members of something ("عضوان في قوى الأمن الداخلي", "أعضاء المجلس المحلي"): of whatever they are members of.
  ['عضو', V('unspecified', 'sg')], ['عضوا', V('unspecified', 'sg')], ['عضوان', V('unspecified', 'dual')], ['عضوين', V('unspecified', 'dual')], ['أعضاء', V('unspecified', 'pl')], ['مطلوبا', V('unspecified', 'sg')], ['مطلوبين', V('unspecified', 'pl')], ['مطلوبون', V('unspecified', 'pl')], ['آخرون', V('unspecified', 'pl')], ['آخرين', V('unspecified', 'pl')], ['آخران', V('unspecified', 'dual')],
]);

const OF = foldedSet(['من']);
/** Fighters (or an armed group) called by what they are, with no side: terrorists, gunmen, takfiris. */
// ("مرتزقة": fighters called by what they are, whose side only the speaker tells.)
const UNNAMED_FIGHTERS = /^(و|ب|ل|لل)?(ال)?(ارهابيين|ارهابيا|ارهابيون|ارهابيي|ارهابي|ارهابيه|مسلحين|مسلحون|مسلحا|مسلحه|تكفيريين|تكفيريا|تكفيري|مرتزقه|مرتزق|مرتزقا)$/;
/** Tribes and clans (folded). */
// (Not "تكفيريين": Hezbollah's word for any armed opponent.)
const JIHADISTS = /^(و|ب|ل|لل)?(ال)?(ارهابيين|ارهابيا|ارهابيون|ارهابيي|جهاديين|جهاديا)$/;
const TRIBES = /^(و|ب|ل|لل)?(ال)?(عشاير|عشيره|قبايل)$/;
const ATTACKERS = foldedSet(['المهاجمين', 'المهاجمون', 'مهاجمين', 'مهاجمون', 'المهاجمة']);
/** Verbs of killing or felling done by one side to the other ("قضت على", "أوقعت", "تحييد"). */
const KILLED_BY_SIDE = /^و?(قضت|قضوا|قضي|قضى|قتلت|قتلوا|اوقعت|اوقعوا|اردت|اردوا|تحييد|تصفيه)$/;
const OTHERS = foldedSet(['آخرون', 'آخرين', 'آخر', 'آخرا', 'آخران']);
const AMONG = table<true>([['بينهم', true], ['بينهن', true], ['منهم', true], ['منهن', true], ['من بينهم', true], ['بين القتلى', true], ['بين الضحايا', true], ['بين الشهداء', true], ['بين المصابين', true], ['بين الجرحى', true]]);
const VAGUE_QUANTITY = table<true>([['عدد من', true], ['عددا من', true], ['عدد آخر من', true], ['عددا آخر من', true], ['مجموعة من', true], ['بعض', true], ['العديد من', true], ['أعداد من', true], ['أعدادا من', true], ['أعداداً من', true]]);

const QUALIFIER_BEFORE = table<Qualifier>([
  ['أكثر من', 'more_than'], ['ما يزيد عن', 'more_than'], ['ما يزيد على', 'more_than'], ['يزيد عن', 'more_than'], ['يزيد على', 'more_than'],
  ['ما لا يقل عن', 'at_least'], ['لا يقل عن', 'at_least'], ['على الأقل', 'at_least'],
  ['نحو', 'about'], ['حوالي', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['ما يقارب', 'about'], ['ما يقرب من', 'about'], ['قرابه', 'about'],
  ['أقل من', 'up_to'], ['ما يصل إلى', 'up_to'], ['يصل إلى', 'up_to'], ['حتى', 'up_to'],
  // ("عدد الجرحى تجاوز الأربعين": a toll past its number.)
  ['تجاوز', 'more_than'], ['تجاوزت', 'more_than'], ['يتجاوز', 'more_than'], ['تتجاوز', 'more_than'], ['فاق', 'more_than'], ['فاقت', 'more_than'], ['يفوق', 'more_than'],
]);
const QUALIFIER_AFTER = table<Qualifier>([['على الأقل', 'at_least'], ['أو أكثر', 'at_least'], ['تقريبا', 'about']]);
// ("الحصيلة الأولى تشير إلى أربعة عشر شهيداً": the first toll, which a later one replaced.)
const PRELIMINARY = table<true>([
  ['حصيلة أولية', true], ['حصيلة غير نهائية', true], ['حصيلة مبدئية', true], ['بشكل أولي', true], ['إحصائية أولية', true],
  ['الحصيلة الأولى', true], ['حصيلة أولى', true], ['تقرير أولي', true],
  // ("في حصيلة وصفتها بـ"غير النهائية"": a toll called not final.)
  ['غير النهائية', true], ['غير نهائية', true],
]);
// ("أفاد المرصد في البداية بمقتل ١٤، ثم قال إن الحصيلة ارتفعت": the figure a later one replaced, up to
// the word that brings the later one.)
const INITIALLY = table<true>([['في البداية', true], ['في بادئ الأمر', true], ['بادئ الأمر', true]]);
const LATER = /^و?(ثم|لاحقا|لكن|لكنه|لكنها|قبل|بعد|عاد)$/;
const STILL = /^(يزال|تزال|يزالون|زال|زالت|زالوا)$/;
/** The words between a negation and the casualties it denies news of: "من دون ورود معلومات عن وقوع إصابات", "دون أن يتمكن من تأكيد وقوع ضحايا". */
const NEWS_OF = /^(ورود|ترد|يرد|وردت|معلومات|انباء|تقارير|عن|من|ان|اي|ايه|يتمكن|تتمكن|يستطع|تستطع|تاكيد|التاكيد|التحقق|تحقق|وقوع|سقوط|تسجيل|بعد)$/;
const NEGATION = foldedSet(['لم', 'لا', 'دون', 'بدون', 'عدم', 'ليس', 'لن']);
// (Not "حمّل المرصد الفصائل مسؤولية مقتل 5 مدنيين": blame is no charge before a court.)
const CHARGED = /^(تورط|ضلوع|ادانه|ادانته|اتهام|اتهامه|بتهمه|تهمه)(ه|ها|هم|هما)?$/;
const SENTENCE = /^(حكم|حكما|الحكم|احكام|احكاما|بحكم|يقضي|قضت|قضي)$/;
function chargedOrSentenced(tokens: Token[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 5), i);
  if (before.some((t) => CHARGED.test(t.norm)) && before.some((t) => /^(ب|في)?(مقتل|قتل)$/.test(t.norm))) return true;
  // (Not "نفذ التنظيم حكم الإعدام بحق ثلاثة شبان": a sentence carried out is a toll.)
  for (let k = Math.max(1, i - 5); k < i; k++) if (/^(ب|و)?(ال)?اعدام$/.test(tokens[k].norm) && SENTENCE.test(tokens[k - 1].norm) && !tokens.slice(Math.max(0, k - 5), k - 1).some((t) => /^و?(نفذ|نفذت|نفذوا|تنفيذ|بتنفيذ)$/.test(t.norm))) return true;
  return false;
}
/**
 * "بلا" is "without" and denies only the noun it governs: "أطباء بلا حدود إن ١٤ شخصاً قضوا" reports
 * deaths (Doctors Without Borders), "بلا إصابات" none.
 */
const withoutOther = (tokens: Token[], i: number, d: number): boolean =>
  tokens[i - d].norm === 'بلا' && d > 1 && !tokens.slice(i - d + 1, i).every((t) => NEWS_OF.test(t.norm));
const CLAUSE_BREAKS = foldedSet(['كما', 'فيما', 'بينما', 'وكما', 'وفيما']);
/** "، مشيراً إلى أن…", "، مضيفاً أن…": a participle of saying after a comma opens another statement. */
const SAYING_PARTICIPLES = /^(مشيرا|مضيفا|موضحا|لافتا|موكدا|منوها|مبينا|معتبرا)$/;

const ATTACKER_MARKERS = foldedSet([
  'هجوم', 'هجوما', 'قصف', 'غارة', 'غارات', 'نفذه', 'نفذها', 'نفذتها', 'شنه', 'شنها', 'شنتها', 'قبل', 'مفخخة', 'استهداف',
  'انتحاريون', 'انتحاري', 'طيران', 'صواريخ', 'كمين', 'كمائن', 'نصبها', 'برصاص', 'رصاص', 'قناص', 'تمكن', 'تمكنه', 'إعلان',
]);
const AFFILIATION_MARKERS = foldedSet(['التابعة', 'التابع', 'المقربة', 'المقرب', 'الموالية', 'الموالي', 'المعارض', 'التابعين']);

const EVENT_KINDS = foldedMap<string>([
  ['قصف', 'shelling'], ['القصف', 'shelling'], ['غارة', 'airstrike'], ['غارات', 'airstrike'], ['الغارات', 'airstrike'],
  ['تفجير', 'bombing'], ['انفجار', 'bombing'], ['مفخخة', 'bombing'], ['ناسفة', 'bombing'], ['انتحاري', 'bombing'], ['انتحاريون', 'bombing'],
  ['هجوم', 'attack'], ['الهجوم', 'attack'], ['كمين', 'ambush'], ['كمائن', 'ambush'], ['اشتباكات', 'clashes'], ['معارك', 'clashes'],
  ['إعدام', 'execution'], ['اغتيال', 'assassination'], ['رصاص', 'shooting'], ['قنص', 'shooting'],
]);

const SAYING = foldedSet([
  'قال', 'قالت', 'يقول', 'تقول', 'أفاد', 'أفادت', 'يفيد', 'تفيد', 'ذكر', 'ذكرت', 'يذكر', 'تذكر', 'أكد', 'أكدت', 'يؤكد', 'تؤكد',
  'تحدث', 'تحدثت', 'أعلن', 'أعلنت', 'يعلن', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'أضاف', 'أضافت', 'نقل', 'نقلت', 'وثق', 'وثقت', 'صحح', 'صححت', 'عدل', 'عدلت',
  'رصد', 'رصدت', 'كشف', 'كشفت', 'صرح', 'صرحت', 'أبلغ', 'أبلغت', 'بينت', 'نشر', 'نشرت', 'إعلان', 'أعلنته', 'تحدثت',
  'أحصى', 'أحصت', 'سجل', 'سجلت', 'نعى', 'نعت', 'قالوا', 'أفادوا', 'ذكروا', 'أكدوا', 'أورد', 'أوردت',
  // ("قدّرت اللجان عدد القتلى بنحو مئة": an estimate is said by whoever makes it.)
  'قدر', 'قدرت',
]);
const ACCORDING_TO = table<true>([
  ['بحسب ما أفاد به', true], ['بحسب ما أفادت به', true], ['بحسب ما ذكر', true], ['بحسب ما ذكرت', true], ['بحسب ما ذكره', true],
  ['بحسب ما ذكرته', true], ['بحسب', true], ['حسب', true], ['حسبما أفاد', true], ['حسبما أفادت', true], ['حسبما ذكر', true], ['حسبما ذكرت', true],
  ['وفق ما ذكرته', true], ['وفق ما ذكره', true], ['وفق ما أفاد', true], ['وفق ما أفادت', true], ['وفق', true], ['وفقا ل', true], ['وفقا لـ', true], ['وفقا', true],
  ['نقلا عن', true], ['طبقا ل', true], ['استنادا إلى', true], ['بحسب ما أعلن', true], ['بحسب ما أعلنت', true],
]);
/**
 * "وفق ما نعته صفحات…", "بحسب ما أوردته وكالة…", "حسبما نشرت…": "as X said it", with any verb of
 * saying and its object pronoun (and "به"); returns where the speaker's name begins.
 */
function saidAsAt(tokens: Token[], i: number): number | undefined {
  const opener = tokens[i] ? forms(tokens[i]) : [];
  const k = opener.includes('حسبما')
    ? i + 1
    : opener.some((f) => /^(بحسب|حسب|وفق|وفقا|طبقا)$/.test(f)) && /^(ما|لما)$/.test(tokens[i + 1]?.norm ?? '')
      ? i + 2
      : tollGivenAt(tokens, i);
  const verb = k !== undefined ? tokens[k] : undefined;
  if (!verb || verb.kind !== 'word') return undefined;
  const bare = verb.norm.replace(/ت(ه|ها|هم)$/, 'ت').replace(/(ه|ها|هم)$/, '');
  if (!SAYING.has(verb.norm) && !SAYING.has(bare)) return undefined;
  return tokens[k! + 1]?.norm === 'به' ? k! + 2 : k! + 1;
}
/**
 * "في حصيلة غير نهائية أعلنها الدفاع المدني", "بحسب إحصائية نشرتها الشبكة", "الحصيلة التي وثقها
 * المرصد": a toll and the verb
 * of whoever gave it, its pronoun the toll; returns where that verb is.
 */
function tollGivenAt(tokens: Token[], i: number): number | undefined {
  if (!/^(ب|و)?(ال)?(حصيله|احصاييه)$/.test(tokens[i]?.norm ?? '')) return undefined;
  let k = i + 1;
  while (k < i + 4 && /^(ال)?(اوليه|غير|نهاييه|جديده|رسميه|محدثه|مبدييه)$/.test(tokens[k]?.norm ?? '')) k++;
  // ("ارتفعت الحصيلة التي وثقها المرصد إلى ٨٩": the definite toll, by a relative clause.)
  if (tokens[k]?.norm === 'التي' && tokens[i].norm.includes('ال')) k++;
  return /(ه|ها)$/.test(tokens[k]?.norm ?? '') ? k : undefined;
}
const ENDS_SOURCE = foldedSet([
  'عن', 'أن', 'إن', 'ان', 'بأن', 'بان', 'في', 'إلى', 'على', 'خلال', 'أمس', 'اليوم', 'ل', 'حتى',
  // What is said begins: "أكدت مديرية الصحة ارتفاع عدد الضحايا…"
  'ارتفاع', 'وقوع', 'سقوط', 'تمكنه', 'تمكنها', 'تسجيل', 'انتشال', 'توثيق', 'حدوث', 'وصول', 'تحييد',
  // ("رصد المرصد قيام قوات النظام باعتقال…": someone's doing, what was observed; "أعلنت الوزارة تشكيل لجنة".)
  'قيام', 'تشكيل', 'بدء',
  // Times and the reported speech: "أعلنت وزارة الدفاع التركية، مساء الخميس، …", "ذكر التجمع أنه…".
  'مساء', 'صباح', 'فجر', 'ظهر', 'ليل', 'ليلة', 'يوم', 'منذ', 'أنه', 'أنها', 'أنهم', 'بأنه',
  // ("الحصيلة التي أعلنها صباحاً": a time after the verb, its speaker named before.)
  'صباحا', 'ظهرا', 'ليلا', 'فجرا', 'عصرا',
  // A negated verb or a relative clause after the name: "بيان للمركز الإعلامي لقسد لم يحدد…", "المرصد الذي يتخذ…".
  'لم', 'لن', 'قد', 'الذي', 'التي', 'الذين',
  'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
]);
/** "قال مدير الصحة لوكالة سمارت…": whom the words were said to ends the speaker's name. */
const ADDRESSEE = /^ل(وكاله|موقع|قناه|صحيفه|شبكه|تلفزيون|جريده|اذاعه|مراسل|الجزيره|لجزيره)$|^للجزيره$/;

const SOURCE_ROLE = foldedMap<SourceKind | 'modifier'>([
  ['الناشط', 'activist'], ['ناشط', 'activist'], ['الناشطة', 'activist'], ['الصحفي', 'media'],
  ['المراسل', 'reporter'], ['مراسل', 'reporter'], ['الطبيب', 'medical'], ['المسعف', 'medical'], ['القيادي', 'armed_group'],
  ['المتحدث', 'modifier'], ['الرسمي', 'modifier'], ['باسم', 'modifier'], ['عضو', 'modifier'], ['مدير', 'modifier'], ['رئيس', 'modifier'],
  ['إحصائية', 'modifier'], ['تقرير', 'modifier'], ['بيان', 'modifier'], ['المعارض', 'modifier'], ['المعارضة', 'modifier'], ['الموالي', 'modifier'], ['الموالية', 'modifier'], ['الإرهابي', 'modifier'],
  ['كل', 'modifier'], ['كلا', 'modifier'], ['من', 'modifier'], ['التابعة', 'modifier'], ['التابع', 'modifier'], ['المنضوي', 'modifier'], ['المنضوية', 'modifier'], ['المقرب', 'modifier'], ['المقربة', 'modifier'],
]);

/** Kinds of source by the words of their name; the first rule that matches decides. */
const SOURCE_KIND_RULES: Array<[RegExp, SourceKind]> = [
  [/لحقوق|المرصد|منظمه|الامم المتحده|مفوضيه|يونيسف|العفو الدوليه|اطباء بلا حدود|هيومن رايتس/, 'ngo'],
  [/الدفاع المدني|الخوذ البيضاء/, 'civil_defense'],
  [/طبي|طبيه|مشفي|مستشفي|طبيب|الصحه|الهلال الاحمر|مسعف/, 'medical'],
  [/مصادر محليه|مصدر محلي|مصادر اهليه|اهالي|سكان|شهود|مصادر ميدانيه|مصادر خاصه/, 'local_sources'],
  [/عسكري|عسكريه|وزاره الدفاع|الجيش|القياده العامه|قاعده حميميم/, 'military'],
  [/ناشط|تنسيقيه|تنسيقيات/, 'activist'],
  [/فيلق|جيش|هيئه|حركه|لواء|كتائب|فصائل|فصيل|تنظيم|قسد|وحدات|غرفه عمليات|حزب/, 'armed_group'],
  [/وزاره|محافظ|الحكومه|مسؤول|رسمي|رسميه|الداخليه|مديريه/, 'government'],
  [/مراسل/, 'reporter'],
];
const GENERIC_SOURCE = /^(مصادر|مصدر|ناشطون|ناشطين|نشطاء|اهالي|سكان|شهود|مسؤولون|مسعفون)( |$)/;
const SAME = foldedSet(['ذاتها', 'ذاته', 'نفسها', 'نفسه', 'ذاتهم', 'نفسهم']);
const ANAPHORIC_HEADS = foldedSet(['المراسل', 'المتطوع', 'الطبيب', 'المسؤول', 'القائد', 'الشبكة', 'الوكالة', 'المرصد', 'المركز', 'القناة', 'الموقع', 'المصدر', 'المصادر', 'الناشط', 'الفصيل', 'الصحيفة', 'المنظمة', 'الهيئة', 'الفيلق', 'التنسيقية', 'الدفاع', 'التقرير', 'البيان', 'الحملة', 'اللجنة', 'الرابطة']);

const SETTLEMENT = foldedSet(['محور', 'جبهة', 'قرية', 'قريتي', 'بلدة', 'بلدتي', 'مدينة', 'مدينتي', 'حي', 'حيي', 'مخيم', 'مخيمي', 'ناحية', 'منطقة', 'منطقتي', 'قرى', 'بلدات', 'مدن', 'قرية', 'أحياء', 'مزرعة', 'تجمع']);
const DESERT_OF = foldedSet(['بادية', 'باديتي']);
const LOCATIVE = foldedSet(['في', 'محيط', 'أطراف', 'قرب', 'داخل', 'جنوب', 'شمال', 'شرق', 'غرب', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'على', 'طريق', 'بمحيط', 'أطراف']);
const ADMIN = foldedSet(['ريف', 'محافظة', 'بريف']);

const RELATIVE_DAYS = table<number>([['أول أمس', -2], ['أمس الأول', -2], ['أمس', -1], ['البارحة', -1], ['الليلة الماضية', -1], ['اليوم', 0], ['فجر اليوم', 0], ['صباح اليوم', 0], ['مساء اليوم', 0], ['ليلة أمس', -1], ['مساء أمس', -1], ['صباح أمس', -1]]);
const WEEKDAYS = table<number>([['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6]]);
const MONTHS = table<number>([
  ['كانون الثاني', 1], ['يناير', 1], ['شباط', 2], ['فبراير', 2], ['آذار', 3], ['مارس', 3], ['نيسان', 4], ['أبريل', 4], ['ابريل', 4],
  ['أيار', 5], ['مايو', 5], ['حزيران', 6], ['يونيو', 6], ['تموز', 7], ['يوليو', 7], ['آب', 8], ['أغسطس', 8], ['اغسطس', 8],
  ['أيلول', 9], ['سبتمبر', 9], ['تشرين الأول', 10], ['أكتوبر', 10], ['اكتوبر', 10], ['تشرين الثاني', 11], ['نوفمبر', 11],
  ['كانون الأول', 12], ['ديسمبر', 12],
]);

const ACTOR_TABLE = table<string>(ACTORS.flatMap(([key, names]) => names.filter((n) => /[\u0600-\u06ff]/.test(n)).map((n) => [n, key] as const)));

const DEFINITE = /^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/;

function wordIn(set: ReadonlySet<string>, t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && forms(t).some((f) => set.has(f));
}

/**
 * Every outcome word above, folded, anywhere in a word (proclitics go before, suffixes after),
 * as a trie-shaped pattern: a sentence with none of them reports no casualty.
 */
/** People under the rubble are missing: a sentence about the rubble may count them; so may remains ("رفات"). */
const RELEVANT = [...OUTCOMES.keys(), ...['ركام', 'أنقاض', 'رفات'].map(fold)];
export const CASUALTY_STEMS = new RegExp(triePattern(RELEVANT));
/**
 * The same stems matched on the text as written, each letter standing for all the letters that
 * fold to it and short vowels allowed after it: one scan, no folded copy of every sentence.
 */
export const CASUALTY_STEMS_AS_WRITTEN = new RegExp(triePattern(RELEVANT, asWritten));

/** A regular expression source matching any of the words, sharing their prefixes (fast to scan). */
function asWritten(ch: string): string {
  const variants: Record<string, string> = { ا: 'اأإآٱ', ي: 'يىئی', ه: 'هة', و: 'وؤ', ك: 'كک' };
  return `${variants[ch] ? `[${variants[ch]}]` : ch}[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*`;
}

function triePattern(words: string[], letter: (ch: string) => string = (ch) => ch): string {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch) as Node;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    if (node.end) return ''; // the shortest word is enough: a longer one contains it
    const branches = [...node.entries()].map(([ch, child]) => letter(ch) + emit(child));
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/** "عناصر التنظيم", "الميليشيات ذاتها": the side named before. */
const SIDE_ANAPHORS = foldedMap<readonly string[]>([
  ['التنظيم', ['isis', 'hts']], ['الهيئة', ['hts']], ['الحزب', ['hezbollah']], ['الميليشيات', ['iranian_militias', 'hezbollah']], ['الميليشيا', ['iranian_militias', 'hezbollah']],
  ['المليشيات', ['iranian_militias', 'hezbollah']], ['الفصيل', ['isis', 'hts', 'sdf', 'sna', 'fsa', 'jaysh_al_islam', 'faylaq_al_rahman', 'hezbollah', 'iranian_militias', 'opposition_factions']], ['المجموعة', ['isis', 'hts', 'sdf', 'sna', 'fsa', 'jaysh_al_islam', 'faylaq_al_rahman', 'hezbollah', 'iranian_militias', 'opposition_factions']],
]);

const NATIONALITY = foldedMap<string>([
  ['أتراك', 'turkish_forces'], ['الأتراك', 'turkish_forces'], ['تركي', 'turkish_forces'], ['تركيين', 'turkish_forces'],
  // (After its noun only: "جندياً تركياً", whose accusative is written as the country's name.)
  ['تركيا', 'turkish_forces'], ['روسيا', 'russian_forces'], ['إيرانيا', 'iranian_militias'], ['أمريكيا', 'us_led_coalition'],
  ['روس', 'russian_forces'], ['الروس', 'russian_forces'], ['روسي', 'russian_forces'], ['روسيين', 'russian_forces'],
  ['إيرانيين', 'iranian_militias'], ['إيرانيون', 'iranian_militias'], ['إيراني', 'iranian_militias'],
  ['أمريكيين', 'us_led_coalition'], ['أميركيين', 'us_led_coalition'], ['أمريكي', 'us_led_coalition'],
]);
const TOLL_HEADS = foldedSet(['عدد', 'حصيلة']);
/** Duals of the nouns that count casualties: "سقط قتيلان" is two dead. */
const DUAL_COUNT = foldedMap<OutcomeWord['outcome']>([
  ['قتيلان', 'killed'], ['قتيلين', 'killed'], ['شهيدان', 'killed'], ['شهيدين', 'killed'], ['جثتين', 'killed'], ['جثتان', 'killed'],
  ['جثتي', 'killed'], ['جريحان', 'injured'], ['جريحين', 'injured'], ['مصابان', 'injured'], ['مفقودان', 'missing'], ['أسيران', 'captured'], ['أسيرين', 'captured'],
]);

/** Counting over months or years (folded words): statistics and history, not one incident. */
// ("في أعلى حصيلة لضربات إسرائيلية على سوريا منذ سنوات": the elative without its article too.)
// ("الأعنف خلال عامين": within two years, the same.)
const SUPERLATIVE_SINCE = /(^| )(ال)?(اعنف|اشد|اكثر( \S+)? دمويه|اسوا|اعلي|اكبر|ابرز|ادمي|احدث|اخر|اول من نوعه)( \S+){0,6}? (منذ|خلال (ال)?(عامين|سنتين))[^،,;]*/g;
/** "منذ أحداث تموز", "منذ معارك آذار الماضي": since the events of a month (folded words). */
const SINCE_EVENTS_OF_MONTH = /(^| )و?منذ (احداث|معارك|اشتباكات|مواجهات|هجوم|حمله)( \S+)? (كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)( |$)/;
/** "طالب معتقل لدى المخابرات منذ آذار": how long a state has lasted counts no casualties (folded words). */
const STATE_SINCE = /(معتقل|المعتقل|معتقلا|محتجز|المحتجز|مختطف|المختطف|مسجون|المسجون|مفقود|المفقود|محاصره|المحاصره|يسيطر|تسيطر|نازح|النازحين|يعيش|تعيش)( \S+){0,5}? منذ \S+/g;
/**
 * "، التي تدعم المشفى منذ عام ٢٠١٢،", "، كانا قد انضما إليه بعد اتفاق التسوية عام ٢٠١٨،": a relative or
 * pluperfect clause between commas dates what it describes, not a toll (folded words).
 */
const RELATIVE_SINCE = /، (التي|الذي|الذين|(كان|كانا|كانوا|كانت) قد)( [^،]*)? (منذ|عام \d{4})[^،]*(?=،)/g;
/**
 * "على جثة شاب …، كان قد اختُطف قبل أسبوع": when the dead had been taken, told of him, dates his
 * abduction, not the finding (folded words).
 */
// ("رفات … يُرجّح أنهم من أبناء العشيرة الذين فُقدوا خلال الأسبوعين الماضيين": the same, in a relative clause.)
const ACCIDENT_STEM = /ح[\u064B-\u065F]*و?[\u064B-\u065F]*ا[\u064B-\u065F]*د/;
/** Causes of war in a sentence (folded): shelling, strikes, shots, mines, clashes, attacks. */
const WAR_CAUSE = /(^|\s)[وب]?(قصف|غاره|غارات|صاروخ|صواريخ|قذيفه|قذايف|رصاص|انفجار|لغم|اشتباكات|هجوم|تفجير|مسيره|برميل|براميل)($|[\s،.])/;
const TAKEN_BEFORE = /(، (كان|كانت|كانوا|كانا) قد|(^| )(الذين|الذي|التي|اللذين)) (اختطف|اختطفت|اختطفوا|خطف|خطفت|خطفوا|اعتقل|اعتقلت|اعتقلوا|اختفي|اختفت|اختفوا|فقد|فقدت|فقدوا|اسر|اسرت|اسروا)( \S+){0,4}? (قبل|منذ|خلال) \S+( \S+)?/g;
/**
 * "اتفاق التسوية الذي جرى توقيعه في نيسان الماضي": a relative clause that dates an agreement, a decree
 * or a truce by a month dates no toll (folded words).
 */
const RELATIVE_MONTH = /(^| )(اتفاق|الاتفاق|اتفاقيه|الاتفاقيه|التسويه|تسويه|هدنه|الهدنه|قرار|القرار|مرسوم|المرسوم|العفو|عفو|قانون|القانون|اعلان|الاعلان)( \S+){0,2} (الذي|التي)( \S+){1,4} (في |خلال )?(كانون( الاول| الثاني)?|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين( الاول| الثاني)?|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)( الماضي)?(?= |$)/g;
/** "عائلة … نزحت إلى الحي قبل أشهر": when people moved, not when anyone was counted (folded words). */
const MOVED_AGO = /(^| )و?(نزح|نزحت|نزحوا|انتقل|انتقلت|انتقلوا|لجا|لجات|لجاوا|هرب|هربت|هربوا|فر|فرت|فروا|عاد|عادت|عادوا)( \S+){0,6}? (قبل|منذ) (اشهر|سنوات|اعوام|عامين|عام|سنه|سنتين|شهر|شهرين)( |$)/g;
/** "منذ بدء العملية العسكرية التركية يوم الأربعاء الماضي": a wave of days, not a campaign (folded words). */
// (Not "منذ بداية العام وحتى يوم الخميس": a year's count, to a day.)
// (Past at most twelve words that tell what began, not a month, nor who said it: "… مطلع أيار وفق ما أفاد المرصد أمس" is a campaign's.)
const WAVE_SINCE = /(^| )و?منذ (بدء|بدايه|انطلاق|اندلاع)( (?!(و?حتي|العام|الشهر|السنه|الحرب|الثوره|النزاع|الازمه|مطلع|اوايل|اواخر|منتصف|وفق|بحسب|حسب|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)( |$))\S+){1,12}? ((صباح|مساء|ظهر|فجر|ليل|ليله) )?(يوم )?(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|امس)( |$)/g;
/** The same, for a test (the global one keeps its place between matches). */
const WAVE_SINCE_ONCE = new RegExp(WAVE_SINCE.source);
const LONG_PERIOD = new RegExp(
  [
    '(^| )و?منذ (مطلع|بدايه|بدء|اندلاع|انطلاق|عام|العام|سنوات|اعوام|\\d{4}|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)( |$)',
    '(^| )و?خلال (شهر|الشهر|العام|عام|العامين|عامين|السنتين|سنتين|الاشهر|الشهور|السنوات|السنه|سنه|الاعوام|الاسابيع|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)( |$)',
    '(^| )(الشهري|السنوي|الذكري|ذكري)( |$)',
    // Over years, on average: "على مدى عشر سنوات", "في المتوسط" (years since a massacre: anniversaryIn).
    '(^| )(علي مدي|علي مدار|طوال)( \\S+)? (سنوات|اعوام|سنه|عام|العام|الحرب|النزاع|الاشهر|اشهر|شهرا|السنوات|الاعوام)( |$)',
    '(^| )في المتوسط( |$)',
    // Since a time told before, and between two months: "قُتل أكثر من 200 شخص منذ ذلك الحين", "بين أواخر
    // نيسان ونهاية آب" (counts over months).
    '(^| )منذ ذلك (الحين|الوقت|التاريخ)( |$)',
    // Since a day named by its date, a few words on: "منذ بدء الهجوم في 16 أيلول".
    '(^| )و?منذ (بدء|بدايه|انطلاق|اندلاع)( \\S+){1,6}? (في )?\\d{1,2} (كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)( |$)',
    '(^| )بين (اواخر |اوايل |مطلع |منتصف |بدايه |نهايه )?(شهر )?(كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)( \\S+)? و',
    // A campaign's count to date: "خسر الجيش التركي 42 جندياً في العملية حتى الآن".
    '(^| )(العمليه|الحمله|الحرب)( \\S+){0,2} حتي الان( |$)',
    // Told as last week's news: "وفي الأسبوع الماضي، قُتل ستة من السكان…".
    '^و?(في )?الاسبوع الماضي( |$)',
    // A court's case: "ووفق لائحة الاتهام، يُشتبه بأن المتهم شارك في قتل ثلاثة معتقلين" (what is tried, not news of the day).
    // (Not "إدانة", condemnation, which folds the same as conviction, nor "المتهم بـ", the accused of a strike.)
    '(^| )(لايحه الاتهام|ادين)( |$)',
    // Issues still open between parties: "ملفات عالقة بينها مصير مئات المفقودين" (a standing issue, no toll).
    '(^| )(ملفات|الملفات|قضايا|القضايا) (عالقه|العالقه)( |$)',
    // Weeks of fighting: "خلال أسبوعين", "على مدى ثلاثة أسابيع" (a campaign's count, not one day's).
    '(^| )(خلال|علي مدي|علي مدار|في غضون) (\\S+ )?(اسبوعين|الاسبوعين|اسابيع)( |$)',
    '(^| )(في|خلال) ((عام|العام) )?\\d{4}( |$)',
    // "حصيلة شهر آب", "حصيلة العام": a month's or a year's toll.
    '(^| )حصيله (شهر|الشهر|عام|العام|سنه|الاسبوع)( |$)',
    // Told as history: "قبل عامين", "بعد أشهر".
    '(^| )(قبل|بعد) (اشهر|سنوات|اعوام|عامين|عام|سنه|سنتين|اسابيع|اسبوع|اسبوعين|شهر|شهرين)( |$)',
    // "وكان طفلان قد أصيبا … الأسبوع الماضي": what had happened the week before, told as background.
    '(^| )و?(كان|كانت|كانا|كانتا|كانوا)( \\S+){1,4} قد (اصيب|قتل|استشهد|جرح|اختطف|اعتقل|فقد|نعي|نعت|نعوا)\\S*( \\S+){0,8} (الاسبوع|الشهر) الماضي( |$)',
    // The war's own toll: "النزاع الذي دخل عامه الحادي عشر أسفر عن مقتل…".
    '(^| )(الحرب|النزاع|الصراع|حرب|نزاع|صراع)( \\S+){0,6} (اسفر|اسفرت|خلف|خلفت|حصد|حصدت|اودي|اودت)( |$)',
    // A month gone by: "في الخامس والعشرين من تموز الماضي".
    '(^| )(كانون( الاول| الثاني)?|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين( الاول| الثاني)?|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر) الماضي( |$)',
    // Or a part of one: "أواخر الشهر الماضي", "مطلع الشهر الماضي".
    '(^| )(اواخر|اوايل|اوائل|مطلع|منتصف|بدايه|نهايه) (الشهر|العام) الماضي( |$)',
    // (This month's or year's start too; not its end, which may lie ahead: "قبل انتهاء الهدنة نهاية الشهر الجاري".)
    '(^| )(اوايل|اوائل|مطلع|بدايه) (الشهر|العام) (الجاري|الحالي)( |$)',
    // A season or a year gone by.
    '(^| )(الموسم|العام|الصيف|الشتاء|الربيع|الخريف) الماضي( |$)',
    // Deaths that are no casualties of the war: epidemics, earthquakes.
    '(^| )(الكوليرا|كورونا|كوفيد|الزلزال|زلزال)( |$)',
    // What was told back then: "بحسب تقرير لجنة التحقيق آنذاك" (not "حينها", which may be the same day's,
    // nor "في حينه", which may be "in due course").
    '(^| )انذاك( |$)',
  ].join('|'),
);

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”']);
/** Generic heads that name a side only alone. */
const BARE_HEAD = /^(و|ب|ل)?(ال)?(جيش|شرطه|امن|وحدات)$/;
/** Adjectives that make such a head another's or a branch (folded): nationalities, arms, services. */
const HEAD_ADJECTIVE =
  /^(اللبناني|الاردني|العراقي|التركي|الروسي|الاسرايلي|الامريكي|الاميركي|الايراني|الاسرائيلي|العسكري|العسكريه|الجوي|الجويه|البحري|الوطني|الحر|الداخلي|الداخليه|العام|السياسي|السياسيه|الجنائي|الجنائيه|السكنيه|الخاصه|الكرديه|الاداريه|الطبيه)$/;
/** An actor's name in quotes, whole or in part: تنظيم "الدولة الإسلامية", "الجيش الوطني". */
function quotedActorAt(tokens: Token[], i: number): PhraseMatch<string> | undefined {
  if (!tokens[i] || QUOTE_MARKS.has(tokens[i].norm)) return undefined;
  const at: number[] = [];
  let skipped = false;
  for (let k = i; k < tokens.length && at.length < 6; k++) {
    if (QUOTE_MARKS.has(tokens[k].norm)) skipped = true;
    else at.push(k);
  }
  if (!skipped) return undefined; // no quote in the way: matchAt has answered already
  const m = ACTOR_TABLE.matchAt(at.map((k) => tokens[k]), 0, forms);
  if (!m) return undefined;
  let end = at[m.end - 1] + 1;
  if (tokens[end] && QUOTE_MARKS.has(tokens[end].norm)) end += 1;
  return { value: m.value, start: i, end };
}

/** A number, which may carry a proclitic: "بخمسة", "وثلاثة". */
function arabicNumberWithProclitic(tokens: Token[], i: number): NumberPhrase | undefined {
  const direct = arabicNumberAt(tokens, i);
  if (direct || tokens[i]?.kind !== 'word') return direct;
  const written = tokenForms(tokens[i]);
  for (let f = 1; f < written.length; f++) {
    const peeled = arabicNumberAt(tokens, i, written[f]);
    if (peeled) return peeled;
  }
  return undefined;
}

export const arabic: Lexicon = {
  language: 'ar',
  nationality: (t) => (t && t.kind === 'word' ? NATIONALITY.get(t.norm) : undefined),
  // Definite forms ("القتيلين") refer back to casualties already counted.
  dualCount: (t) => (t && t.kind === 'word' && !DEFINITE.test(t.norm) ? forms(t).map((f) => DUAL_COUNT.get(f)).find(Boolean) : undefined),
  tollBefore: (tokens, from, clause) => {
    // ("ارتفعت حصيلة ضحايا القصف الجوي الروسي وقصف قوات النظام على ريف إدلب اليوم الإثنين إلى 16":
    // a risen toll may name its cause, place and day before its number.)
    const reach = /^(الي|بلغت|بلغ)$/.test(tokens[from - 1]?.norm ?? '') ? 30 : 12;
    for (let k = from - 1; k >= 0 && k >= from - reach && clause[k] === clause[from]; k--) {
      const oc = arabic.outcome(tokens[k]);
      // ("ارتفاع عدد الذين قتلوا … إلى 162 مدنياً": the toll of those who were killed.)
      const whoWere = /^(الذين|اللواتي|اللاتي|اللذين)$/.test(tokens[k - 1]?.norm ?? '') && wordIn(TOLL_HEADS, tokens[k - 2]);
      if (oc && (wordIn(TOLL_HEADS, tokens[k - 1]) || whoWere || tokens[k].norm.endsWith('حصيله'))) return oc.outcome;
    }
    return undefined;
  },
  mayReportCasualties: (text) => CASUALTY_STEMS_AS_WRITTEN.test(text),
  // "الهجوم الأعنف منذ بدء الحرب" compares; it counts over no period.
  waveIn: (clause) => WAVE_SINCE_ONCE.test(clause),
  longPeriod: (clause) => {
    const text = arabic.withoutComparisons(clause);
    return LONG_PERIOD.test(text) || (text.includes('منذ') && SINCE_EVENTS_OF_MONTH.test(text));
  },
  withoutComparisons: (clause) =>
    clause
      .replace(SUPERLATIVE_SINCE, ' ')
      .replace(STATE_SINCE, ' ')
      .replace(MOVED_AGO, ' ')
      .replace(WAVE_SINCE, ' ')
      .replace(RELATIVE_SINCE, (relative) => (CASUALTY_STEMS.test(relative) ? relative : ' '))
      .replace(RELATIVE_MONTH, (relative) => (CASUALTY_STEMS.test(relative) ? relative : ' '))
      // (A count over a year told in it stays: "الذين اعتقلوا خلال عام 2023".)
      .replace(TAKEN_BEFORE, (taken) => (/\d{4}|(^| )(عام|العام|الماضي|سنوات|اعوام)( |$)/.test(taken) ? taken : ' ')),
  numberAt: (tokens, i) => rangeAt(tokens, i, arabicNumberWithProclitic, 'ar') ?? arabicNumberWithProclitic(tokens, i),
  outcome: (t) => {
    if (!t || t.kind !== 'word') return undefined;
    for (const form of forms(t)) {
      const hit = OUTCOMES.get(form);
      // "المفقودين", "الجرحى": definite count nouns refer back to casualties already reported.
      if (hit) return DEFINITE.test(t.norm) && hit.bareClaim ? { ...hit, bareClaim: false } : hit;
    }
    return undefined;
  },
  victim: (t) => {
    if (!t || t.kind !== 'word') return undefined;
    for (const form of forms(t)) {
      const hit = VICTIMS.get(form);
      if (hit) return hit;
    }
    // ("ثلاثة وعشرين متظاهراً": a singular noun in the accusative, its tanween written with alif.)
    for (const form of forms(t)) {
      const hit = form.length > 3 && form.endsWith('ا') ? VICTIMS.get(form.slice(0, -1)) : undefined;
      if (hit?.number === 'sg') return hit;
    }
    // "من مقاتليها", "عناصرهم", "ستة من جنوده": a plural noun with a possessive pronoun ("ه" only
    // after a plural: folded, a singular's ta marbuta reads the same).
    for (const form of forms(t)) {
      const bare = form.replace(/(هما|ها|هم|هن|نا|ه)$/, '');
      // ("أعضائها", "أبنائه": the hamza takes its seat before the pronoun.)
      const hit = bare !== form ? VICTIMS.get(bare) ?? VICTIMS.get(`${bare}ن`) ?? VICTIMS.get(bare.replace(/اي$/, 'اء')) : undefined;
      if (hit?.number === 'pl') return hit;
    }
    // "عاملان", "ممرضتان": the nominative dual of a noun the table has only in the singular ("-ين"
    // is left alone: it is a sound plural as often, "العاملين في المجال الإنساني").
    for (const form of forms(t)) {
      const stem = /..ان$/.test(form) ? form.slice(0, -2) : undefined;
      const hit = stem ? (VICTIMS.get(stem) ?? VICTIMS.get(stem.replace(/ت$/, 'ة'))) : undefined;
      if (hit?.number === 'sg') return { ...hit, number: 'dual' };
    }
    return undefined;
  },
  isOf: (t) => wordIn(OF, t),
  isAnd: (t) => (t && t.kind === 'word' && t.norm.startsWith('و') && t.norm.length > 2 ? t.norm.slice(1) : undefined),
  isOthers: (t) => wordIn(OTHERS, t),
  namesNoSide: (t) => t.kind === 'word' && UNNAMED_FIGHTERS.test(t.norm),
  namesJihadists: (t) => t.kind === 'word' && JIHADISTS.test(t.norm),
  sportIn: (sentence) =>
    /(^|\s)[وبل]?(المنتخب|المباراة|مباراة|الملعب|لاعب|لاعبا|لاعبان|لاعبين|اللاعب|اللاعبين|كرة القدم|الشوط|الدوري|التصفيات|المدرب)(\s|$|[،.])/.test(sentence) &&
    !/(قذيف|غار[ةه]|غارات|قصف|انفجار|رصاص|هجوم|تفجير|اشتباك|قناص|صاروخ)/.test(sentence),
  namesTribe: (t) => t.kind === 'word' && TRIBES.test(t.norm),
  // (The town's own name may be two words: "أقجة قلعة".)
  // ("وعلى الجانب التركي من الحدود، أعلنت ولاية هاتاي…": the other side of the border; but not where
  // a hospital there received the wounded of Syria, "نُقلوا عبر معبر".)
  foreignTownIn: (sentence) =>
    /(^|\s)[وفب]?(مدينة|بلدة|قرية|ولاية|مخيم|منطقة)\s+(?:\S+\s+){1,2}(التركية|اللبنانية|الأردنية|الاردنية|العراقية|الإسرائيلية|الاسرائيلية)(\s|$|[،.])/.test(sentence) ||
    // ("سقطت على قضاء قرقميش الحدودي", "ولاية غازي عنتاب": a qada' or a vilayet is another country's unit;
    // Syria's are مناطق and نواحٍ. Not "أثناء قضاء إجازته", nor IS's "ولاية الشام", "ولاية حلب".)
    /(^|\s)[وفب]?(على|في) قضاء\s+(?!ال)[^\s،.]+|(^|\s)ولاية\s+(?!ال|حلب|حمص|حماة|دمشق|درعا|إدلب|ادلب|الرقة|دير|حوران|الفرات|البركة|الخير)[^\s،.]+/.test(sentence) ||
    (/(^|\s)[وفب]?(على|في)? ?الجانب (التركي|اللبناني|الأردني|الاردني|العراقي) من الحدود/.test(sentence) && !/(استقبل|نقل|مستشفى|مشفى|مشافي|معبر)/.test(sentence.replace(/[\u064B-\u065F]/g, ''))),
  // (A word of its own: "ارتفاع", altitude, is none.)
  risenTollIn: (sentence) => /(^|\s)[وفل]?(ارتفع|ارتفعت|يرتفع|ترتفع|لترتفع)(\s|$)/.test(sentence),
  enemyAt: (tokens, i) => {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return false;
    if (wordIn(ATTACKERS, t)) return true;
    if (/^(ب|في)?صفوفهم$/.test(t.norm)) return true;
    return /^منهم$/.test(t.norm) && tokens.slice(Math.max(0, i - 6), i).some((b) => KILLED_BY_SIDE.test(b.norm));
  },
  sideAnaphor: (t) => (t.kind === 'word' ? forms(t).map((f) => SIDE_ANAPHORS.get(f)).find(Boolean) : undefined),
  // (Folded, so that vowels do not hide it; not in a sentence that names a cause of war too, "بقصف جوي".)
  roadAccidentIn: (sentence) => {
    // (A cheap look for "حاد"/"حواد", vowels or not, before folding the sentence: most have none.)
    if (!ACCIDENT_STEM.test(sentence)) return false;
    const folded = fold(sentence);
    return /(^|\s)[وب]?(حادث|حوادث) (ال)?(سير|مرور|مروري|مروريه)($|[\s،.])/.test(folded) && !WAR_CAUSE.test(folded);
  },
  warAgeIn: (sentence) => /(الحرب|النزاع|الصراع|الثورة|الأزمة)\s+(\S+\s+){0,3}(دخلت|دخل|تدخل|يدخل)\s+(عامها|عامه|سنتها|سنته)/.test(sentence),
  // ("تصادف اليوم الذكرى السابعة لمجزرة…": any ordinal.)
  // ("يستذكر السوريون … مرور أربعين عاماً على مجزرة حماة": so does a span of years since it.)
  // (Not "بعد مرور عام على سقوط النظام، قُتل…": the years since an event of killing only.)
  anniversaryIn: (sentence) =>
    /(الذكرى|ذكرى)\s+(السنوية|ال\S+[ةى](\s|$)|\S+\s+(ل|على))|مرور\s+(\S+\s+)?(عام|أعوام|سنة|سنوات)(?:ا|\u064b|\u064c)*\s+على\s+(مجزرة|مذبحة|الهجوم|هجوم|القصف|قصف|المجزرة|مقتل|اغتيال|الهجوم الكيماوي|تفجير)/.test(sentence),
  soldierWord: (t) => wordIn(SOLDIERS, t),
  refersToToll: (sentence) => /(^|[\s،])و?(تتوزع|توزعت|توزع|يتوزع)|(^|\s)(ال|و|وال)حصيلة|(توثيقات|إحصائيات|احصائيات|إحصاءات|التقرير)/.test(sentence),
  samePeriodIn: (sentence) => /(خلال|في|طوال) (الفترة|المدة) (ذاتها|نفسها)/.test(sentence),
  nationwideIn: (clause) =>
    /(انحاء|مختلف|عموم|كافه) (سوريا|سوريه|البلاد|المناطق السوريه|المحافظات السوريه|الاراضي السوريه)|(مناطق|محافظات) (متفرقه|عده|مختلفه) (من|في) (سوريا|سوريه|البلاد)|(مختلف|عموم|كافه) المدن (السوريه|والبلدات السوريه)/.test(clause),
  amongEarlierAt: (tokens, i) => {
    // ("توزع الشهداء على النحو التالي: ٥٣ في دمشق، و٣٨ في حلب", "وتوزعت الحصيلة كالتالي:": the
    // toll told before, spread over places.)
    if (/^و?(توزع|توزعت)$/.test(tokens[i]?.norm ?? '') && tokens[i + 1]) {
      const noun = tokens[i + 1];
      const outcome = /^ال(حصيله|ضحايا)$/.test(noun.norm) ? 'killed' : forms(noun).map((f) => OUTCOMES.get(f)).find((o) => o?.roles.includes('countNoun'))?.outcome;
      if (!outcome) return undefined;
      let end = i + 2;
      if (tokens[end]?.norm === 'علي' && tokens[end + 1]?.norm === 'النحو' && tokens[end + 2]?.norm === 'التالي') end += 3;
      else if (/^(كالتالي|كما)$/.test(tokens[end]?.norm ?? '')) end += tokens[end].norm === 'كما' ? 2 : 1;
      if (tokens[end]?.norm === ':') end++;
      return { outcome, end };
    }
    const k = /^و?من$/.test(tokens[i]?.norm ?? '') ? i + 1 : i;
    if (!/^و?بين$/.test(tokens[k]?.norm ?? '') || !tokens[k + 1]) return undefined;
    const noun = tokens[k + 1];
    const outcome = noun.kind === 'word' && forms(noun).map((f) => OUTCOMES.get(f)).find((o) => o?.roles.includes('countNoun'))?.outcome;
    return outcome ? { outcome, end: k + 2 } : undefined;
  },
  isAmong: (tokens, i) => AMONG.matchAt(tokens, i, forms)?.end,
  vagueQuantityAt: (tokens, i) => VAGUE_QUANTITY.matchAt(tokens, i, forms)?.end,
  qualifierBefore: (tokens, i) => QUALIFIER_BEFORE.matchEndingBefore(tokens, i, forms),
  qualifierAfter: (tokens, j) => QUALIFIER_AFTER.matchAt(tokens, j, forms),
  // "دون ورود أنباء عن إصابات"; but "لا يزال" is "still", no negation.
  // ("لم تخسر سوى عنصر واحد": "none but" counts one.)
  negatedAt: (tokens, i) =>
    [1, 2, 3, 4].some((d) => wordIn(NEGATION, tokens[i - d]) && !STILL.test(tokens[i - d + 1]?.norm ?? '') && !tokens.slice(i - d + 1, i).some((t) => /^(سوي|الا)$/.test(t.norm)) && !withoutOther(tokens, i, d)) ||
    // (Further back only across words of news: "من دون أن يتمكن من تأكيد وقوع ضحايا".)
    [5, 6, 7, 8].some((d) => wordIn(NEGATION, tokens[i - d]) && tokens.slice(i - d + 1, i).every((t) => NEWS_OF.test(t.norm))) ||
    // ("أثبتت تورط المتهم في مقتل 37 معتقلاً", "حكماً بالإعدام بحق ضابط": a charge or a sentence
    // of a court, no toll reported.)
    chargedOrSentenced(tokens, i) ||
    // ("لم يسجل أي وفيات أو إصابات": the second of two nouns denied together.)
    (/^(او|ولا)$/.test(tokens[i - 1]?.norm ?? '') && i > 1 && arabic.negatedAt(tokens, i - 2)),
  preliminaryIn: (tokens) => tokens.some((_, i) => PRELIMINARY.matchAt(tokens, i, forms) !== undefined),
  replacedLaterAt: (tokens, i) => {
    for (let k = i - 1; k >= 0 && !LATER.test(tokens[k].norm); k--) if (INITIALLY.matchAt(tokens, k, forms)) return true;
    return false;
  },
  // ("وكان المرصد قد وثّق في وقت سابق استشهاد 11": the pluperfect of a verb of telling, before the figure.)
  toldEarlierAt: (tokens, i) => {
    const was = [...Array(10).keys()].map((d) => i - 1 - d).find((k) => k >= 0 && /^و?(كان|كانت)$/.test(tokens[k].norm));
    if (was === undefined) return false;
    // (The particle right before the verb of telling: not "وكانت القوات قد قصفت نوى، وقال المرصد…".)
    const telling = (t: Token | undefined) => !!t && (wordIn(SAYING, t) || /^(وثق|وثقت|اشار|اشارت|احصي|احصت)$/.test(t.norm));
    return tokens.slice(was + 1, i).some((t, j, between) => t.norm === 'قد' && telling(between[j + 1]) && !between.slice(j + 1).some((w) => w.norm === '،'));
  },
  // ("قالت الوزارة إن عدد المحيّدين منذ بدء العملية بلغ ٤٨٠، وإن جندياً تركياً قُتل": a second thing said.)
  // ("ارتفعت الحصيلة إلى ٢٢، بعد أن كانت الحصيلة الأولى تشير إلى ١٤": what the toll had been before.)
  clauseBreakAt: (tokens, i) =>
    wordIn(CLAUSE_BREAKS, tokens[i]) ||
    // ("…، ليرتفع عدد القتلى منذ بدء الهجوم إلى 400": the running toll it brings is a clause of its own.)
    ((SAYING_PARTICIPLES.test(tokens[i].norm) || /^و(ان|بان)$/.test(tokens[i].norm) || /^(ليرتفع|لترتفع|ليصل|لتصل)$/.test(tokens[i].norm)) && tokens[i - 1]?.norm === '،') ||
    (tokens[i].norm === 'بعد' && tokens[i + 1]?.norm === 'ان' && /^(كان|كانت)$/.test(tokens[i + 2]?.norm ?? '')),
  actorAt: (tokens, i) => {
    const m = ACTOR_TABLE.matchAt(tokens, i, forms);
    // "الجيش", "الشرطة", "الأمن", "الوحدات" alone are the Syrian state's (the YPG's); "الجيش
    // اللبناني", "الشرطة العسكرية", "الوحدات العسكرية" (an adjective after them) are another's or a
    // branch, and "مجلس الأمن" is the UN's.
    if (m && m.end === i + 1 && BARE_HEAD.test(tokens[i].norm) && (HEAD_ADJECTIVE.test(tokens[i + 1]?.norm ?? '') || tokens[i - 1]?.norm === 'مجلس')) return undefined;
    // ("الفصائل المحلية": a town's own armed men, no side of the war's.)
    if (m && /^(ال)?(محليه|محلييه)$/.test(tokens[m.end]?.norm ?? '')) return undefined;
    // ("ثلاثة من عناصر وزارة الدفاع": the Syrian state's ministry, unless a nationality follows it —
    // "وزارة الدفاع التركية" is Turkey's.)
    if (!m && /^[وب]?وزاره$/.test(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === 'الدفاع' && !/^ال\S+(يه|ي)$/.test(tokens[i + 2]?.norm ?? '') && !/^(الوطني)$/.test(tokens[i + 2]?.norm ?? '')) {
      return { value: 'regime_forces', start: i, end: i + 2 };
    }
    // ("عنصراً من "الفرقة 17"": the army's divisions by number.)
    if (!m && tokens[i]?.norm === 'الفرقه' && tokens[i + 1]?.kind === 'number') {
      const end = QUOTE_MARKS.has(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
      return { value: 'regime_forces', start: i, end };
    }
    return m ?? quotedActorAt(tokens, i);
  },
  attackerMarkerBefore: (tokens, i) => [1, 2, 3, 4].some((d) => wordIn(ATTACKER_MARKERS, tokens[i - d])),
  affiliationMarkerBefore: (tokens, i) => [1, 2].some((d) => wordIn(AFFILIATION_MARKERS, tokens[i - d])),
  eventKind: (t) => (t.kind === 'word' ? forms(t).map((f) => EVENT_KINDS.get(f)).find(Boolean) : undefined),
  sayingVerb: (t) => wordIn(SAYING, t),
  accordingToAt: (tokens, i) => saidAsAt(tokens, i) ?? ACCORDING_TO.matchAt(tokens, i, forms)?.end,
  // ("وسائل إعلام النظام بسقوط قتيلين": a preposition on what is said ends the name too.)
  endsSourceName: (t) => t.kind === 'word' && (ENDS_SOURCE.has(t.norm) || ADDRESSEE.test(t.norm) || (t.norm.startsWith('ب') && (!!OUTCOMES.get(t.norm.slice(1)) || ENDS_SOURCE.has(t.norm.slice(1))))),
  sourceRoleOrModifier: (t) => (t.kind === 'word' ? SOURCE_ROLE.get(t.norm) ?? SOURCE_ROLE.get(t.norm.replace(/^و/, '')) : undefined),
  sourceKindOf: (name) => {
    const key = fold(name);
    // Networks, agencies, channels, media centres and anything unrecognised: media.
    return SOURCE_KIND_RULES.find(([re]) => re.test(key))?.[1] ?? 'media';
  },
  isGenericSource: (name) => GENERIC_SOURCE.test(fold(name)),
  anaphoricHead: (name) => {
    // "المصادر ذاتها", "المصدر نفسه": the same sources as before.
    const words = fold(name).split(' ').filter((w, j) => j === 0 || !SAME.has(w));
    return words.length === 1 && ANAPHORIC_HEADS.has(words[0]) ? words[0].replace(/^ال/, '') : undefined;
  },
  placeMarker: (t) => {
    if (t.kind !== 'word') return undefined;
    const f = forms(t);
    if (f.some((x) => SETTLEMENT.has(x))) return 'settlement';
    // "بادية السعن": the desert of a named place. "البادية" alone is the desert itself.
    if (f.some((x) => DESERT_OF.has(x)) && !f.some((x) => x.startsWith('ال') && DESERT_OF.has(x.slice(2)))) return 'settlement';
    if (f.some((x) => ADMIN.has(x))) return 'admin';
    if (f.some((x) => LOCATIVE.has(x))) return 'locative';
    return undefined;
  },
  relativeDay: (tokens, i) => RELATIVE_DAYS.matchAt(tokens, i, forms),
  weekdayAt: (tokens, i) => WEEKDAYS.matchAt(tokens, i, forms),
  monthAt: (tokens, i) => MONTHS.matchAt(tokens, i, forms),
};
