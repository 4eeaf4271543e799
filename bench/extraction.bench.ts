import { Extractor } from '@app/extraction';
import { loadGazetteer } from '@app/gazetteer';
import { generateCorpus } from './corpus';
import { checkNews, generateNews } from './news';
import { FULL, header, peakRssMb, rate, report } from './harness';

/**
 * The baseline: 20 regular expressions of the kind a casualty extractor needs (alternations of
 * outcome words, numbers with nouns, qualifiers, attributions, places), scanned over the same text.
 */
const BASELINE_PATTERNS = [
  /(?:مقتل|قتل|قتلى|قتيلا?|لقي حتفه|لقوا حتفهم|مصرع)\s+[\d\u0621-\u064a]+/g,
  /(?:جرحى|جريحا?|أصيب|أصيبوا|إصابة|بجروح)/g,
  /(?:على الأقل|أكثر من|ما لا يقل عن|نحو|حوالي|قرابة)/g,
  /\d+\s+(?:عنصرا?|مدنيا?|مدنيين|أطفال|طفلا?|شخصا?|جنديا?)/g,
  /(?:بحسب|وفق|نقلا عن|قال|قالت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت)\s+[\u0621-\u064a]+/g,
  /(?:قرية|بلدة|مدينة|حي|مخيم)\s+[\u0621-\u064a]+/g,
  /بريف\s+[\u0621-\u064a]+/g,
  /(?:ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|عشرين|ثلاثين|مائة|مئة)/g,
  /(?:أمس|اليوم|الليلة الماضية)/g,
  /(?:قوات النظام|داعش|قسد|هيئة تحرير الشام)/g,
  /حصيلة\s+(?:أولية|غير نهائية)/g,
  /(?:بينهم|منهم)\s+[\d\u0621-\u064a]+/g,
  /\b(?:killed|dead|died|deaths?)\b/gi,
  /\b(?:wounded|injured|hurt)\b/gi,
  /\b(?:at least|more than|about|nearly|some)\s+\d+/gi,
  /\b\d+\s+(?:people|civilians|children|soldiers|fighters)\b/gi,
  /\b(?:said|told|according to|reported)\b/gi,
  /\b(?:town|village|city|province) of [A-Z][a-z]+/g,
  /\b(?:yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/g,
  /\b(?:including|among them)\s+\w+/gi,
];
function regexScan(body: string): number {
  let hits = 0;
  for (const re of BASELINE_PATTERNS) hits += body.match(re)?.length ?? 0;
  return hits;
}

async function main(): Promise<void> {
  header('Extraction alone, one core');
  const extractor = new Extractor(loadGazetteer(null));
  const n = FULL ? 3000 : 600;
  const corpus = generateNews(n, { seed: 3, padTo: 3000, englishShare: 0.5 });
  // Right answers first: a faster extractor that reads wrong fails the bench.
  const problems = corpus.flatMap((g) => checkNews(g, extractor.extract(g.article).claims));
  if (problems.length) throw new Error(`extraction is wrong on the bench corpus: ${problems.slice(0, 5).join('; ')}`);
  console.log(`checked: ${n} articles of ~3 KB, every known claim extracted right`);

  const trials = FULL ? 7 : 5;
  const baseline = await rate(n, trials, () => corpus.forEach((g) => regexScan(g.article.body)));
  const measured = await rate(n, trials, () => corpus.forEach((g) => extractor.extract(g.article)));
  report('extract 3 KB articles', measured, 'articles/s', { name: '20-regex scan', stats: baseline }, '≥ 3,000/s and ≥ 0.3× baseline');
  // The reference scan is of Arabic articles: each language beside its own scan.
  for (const language of ['ar', 'en']) {
    const part = corpus.filter((g) => g.article.language === language);
    const scan = await rate(part.length, trials, () => part.forEach((g) => regexScan(g.article.body)));
    const read = await rate(part.length, trials, () => part.forEach((g) => extractor.extract(g.article)));
    report(`  ${language} articles only`, read, 'articles/s', { name: '20-regex scan', stats: scan });
  }

  for (const kb of [1, 3, 10, 100]) {
    const sized = generateCorpus(FULL ? 200 : 40, { seed: 5, padTo: kb * 1000, englishShare: 0.5 });
    const chars = sized.reduce((total, g) => total + g.article.body.length, 0);
    const r = await rate(chars / 1000, 3, () => sized.forEach((g) => extractor.extract(g.article)));
    const scan = await rate(chars / 1000, 3, () => sized.forEach((g) => regexScan(g.article.body)));
    report(`  ${String(kb).padStart(3)} KB articles`, r, 'KB/s', { name: 'regex scan', stats: scan });
  }
  console.log(`peak RSS: ${peakRssMb()} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
