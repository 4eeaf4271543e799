import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '@app/gazetteer';
import { sentences } from '../src';
import { CASUALTY_STEMS, CASUALTY_STEMS_AS_WRITTEN } from '../src/ar/lexicon.ar';

/**
 * The Arabic relevance test runs on the text as written (no folded copy of every sentence). It must
 * say yes wherever the folded test does, or whole sentences would go unread.
 */
describe('the Arabic casualty filter on text as written', () => {
  const corpus = ['passages', 'holdout', 'blind'].flatMap((set) =>
    (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'corpus', `${set}.ar.json`), 'utf8')) as Array<{ article: { body: string } }>).map(
      (p) => p.article.body,
    ),
  );

  it('agrees with the folded test on every sentence of the labelled corpora', () => {
    const all = corpus.flatMap((body) => sentences(body).map((s) => s.text));
    expect(all.length).toBeGreaterThan(200);
    const disagreements = all.filter((text) => CASUALTY_STEMS_AS_WRITTEN.test(text) !== CASUALTY_STEMS.test(foldText(text)));
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['short vowels', 'قُتِلَ ثلاثةُ مدنيين'],
    ['tatweel', 'مقـتـل خمسة أشخاص'],
    ['hamza carriers', 'إصابة أربعة عناصر'],
    ['ta marbuta and alef maqsura', 'سقط قتلى وجرحى'],
    ['a proclitic', 'وبمقتل طفلين'],
  ])('reads %s', (_, text) => {
    expect(CASUALTY_STEMS.test(foldText(text))).toBe(true);
    expect(CASUALTY_STEMS_AS_WRITTEN.test(text)).toBe(true);
  });

  it('says no to a sentence without a casualty word, written either way', () => {
    const text = 'وتشهد المنطقة توتراً متصاعداً منذ أشهر، في ظل غياب أي أفق لحل سياسي قريب.';
    expect(CASUALTY_STEMS_AS_WRITTEN.test(text)).toBe(false);
    expect(CASUALTY_STEMS.test(foldText(text))).toBe(false);
  });
});
