import { ArticleSchema } from '@app/domain';
import { random } from '../bench/corpus';
import { sharedExtractor } from './support/pipeline';

const PIECES = [
  'قتل', 'مقتل', 'قتلى', 'جرحى', 'أصيب', 'بينهم', 'على الأقل', 'أكثر من', 'عشرات', 'ثلاثة', 'خمسة وعشرين', '١٢', '7', 'عنصراً',
  'من قوات النظام', 'بحسب', 'وفق ما ذكرته', '"', '،', '.', 'بلدة', 'قرية', 'في', 'الشبكة', 'أمس', 'قتيلان', 'و', 'امرأة', 'طفل',
  'killed', 'wounded', 'at least', 'including', 'dozens', 'the toll rose to', 'said', 'the town of', 'in', 'Douma', 'a', 'and',
  'two', 'soldiers', 'civilians', ',', "'s", 'al-', '-', '…', '\n', '(', ')', '3.5', '1,000', '2017', 'the agency', 'others',
  'وفقاً', 'لمصادر', 'ما', 'أعلنته', 'به', 'إلى', 'عدد', 'حصيلة', 'السبت', 'يوم', '29', 'أيلول', 'September', 'on Tuesday',
  'province', 'village of', 'محافظة', 'بريف', 'ريف', 'جنوب', 'among them', 'of them', 'members of one family', 'their mother',
  'An ISIS attack', 'Government forces',
];

describe('the extractor on text of any shape', () => {
  it('never throws, and every claim it gives is valid and quotes the body exactly', () => {
    const rnd = random(2026);
    for (let n = 0; n < 600; n++) {
      const words = Array.from({ length: 1 + Math.floor(rnd() * 60) }, () => PIECES[Math.floor(rnd() * PIECES.length)]);
      const body = words.join(rnd() < 0.5 ? ' ' : '');
      const article = ArticleSchema.parse({
        articleId: `fuzz-${n}`,
        url: 'https://example.org/fuzz',
        outlet: { id: 'fuzz', name: 'Fuzz' },
        language: rnd() < 0.5 ? 'ar' : 'en',
        publishedAt: '2019-05-14T09:00:00Z',
        body,
      });
      const extraction = sharedExtractor().extract(article);
      for (const claim of extraction.claims) {
        expect(body.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.quote);
        expect(extraction.incidents.some((i) => i.incidentId === claim.incidentId)).toBe(true);
      }
    }
  });
});
