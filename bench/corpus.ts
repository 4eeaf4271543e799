import { Article } from '@app/domain';
import { basePlaces, syriaGovernorates } from '@app/gazetteer';

/** What a generated article says, so a run can check that the right claims came out. */
export type Known = { killed: number; children: number; injured: number; place: string; language: 'ar' | 'en' };
export type GeneratedArticle = { article: Article; known: Known };

const AR_NUMBER_WORDS = ['', 'واحد', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const EN_NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const AR_SOURCES = ['الدفاع المدني السوري', 'المرصد السوري لحقوق الإنسان', 'مصادر محلية', 'شبكة شام الإخبارية'];
const EN_SOURCES = ['the Syrian Civil Defence', 'the Syrian Observatory for Human Rights', 'local sources', 'medical sources'];

/** A small deterministic generator (mulberry32), so every run writes the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Towns of Syria with Arabic and English names, from the shipped gazetteer. */
export function towns() {
  const syria = new Set(syriaGovernorates().map((g) => g.admin1Ar));
  return basePlaces()
    .filter((p) => syria.has(p.admin1Ar))
    .filter((p) => p.id.startsWith('geonames:') && p.nameAr && p.nameEn && p.admin1Ar && (p.kind === 'town' || p.kind === 'city'))
    .filter((p) => p.admin1Ar !== null && /^[\u0621-\u064a ]+$/.test(p.nameAr as string) && /^[A-Za-z' -]+$/.test(p.nameEn as string))
    // (The templates name a town with no "مدينة" before it; al-Thawrah so named is "the revolution".)
    .filter((p) => p.nameAr !== 'الثورة')
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * N articles in Arabic and English from templates with known claims: a killed toll with its
 * children and an injured toll, attributed, at a town, each article about its own place and day.
 * `padTo` repeats neutral background paragraphs until the body reaches that many characters.
 */
export function generateCorpus(n: number, options: { seed?: number; padTo?: number; englishShare?: number } = {}): GeneratedArticle[] {
  const rnd = random(options.seed ?? 7);
  const places = towns();
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const place = places[i % places.length];
    const killed = 3 + Math.floor(rnd() * 40);
    const children = 1 + Math.floor(rnd() * Math.min(9, killed - 1));
    const injured = 2 + Math.floor(rnd() * 60);
    const english = rnd() < (options.englishShare ?? 0.3);
    const day = new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString();
    const sourceIndex = Math.floor(rnd() * AR_SOURCES.length);
    const body = english
      ? `At least ${killed} civilians, including ${EN_NUMBER_WORDS[children] ?? children} children, were killed and ${injured} others were wounded in shelling on the town of ${place.nameEn}, ${EN_SOURCES[sourceIndex]} said.`
      : `أفاد ${AR_SOURCES[sourceIndex]} بمقتل ${killed} مدنياً على الأقل بينهم ${AR_NUMBER_WORDS[children] ?? children} أطفال وإصابة ${injured} آخرين جراء قصف مدفعي على بلدة ${place.nameAr} بريف ${place.admin1Ar}.`;
    out.push({
      article: {
        articleId: `gen-${options.seed ?? 7}-${i}`,
        revision: 1,
        url: `https://example.org/generated/${i}`,
        outlet: { id: english ? 'wire' : 'shaam', name: english ? 'Wire Service' : 'شبكة الأخبار' },
        language: english ? 'en' : 'ar',
        publishedAt: day,
        body: pad(body, options.padTo ?? 0, english),
      },
      known: { killed, children, injured, place: english ? (place.nameEn as string) : (place.nameAr as string), language: english ? 'en' : 'ar' },
    });
  }
  return out;
}

const AR_FILLER = 'وتشهد المنطقة توتراً متصاعداً منذ أشهر، في ظل غياب أي أفق لحل سياسي قريب، بحسب مراقبين للشأن المحلي. ';
const EN_FILLER = 'The region has seen rising tension for months, with no political solution in sight, observers say. ';

function pad(body: string, length: number, english: boolean): string {
  if (body.length >= length) return body;
  const filler = english ? EN_FILLER : AR_FILLER;
  return `${body}\n${filler.repeat(Math.ceil((length - body.length) / filler.length))}`.slice(0, Math.max(length, body.length));
}

/** What is wrong in an extraction of a generated article (empty: it is right). */
export function checkExtraction(generated: GeneratedArticle, claims: Array<{ outcome: string; victims: { kind: string }; count: { min: number | null }; subsetOf?: string; place: { name: string; nameEn: string | null } }>): string[] {
  const { known } = generated;
  const problems: string[] = [];
  const find = (outcome: string, kind: string, subset: boolean) =>
    claims.find((c) => c.outcome === outcome && c.victims.kind === kind && !!c.subsetOf === subset);
  const expect = (label: string, claim: (typeof claims)[number] | undefined, n: number) => {
    if (!claim) problems.push(`${generated.article.articleId}: no ${label} claim`);
    else if (claim.count.min !== n) problems.push(`${generated.article.articleId}: ${label} ${claim.count.min}, expected ${n}`);
  };
  expect('killed civilians', find('killed', 'civilians', false), known.killed);
  expect('killed children', find('killed', 'children', true), known.children);
  expect('injured', find('injured', 'unspecified', false), known.injured);
  if (claims.length !== 3) problems.push(`${generated.article.articleId}: ${claims.length} claims, expected 3`);
  for (const c of claims) {
    if (c.place.name !== known.place && c.place.nameEn !== known.place) problems.push(`${generated.article.articleId}: place ${c.place.name}, expected ${known.place}`);
  }
  return problems;
}
