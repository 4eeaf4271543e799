import { loadGazetteer } from '@app/gazetteer';
import { claimsOf } from './support';

/** A claim's place: the gazetteer's place, named as the source named it when that is one of its names. */
describe('places as the source named them', () => {
  const places = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => ({ id: c.place.id, name: c.place.name, nameEn: c.place.nameEn }));
  const kobani = loadGazetteer(null).lookup('عين العرب')[0];

  it('an Arabic article: the Arabic name as written, the gazetteer\'s id', () => {
    expect(places('ar', 'قُتل مدنيان بقصف تركي على مدينة كوباني اليوم.')).toEqual([{ id: kobani.id, name: 'كوباني', nameEn: kobani.nameEn }]);
  });

  it('an English article: the English name as written', () => {
    expect(places('en', 'Two civilians were killed by Turkish shelling on Kobani on Tuesday.')).toEqual([{ id: kobani.id, name: 'عين العرب', nameEn: 'Kobani' }]);
  });
});

describe('a part of a country or a province by its bearing', () => {
  const places = (body: string) => claimsOf('en', body).map((c) => c.place.nameEn);

  it('"central Syria" gives way to the town the next sentence names', () => {
    const [first] = places('Israeli strikes on central Syria late Sunday killed nine people, state media said. The strikes hit military positions near Masyaf.');
    expect(first).toMatch(/Masyaf|Maşyāf|Misyaf/);
  });
});
