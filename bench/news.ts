import { Article } from '@app/domain';
import { random, towns } from './corpus';

/**
 * A news stream for the benchmarks, closer to what the service reads than one article a
 * incident: several wordings per language, number words and digits (Western and Arabic-Indic),
 * qualifiers, sources of every kind, one or two incidents an article, follow-ups by other outlets
 * about the same incident, and revisions of earlier articles that raise a toll. Each article
 * carries what it says, so a run can check the claims that came out.
 */
export type KnownClaim = { outcome: 'killed' | 'injured'; kind: string; min: number; subset: boolean; place: string };
export type NewsArticle = { article: Article; known: KnownClaim[] };

type Town = ReturnType<typeof towns>[number];
type Story = { town: Town; day: number; killed: number; children: number; injured: number };

const AR_UNITS = ['', '', '', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const INDIC = '٠١٢٣٤٥٦٧٨٩';
const AR_SOURCES = ['الدفاع المدني السوري', 'المرصد السوري لحقوق الإنسان', 'مصادر محلية', 'شبكة شام الإخبارية', 'مصادر طبية', 'ناشطون'];
const EN_SOURCES = ['the Syrian Civil Defence', 'the Syrian Observatory for Human Rights', 'local sources', 'medical sources', 'activists', 'the health ministry'];
const AR_OUTLETS = [{ id: 'shaam', name: 'شبكة الأخبار' }, { id: 'enab', name: 'عنب بلدي' }, { id: 'smart', name: 'سمارت' }];
const EN_OUTLETS = [{ id: 'wire', name: 'Wire Service' }, { id: 'daily', name: 'The Daily' }];

const arDigits = (n: number, indic: boolean) => (indic ? String(n).replace(/\d/g, (d) => INDIC[Number(d)]) : String(n));

/** Arabic: a count of people with the noun in the form the number takes. */
function arCount(n: number, rnd: () => number, plural: string, accusative: string, one?: string, two?: string): string {
  if (n === 1 && one) return one;
  if (n === 2 && two) return two;
  if (n >= 3 && n <= 10 && rnd() < 0.5) return `${AR_UNITS[n]} ${plural}`;
  return n <= 10 ? `${arDigits(n, rnd() < 0.3)} ${plural}` : `${arDigits(n, rnd() < 0.3)} ${accusative}`;
}

/** What a paragraph about a story says: the killed (civilians, or people), the children among them, the injured. */
function knownClaims(s: Story, place: string): KnownClaim[] {
  return [
    { outcome: 'killed', kind: 'civilians', min: s.killed, subset: false, place },
    { outcome: 'killed', kind: 'children', min: s.children, subset: true, place },
    { outcome: 'injured', kind: 'unspecified', min: s.injured, subset: false, place },
  ];
}

function arabicParagraph(s: Story, rnd: () => number): { text: string; known: KnownClaim[] } {
  const place = s.town.nameAr as string;
  const source = AR_SOURCES[Math.floor(rnd() * AR_SOURCES.length)];
  const children = arCount(s.children, rnd, 'أطفال', 'طفلاً', 'طفل', 'طفلان');
  const known = knownClaims(s, place);
  switch (Math.floor(rnd() * 3)) {
    case 0:
      return { known, text: `أفاد ${source} بمقتل ${arDigits(s.killed, rnd() < 0.3)} مدنياً على الأقل بينهم ${children} وإصابة ${arDigits(s.injured, false)} آخرين جراء قصف مدفعي على بلدة ${place} بريف ${s.town.admin1Ar}.` };
    case 1:
      known[0].kind = 'unspecified';
      return { known, text: `قُتل ${arCount(s.killed, rnd, 'أشخاص', 'شخصاً')}، بينهم ${children}، وأصيب ${arDigits(s.injured, false)} آخرون بجروح في غارة جوية استهدفت مدينة ${place}، بحسب ${source}.` };
    default:
      return { known, text: `وبحسب ${source}، قُتل ${arCount(s.killed, rnd, 'مدنيين', 'مدنياً')}، من بينهم ${children}، وأصيب ${arDigits(s.injured, false)} آخرون في قصف صاروخي على ${place}.` };
  }
}

function englishParagraph(s: Story, rnd: () => number): { text: string; known: KnownClaim[] } {
  const place = s.town.nameEn as string;
  const source = EN_SOURCES[Math.floor(rnd() * EN_SOURCES.length)];
  const children = s.children === 1 ? 'one child' : `${EN_UNITS[s.children] ?? s.children} children`;
  const known = knownClaims(s, place);
  switch (Math.floor(rnd() * 3)) {
    case 0:
      return { known, text: `At least ${s.killed} civilians, including ${children}, were killed and ${s.injured} others were wounded in shelling on the town of ${place}, ${source} said.` };
    case 1:
      known[0].kind = 'unspecified';
      return { known, text: `Air strikes on ${place} killed ${s.killed} people, among them ${children}, and wounded ${s.injured}, according to ${source}.` };
    default:
      return { known, text: `${source[0].toUpperCase()}${source.slice(1)} said ${s.killed} civilians were killed, including ${children}, and ${s.injured} were wounded when rockets hit ${place}.` };
  }
}

const AR_FILLER = 'وتشهد المنطقة توتراً متصاعداً منذ أشهر، في ظل غياب أي أفق لحل سياسي قريب، بحسب مراقبين للشأن المحلي. ';
const EN_FILLER = 'The region has seen rising tension for months, with no political solution in sight, observers say. ';

/**
 * `n` articles. Stories are drawn per day (a few incidents a day, each reported by one to three
 * outlets); `revisionShare` of the articles are followed later by a revision that raises the toll.
 */
export function generateNews(n: number, options: { seed?: number; padTo?: number; englishShare?: number; revisionShare?: number; firstDay?: number } = {}): NewsArticle[] {
  const rnd = random(options.seed ?? 7);
  const places = towns();
  const out: NewsArticle[] = [];
  const recent: Array<{ story: Story; reports: number }> = [];
  let day = options.firstDay ?? 0;
  let storyIndex = 0;
  const fresh = (): Story => {
    storyIndex += 1;
    if (storyIndex % 6 === 0) day += 1; // about six incidents a day
    const killed = 3 + Math.floor(rnd() * 40);
    return { town: places[Math.floor(rnd() * places.length)], day, killed, children: 1 + Math.floor(rnd() * Math.min(9, killed - 1)), injured: 2 + Math.floor(rnd() * 60) };
  };
  const pick = (): Story => {
    // Half the time another outlet's report of a story of the last few days.
    const open = recent.filter((r) => r.reports < 3 && day - r.story.day <= 1);
    if (open.length && rnd() < 0.5) {
      const r = open[Math.floor(rnd() * open.length)];
      r.reports += 1;
      return { ...r.story, killed: r.story.killed + Math.floor(rnd() * 5), injured: r.story.injured + Math.floor(rnd() * 5) };
    }
    const story = fresh();
    recent.push({ story, reports: 1 });
    if (recent.length > 40) recent.shift();
    return story;
  };
  for (let i = 0; out.length < n; i++) {
    const english = rnd() < (options.englishShare ?? 0.3);
    const stories = rnd() < 0.3 ? [pick(), pick()] : [pick()];
    if (stories.length === 2 && (stories[0].town.id === stories[1].town.id || stories[0].day !== stories[1].day)) stories.pop();
    const paragraphs = stories.map((s) => (english ? englishParagraph(s, rnd) : arabicParagraph(s, rnd)));
    const outlets = english ? EN_OUTLETS : AR_OUTLETS;
    const article: Article = {
      articleId: `news-${options.seed ?? 7}-${i}`,
      revision: 1,
      url: `https://example.org/news/${options.seed ?? 7}/${i}`,
      outlet: outlets[Math.floor(rnd() * outlets.length)],
      language: english ? 'en' : 'ar',
      publishedAt: new Date(Date.UTC(2019, 0, 1) + stories[0].day * 86_400_000 + Math.floor(rnd() * 20) * 3_600_000).toISOString(),
      body: pad(paragraphs.map((p) => p.text).join('\n'), options.padTo ?? 0, english),
    };
    out.push({ article, known: paragraphs.flatMap((p) => p.known) });
    if (out.length < n && rnd() < (options.revisionShare ?? 0.05)) {
      // The same article later, with a higher toll.
      const raised = stories.map((s) => ({ ...s, killed: s.killed + 1 + Math.floor(rnd() * 5) }));
      const revised = raised.map((s) => (english ? englishParagraph(s, rnd) : arabicParagraph(s, rnd)));
      out.push({
        article: { ...article, revision: 2, publishedAt: new Date(Date.parse(article.publishedAt) + 3_600_000).toISOString(), body: pad(revised.map((p) => p.text).join('\n'), options.padTo ?? 0, english) },
        known: revised.flatMap((p) => p.known),
      });
    }
  }
  return out;
}

function pad(body: string, length: number, english: boolean): string {
  if (body.length >= length) return body;
  const filler = english ? EN_FILLER : AR_FILLER;
  return `${body}\n${filler.repeat(Math.ceil((length - body.length) / filler.length))}`.slice(0, Math.max(length, body.length));
}

type ExtractedClaim = { outcome: string; victims: { kind: string }; count: { min: number | null }; subsetOf?: string; place: { name: string; nameEn: string | null } };

/** What is wrong in an extraction of a generated article (empty: it is right). */
export function checkNews(generated: NewsArticle, claims: ExtractedClaim[]): string[] {
  const id = `${generated.article.articleId}@${generated.article.revision}`;
  const problems: string[] = [];
  const unmatched = [...claims];
  for (const k of generated.known) {
    const at = unmatched.findIndex(
      (c) => c.outcome === k.outcome && c.victims.kind === k.kind && !!c.subsetOf === k.subset && c.count.min === k.min && (c.place.name === k.place || c.place.nameEn === k.place),
    );
    if (at < 0) problems.push(`${id}: no ${k.outcome} ${k.kind} ${k.min} at ${k.place}`);
    else unmatched.splice(at, 1);
  }
  for (const c of unmatched) problems.push(`${id}: unexpected ${c.outcome} ${c.victims.kind} ${c.count.min} at ${c.place.nameEn ?? c.place.name}`);
  return problems;
}
