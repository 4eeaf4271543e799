import { loadGazetteer } from '../src';

/** The shipped base gazetteer: GeoNames cities-500 with the names the news uses added. */
describe('the base gazetteer', () => {
  const gazetteer = loadGazetteer(null);
  const one = (name: string) => gazetteer.lookup(name)[0];

  it.each([
    ['كوباني', 'عين العرب'],
    ['Kobani', 'عين العرب'],
    ['سري كانيه', 'رأس العين'],
    ['Serekaniye', 'رأس العين'],
    ['تربه سبيه', 'القحطانية'],
    ['كري سبي', 'تل أبيض'],
  ])('knows %s as %s', (alias, nameAr) => {
    expect(one(alias)?.nameAr).toBe(nameAr);
    expect(one(alias)?.id).toBe(one(nameAr)?.id);
  });

  it("keeps the neighbours' large cities (Istanbul, Gaziantep) and none of their villages", () => {
    expect(gazetteer.lookup('Istanbul').some((p) => p.admin1Ar !== null && (p.population ?? 0) >= 100_000)).toBe(true);
    expect(gazetteer.lookup('إسطنبول').length).toBeGreaterThan(0);
    expect(gazetteer.lookup('Gaziantep').length).toBeGreaterThan(0);
    // Turkish villages stay out: Syrian places share too many of their names.
    expect(gazetteer.lookup('Akçakale').length + gazetteer.lookup('Akcakale').length).toBe(0);
  });

  it('names a place in Arabic letters before a Kurdish or Persian spelling of it', () => {
    expect(one('Qamishli')?.nameAr).toBe('القامشلي');
  });

  it.each(['Jisr al-Shughur', 'Jisr el-Shughour', 'Jisr ash-Shughur', 'Maarat al-Numan', 'Deir al-Zor'])(
    'finds %s however the article before a sun letter and the vowels are transliterated',
    (name) => {
      expect(one(name)).toBeDefined();
      expect(one(name)?.kind).not.toBe('village');
    },
  );
});
