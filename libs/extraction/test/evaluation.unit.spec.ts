import { GoldClaim, score } from '../src';
import { claimsOf } from './support';

const gold = (id: string, source: string, place: string): GoldClaim => ({
  id,
  incident: id,
  outcome: 'killed',
  qualifier: 'exact',
  min: 1,
  max: 1,
  preliminary: false,
  source: [source],
  place: [place],
  victims: { kind: 'men' },
});

describe('scoring extracted claims against gold claims', () => {
  const claims = claimsOf('ar', 'وقال ناشطون إن شاباً من بلدة نصيب قتل برصاص قناص.');

  it('pairs a claim right in every field with its gold claim, though an earlier gold claim resembles it', () => {
    // The first gold claim differs in source and place only: a near pair, taken first by a greedy match.
    const result = score([gold('g1', 'السجل المدني', 'الحراك'), gold('g2', 'ناشطون', 'نصيب')], claims);
    expect(claims).toHaveLength(1);
    expect(result.truePositives).toBe(1);
    expect(result.matches.find((m) => m.gold.id === 'g2')?.wrong).toEqual([]);
    expect(result.matches.find((m) => m.gold.id === 'g1')?.claim).toBeUndefined();
  });

  it('still pairs a near claim, with the fields it gets wrong, when no gold claim fits it exactly', () => {
    const result = score([gold('g1', 'السجل المدني', 'الحراك')], claims);
    expect(result.truePositives).toBe(0);
    expect(result.matches[0].wrong).toEqual(['source', 'place']);
  });
});
