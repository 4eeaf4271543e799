import { ArticleSchema } from '@app/domain';
import { GazetteerPlace, loadGazetteer } from '@app/gazetteer';
import { Extractor } from '../src';
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

describe('the country, a region or a dateline, and the town meant', () => {
  it('"Syria\'s health ministry said three people were killed": the town the sentence before named, when no figure was placed yet', () => {
    const [claim] = claimsOf('en', 'Israel struck the defence ministry\'s headquarters in central Damascus on Wednesday. Syria\'s health ministry said three people were killed and 34 wounded in the strikes.');
    expect(claim.place.name).toBe('دمشق');
  });

  it('"BAGHOUZ, Syria (Reuters) -": the town, named as in Syria, when the story names only the country', () => {
    const [claim] = claimsOf('en', 'BAGHOUZ, Syria (Reuters) - U.S.-backed forces said on Monday they had killed 38 Islamic State fighters overnight in eastern Syria.');
    expect(claim.place.name).toBe('Baghouz');
  });

  it('"strikes on the town of Talbiseh have killed 17…, a day after Moscow said it hit targets across Syria": Talbiseh', () => {
    const [claim] = claimsOf('en', 'Russian air strikes on the town of Talbiseh in Homs province have killed at least 17 civilians, according to activists, a day after Moscow said its jets had hit 60 targets across Syria.');
    expect(claim.place.nameEn ?? claim.place.name).toMatch(/Talbiseh|Talbīsah|Talbisah|تلبيسة/);
  });
});

describe('a road between two towns', () => {
  it('"on the road between Atarib and Darat Izza in the western Aleppo countryside": the first town', () => {
    const [claim] = claimsOf('en', 'Two aid workers were killed when their vehicle was hit by a shell on the road between Atarib and Darat Izza in the western Aleppo countryside, the United Nations said on Tuesday.');
    expect(claim.place.nameEn).toBe('Atarib');
  });
});

describe('a quarter named for a man', () => {
  it.each([
    ['استشهد مواطن بقذيفة سقطت على بلدة جديدة عرطوز بريف دمشق.', 'جديدة عرطوز'],
    ['قُتل شخصان في بلدة أشرفية صحنايا بريف دمشق.', 'أشرفية صحنايا'],
    ['قُتل شخصان في بلدة قبتان الجبل بريف حلب.', 'قبتان الجبل'],
  ])('"%s": a town no gazetteer knows, its name of two words after a common first element', (body, name) => {
    expect(claimsOf('ar', body).map((c) => c.place.name)).toEqual([name]);
  });

  it('"حي هشام بن عبد الملك": the name runs through "son of" and the father\'s name', () => {
    const [claim] = claimsOf('ar', 'قُتل ثلاثة مدنيين بقذيفة سقطت على حي هشام بن عبد الملك في مدينة الرقة.');
    expect(claim.place.name).toBe('هشام بن عبد الملك');
  });
});

describe('whose camp it is', () => {
  it('"a training camp of Hayat Tahrir al-Sham in the area": no place named Hayat Tahrir', () => {
    const [claim] = claimsOf('en', 'Air strikes hit the outskirts of Kafr Nabl on Sunday. The ministry said its aircraft had hit a training camp of Hayat Tahrir al-Sham in the area, eliminating 15 militants.');
    expect(claim.place.nameEn).not.toMatch(/Hayat/);
  });
});

describe("a governorate in a speaker's name is its jurisdiction", () => {
  it('"قالت مديرية صحة إدلب إن مستشفيات المنطقة استقبلت 46 جريحاً" after a strike on Jisr al-Shughur: the town', () => {
    const claims = claimsOf('ar', 'قُتل 14 مدنياً جراء غارات جوية على سوق وسط مدينة جسر الشغور اليوم. من جهتها، قالت مديرية صحة إدلب إن مستشفيات المنطقة استقبلت 46 جريحاً.');
    expect(claims.map((c) => c.place.name)).toEqual(['جسر الشغور', 'جسر الشغور']);
  });

  it('"وكان مصدر في قيادة شرطة محافظة حماة أفاد": a speaker named before its verb too', () => {
    const claims = claimsOf('ar', 'استشهد طفلان بقذائف صاروخية على مدينة السقيلبية اليوم. وكان مصدر في قيادة شرطة محافظة حماة أفاد بأن القذائف أسفرت عن إصابة 11 مواطناً.');
    expect(claims.map((c) => c.place.name)).toEqual(['السقيلبية', 'السقيلبية']);
  });

  it('with no town in focus, the governorate the speaker names serves', () => {
    const [claim] = claimsOf('ar', 'قالت مديرية صحة إدلب إن مستشفيات المنطقة استقبلت 46 جريحاً اليوم.');
    expect(claim.place.name).toBe('إدلب');
  });

  it('"مراسل السويداء 24": an outlet named for its town names no jurisdiction', () => {
    const claims = claimsOf('ar', 'قُتل ثلاثة مدنيين في حي المقوس بمدينة السويداء اليوم. وأكد مراسل السويداء 24 أن قصفاً على قرى الريف الغربي أدى إلى إصابة امرأة.');
    expect(claims.map((c) => c.place.name)).toEqual(['المقوس', 'السويداء']);
  });
});

describe('a camp named before its word', () => {
  it('"the sprawling Al-Hol displacement camp": a describing word may stand between', () => {
    const [claim] = claimsOf('en', 'HASAKEH, Syria (AFP) - Kurdish security forces have arrested 25 suspected Islamic State group members in a sweep of the sprawling Al-Hol displacement camp, the SDF said Sunday.');
    expect(claim.place.name).toBe('Al-Hol');
  });
});

describe('a toll spread over places, each with its number in brackets', () => {
  it('"توزعوا على مدينة أريحا (6) وبلدة كفرنبل (4)…": each a part at its own place', () => {
    const claims = claimsOf('ar', 'ارتفعت حصيلة ضحايا القصف الجوي الروسي وقصف قوات النظام على ريف إدلب اليوم الإثنين إلى 16 مدنياً، توزعوا على مدينة أريحا (6) وبلدة كفرنبل (4) ومدينة معرة النعمان (3) وقرية محمبل (3)، بحسب ما أفاد الدفاع المدني السوري.', '2019-07-15T17:30:00Z');
    const total = claims.find((c) => c.count.min === 16);
    expect(claims.filter((c) => c.subsetOf === total?.claimId).map((c) => `${c.count.min} ${c.place.name}`)).toEqual(['6 أريحا', '4 كفرنبل', '3 معرة النعمان', '3 محمبل']);
  });

  it('"بينهم الطفل محمد (10)": a name and an age in brackets are no place and its part', () => {
    const claims = claimsOf('ar', 'قُتل 17 مدنياً بينهم الطفل محمد (10) والطفلة سارة (7) في قصف على مدينة دوما.');
    expect(claims.map((c) => c.place.name)).not.toContain('محمد');
  });
});

describe('abbreviations are no names', () => {
  it('"the Tishreen Dam east of Manbij": "Dam" is no abbreviation of Damascus; the dam is the place', () => {
    const [claim] = claimsOf('en', 'Fighting around the Tishreen Dam east of Manbij killed 17 SNA fighters, the Syrian Observatory for Human Rights said.');
    expect(claim.place.name).toBe('Tishreen Dam');
  });
});

describe('a part of a country or a province by its bearing', () => {
  const places = (body: string) => claimsOf('en', body).map((c) => c.place.nameEn);

  it('"eastern Syria" gives way to a governorate\'s capital the next sentence names', () => {
    const [first] = places('Israeli air strikes on positions in eastern Syria killed 31 fighters, a war monitor said. The strikes hit weapons depots on the outskirts of the city of Deir ez-Zor.');
    expect(first).toMatch(/Deir/);
  });

  it('"central Syria" gives way to the town the next sentence names', () => {
    const [first] = places('Israeli strikes on central Syria late Sunday killed nine people, state media said. The strikes hit military positions near Masyaf.');
    expect(first).toMatch(/Masyaf|Maşyāf|Misyaf/);
  });
});

describe('a part of a toll at a place of its own, told after it', () => {
  it('"52 people were killed across Syria on Wednesday, 31 of them in Homs province": a part in apposition, past the verb and the day', () => {
    const claims = claimsOf('en', 'Activists said 52 people were killed across Syria on Wednesday, 31 of them in Homs province.');
    expect(claims.map((c) => `${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['52', '31 (part)']);
  });

  it('"31 of the dead were in Homs province": a part of the earlier toll, at Homs', () => {
    const claims = claimsOf('en', 'Air strikes killed 40 people across Syria on Monday, the monitor said. The monitor said 31 of the dead were in Homs province.');
    expect(claims.map((c) => `${c.count.min} ${c.place.nameEn}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['40 Syria', '31 Homs province (part)']);
  });
});

describe('a toll broken down by place', () => {
  const read = (language: 'ar' | 'en', body: string) =>
    claimsOf(language, body, '2012-08-01T20:15:00Z').map((c) => `${c.count.min} ${c.place.nameEn ?? c.place.name}${c.subsetOf ? ' (part)' : ''}`);

  it.each([
    ['ar', 'قالت لجان التنسيق المحلية إن ثلاثة وعشرين شخصاً قُتلوا برصاص قوات الأمن في دمشق وعدد من المدن، بينهم أحد عشر في مدينة حمص وستة في محافظة إدلب واثنان في درعا.'],
    ['en', 'Security forces shot dead 23 people in Damascus and other cities on Friday, including 11 in Homs, six in Idlib and two in Daraa, activists said.'],
  ] as const)('%s: a toll whose parts lie in two governorates or more is the country\'s', (language, body) => {
    expect(read(language, body)[0]).toBe('23 Syria');
  });

  it('"including more than 200 in Tremseh": a part with a qualifier; the total keeps its own place', () => {
    expect(read('en', 'More than 300 people were killed in Hama province on Thursday, including more than 200 in Tremseh, activists said.')).toEqual(['301 Hama province', '201 Tremseh (part)']);
  });

  it('"killed 40 people in Homs, twenty-one of them in the Baba Amr district": a part by place in apposition', () => {
    expect(read('en', 'Shelling killed 40 people in Homs, twenty-one of them in the Baba Amr district, activists said.')).toEqual(['40 Homs', '21 Baba Amr (part)']);
  });

  it('"بينهم 54 في حلب و31 في دمشق": each part at its own place, a part of the total', () => {
    expect(read('ar', 'قالت لجان التنسيق المحلية إن 143 شخصاً قُتلوا اليوم في أنحاء البلاد، بينهم 54 في حلب و31 في دمشق وريفها.')).toEqual([
      '143 Syria',
      '54 Aleppo (part)',
      '31 Damascus (part)',
    ]);
    expect(read('en', 'Activists said 143 people were killed across the country on Wednesday, including 54 in Aleppo and 31 in Damascus.')).toEqual([
      '143 Syria',
      '54 Aleppo (part)',
      '31 Damascus (part)',
    ]);
  });

  it('"بين القتلى 19 شخصاً سقطوا في بلدة إزرع، و11 في حي برزة": parts of a toll given before', () => {
    const claims = read('ar', 'قال ناشطون إن عدد القتلى بلغ 88 قتيلاً على الأقل في أنحاء البلاد. وأوضح ناشط أن بين القتلى 19 شخصاً سقطوا في بلدة إزرع بمحافظة درعا، و11 في حي برزة بدمشق.');
    expect(claims).toEqual(['88 Syria', '19 Izra‘ (part)', '11 برزة (part)']);
  });
});

describe('regions no admin unit names', () => {
  it('the Syrian coast', () => {
    expect(claimsOf('ar', 'ارتفعت حصيلة القتلى في الساحل السوري إلى 745 مدنياً، بحسب المرصد.', '2025-03-09T12:30:00Z').map((c) => c.place.nameEn)).toEqual(['Syrian coast']);
  });
});

describe('a region named by its bearing', () => {
  it('"across northeast Syria": the region, lower-case bearing and all; a Turkish town beside it is still abroad', () => {
    expect(claimsOf('en', 'At least 10 people had been killed in Turkish strikes across northeast Syria since Friday night, the Observatory said.').map((c) => c.place.id)).toEqual(['region:north-east-syria']);
    expect(claimsOf('en', 'Mortar shells slammed into Turkish border towns on Friday, killing eight civilians, as Ankara pressed its offensive in northeast Syria.')).toEqual([]);
  });
});

describe('places no gazetteer lists', () => {
  it('a name after its marker keeps its first letter: "حي بستان القصر" is not "ستان القصر"', () => {
    expect(claimsOf('ar', 'قتل شخصان في حي بستان القصر بحلب.').map((c) => c.place.name)).toEqual(['بستان القصر']);
  });

  it.each([
    ['punctuation', 'وفي حي مساكن هنانو، قتل رجل بقصف على منزله.', 'مساكن هنانو'],
    ['a bearing', 'أصيب أربعة مدنيين بقصف طال قرية زور مغار غربي المدينة.', 'زور مغار'],
    ['the next place\'s marker', 'قتل شخصان في قرية كاني عربان بريف الحسكة.', 'كاني عربان'],
  ])('a name of two bare words after its marker, ended by %s', (_, body, name) => {
    expect(claimsOf('ar', body).map((c) => c.place.name)).toEqual([name]);
  });

  it('"حي الخالدية": a quarter is a Syrian city\'s, not a namesake town abroad', () => {
    expect(claimsOf('ar', 'أصيب سبعة عناصر من قوات حفظ النظام برصاص مسلحين في حي الخالدية.').map((c) => c.place.name)).toEqual(['الخالدية']);
  });

  it('"منطقة سكنية", "بلدة حدودية": an adjective after the marker describes a place and names none', () => {
    expect(claimsOf('ar', 'قُتل ثمانية مدنيين في غارات استهدفت السوق الشعبي ومنطقة سكنية في مدينة أريحا.').map((c) => c.place.name)).toEqual(['أريحا']);
    expect(claimsOf('ar', 'قتل رجلان بقصف على بلدة حدودية قرب مدينة جرابلس.').map((c) => c.place.name)).toEqual(['جرابلس']);
  });

  it('not an adverb of time nor a preposition after a one-word name', () => {
    expect(claimsOf('ar', 'قتل رجل في قرية مغار صباح اليوم.').map((c) => c.place.name)).toEqual(['مغار']);
    expect(claimsOf('ar', 'قتل رجلان في قرية مغار ضمن حملة القصف.').map((c) => c.place.name)).toEqual(['مغار']);
  });
});

describe('an English subject that names the place', () => {
  const place = (body: string) => claimsOf('en', body, '2024-01-19T11:30:00Z').map((c) => c.place.nameEn ?? c.place.name)[0];

  it('"airstrikes on the towns of Arman and Malah killed…": the town, not a country named later', () => {
    expect(place('Suspected Jordanian airstrikes on the towns of Arman and Malah in the southern Suwayda countryside killed ten civilians, local media said, in the deadliest such raid since Amman began striking targets inside Syria last year.')).toBe('Arman');
  });

  it('a word that is no place after "in" stays none: "disguised in Kurdish … uniforms"', () => {
    expect(place('Islamic State militants disguised in Kurdish and Free Syrian Army uniforms killed at least 120 civilians in Kobani on Thursday.')).not.toBe('Kurdish');
  });
});

describe('the country alone is no place', () => {
  it('"ALEPPO, Syria (AP) — … in northern Syria": the dateline\'s Syrian town when the story names only the country', () => {
    const places = claimsOf('en', 'ALEPPO, Syria (AP) — Rebels killed five people in shelling in northern Syria on Tuesday, state media said.').map((c) => c.place.nameEn);
    expect(places).toEqual(['Aleppo']);
  });

  it('a later figure named with the country only stays at the place in focus', () => {
    const body = 'Clashes in Jaramana killed at least 17 people on Tuesday, the monitor said. Syria\'s Health Ministry said 11 people had been killed there.';
    expect(claimsOf('en', body, '2025-04-30T20:15:00Z').map((c) => c.place.nameEn ?? c.place.name)).toEqual(['Jaramana', 'Jaramana']);
  });

  it('north and east Syria is a region', () => {
    expect(claimsOf('ar', 'أعلنت قوى الأمن الداخلي أن الهجمات التركية على مناطق شمال وشرق سوريا أسفرت عن استشهاد 15 شخصاً.').map((c) => c.place.nameEn)).toEqual(['North and East Syria']);
  });
});

/**
 * An operator's gazetteer (`gazetteer import`) holds every village, and many share their name with
 * a common word. These places are written here for the test: small villages in Syrian governorates.
 */
describe('with an operator gazetteer of villages', () => {
  const village = (id: string, nameAr: string, nameEn: string, admin1Ar: string, kind: GazetteerPlace['kind'] = 'village'): GazetteerPlace =>
    ({ id, nameAr, nameEn, altNames: [], admin1Ar, admin1En: null, lat: 35, lon: 37, kind, source: 'test' });
  const extractor = new Extractor(
    loadGazetteer(null, [
      village('T1', 'جروح', 'Jurouh', 'حماة'),
      village('T2', 'زارة', 'Zara', 'حمص'),
      village('T3', 'صنع', 'Sanaa', 'حلب'),
      village('T4', 'محردة', 'Mhardeh', 'حماة', 'district'),
      village('T5', 'الزهراء', 'Zahra', 'حلب'),
      village('T6', 'أبو عمر', 'Abu Omar', 'دير الزور'),
      village('T7', 'إدلب', 'Idleb', 'إدلب', 'city'),
      { ...village('T8', 'حمص', 'Homs', 'حمص', 'district'), altNames: ['Homs District'] },
    ]),
  );
  const claims = (language: 'ar' | 'en', body: string) =>
    extractor.extract(ArticleSchema.parse({ articleId: 'a', url: 'https://example.org/a', outlet: { id: 'o', name: 'Outlet' }, language, publishedAt: '2020-03-04T10:00:00Z', body })).claims;
  const placeOf = (language: 'ar' | 'en', body: string) => claims(language, body).map((c) => (language === 'ar' ? c.place.name : c.place.nameEn));
  const placeIds = (body: string) => claims('en', body).map((c) => c.place.id);

  it('"أصيب عنصران بجروح": the wounds are no village named Jurouh', () => {
    expect(placeOf('ar', 'قُتل جندي وأصيب عنصران بجروح في قصف على ريف حماة.')).toEqual(['حماة', 'حماة']);
  });

  it('"a village called Jurouh" is still that village after its marker', () => {
    expect(placeOf('ar', 'قُتل مدنيان في قصف على قرية جروح.')).toEqual(['جروح']);
  });

  it('"في وزارة الداخلية": no "and" follows a preposition, so the ministry hides no village Zara', () => {
    expect(placeOf('ar', 'قُتل 16 عنصراً في ريف حمص، بحسب مصدر في وزارة الداخلية.')).toEqual(['حمص']);
  });

  it('"Hama, SANA –": the agency in a dateline is no village', () => {
    expect(placeOf('en', 'Hama, SANA – A child was killed on Saturday by rocket shells fired by terrorists.')).toEqual(['Hama']);
  });

  it('"the Zahra district of Homs" is a quarter of Homs, not a village Zahra elsewhere', () => {
    expect(placeIds('Twin car bombs killed at least 32 people near a school in the Zahra district of Homs on Wednesday.')).toEqual(['unlisted:حمص:zahra']);
  });

  it('"who gave his name as Abu Omar": unmarked, a kunya is a person, not a hamlet', () => {
    const ids = placeIds('A rebel commander, who gave his name as Abu Omar, said his fighters had captured two soldiers.');
    expect(ids).toHaveLength(1);
    expect(ids).not.toContain('T6');
  });

  it('"Idleb countryside" is the province even where a city is spelled so: a town named beside it is more specific', () => {
    expect(placeOf('en', 'A child was killed as militants positioned in Idleb countryside shelled Mhardeh with rockets.')).toEqual(['Mhardeh']);
  });

  it('"the Homs district of Baba Amr": the quarter, not the district the gazetteer holds', () => {
    expect(placeIds('In the Homs district of Baba Amr, the Syrian Network for Human Rights said 21 people died.')).toEqual(['unlisted:حمص:baba amr']);
  });

  it('"the city of Mhardeh", held only as a district, is the town: more specific than the province named beside it', () => {
    expect(placeOf('en', 'A child was killed as militants in the Idleb countryside shelled the city of Mhardeh in the northern countryside of Hama.')).toEqual(['Mhardeh']);
  });
});

describe('a building no gazetteer knows', () => {
  it('"passed away in al-Mujtahed Hospital": where the wounded died is not the place of the attack', () => {
    const claims = claimsOf('en', 'A bomb killed 14 people in Jisr al-Rais in Damascus on Wednesday. Later, a police commander told SANA that the number of dead rose to 15 after one of the injured passed away in al-Mujtahed Hospital.');
    expect(claims.map((c) => c.place?.name)).toEqual(['Jisr al-Rais', 'Jisr al-Rais']);
  });
});

describe('a toll abroad', () => {
  it('"في غارة … على بلدة تمنين التحتا بقضاء بعلبك شرقي لبنان": another country\'s, no claim', () => {
    expect(claimsOf('ar', 'قُتل خمسة أشخاص، بينهم عاملان سوريان، في غارة إسرائيلية استهدفت مبنى سكنياً في بلدة تمنين التحتا بقضاء بعلبك شرقي لبنان.')).toEqual([]);
  });

  it('"in retaliation for the killing of nine Turkish soldiers in northern Iraq": no claim', () => {
    expect(claimsOf('en', "Turkey's Defense Ministry said it had struck targets in retaliation for the killing of nine Turkish soldiers in northern Iraq on Friday.")).toEqual([]);
  });

  it('a bombing in a neighbour\'s large city ("تفجير في مدينة إسطنبول", "in Istanbul"): no claim', () => {
    expect(claimsOf('ar', 'أودى تفجير في مدينة إسطنبول بحياة ستة أشخاص وجرح ٨١ آخرين، بحسب مسؤولين أتراك.')).toEqual([]);
    expect(claimsOf('en', 'A bombing in Istanbul killed six people and wounded 81 others, Turkish officials said.')).toEqual([]);
  });

  it('a town named as another country\'s ("the Turkish border town of Akcakale", "بلدة أقجة قلعة التركية"): no claim, Syria named as whence the shells came or not', () => {
    expect(claimsOf('en', "Mortar bombs fired from Syria killed a baby and a man in the Turkish border town of Akcakale and wounded 16 others, the town's mayor said.")).toEqual([]);
    expect(claimsOf('ar', 'قُتل طفل وأصيب ثلاثة آخرون بسقوط قذائف على بلدة أقجة قلعة التركية الحدودية، بحسب مصادر محلية.')).toEqual([]);
    expect(claimsOf('ar', 'قُتل طفل وأصيب ثلاثة آخرون بسقوط قذائف على بلدة أقجة قلعة الحدودية، بحسب مصادر محلية.')).toHaveLength(2);
  });

  it('"Turkish border towns", "قضاء قرقميش": another country\'s; Syria named only as whence the shells came', () => {
    expect(claimsOf('en', 'Mortar shells fired from Syria slammed into Turkish border towns on Friday, killing eight civilians and wounding dozens, Turkish officials said.')).toEqual([]);
    expect(claimsOf('ar', 'أفادت ولاية غازي عنتاب بأن قذائف صاروخية أُطلقت من منطقة تل رفعت السورية سقطت على قضاء قرقميش الحدودي، ما أدى إلى مقتل شخصين وإصابة ستة آخرين.')).toEqual([]);
    expect(claimsOf('en', "The governor's office in Sanliurfa province said four people were killed in Akcakale, while mortar fire had also hit Nusaybin, across the border from the Syrian city of Qamishli, wounding 16.")).toEqual([]);
  });

  it('a village no gazetteer lists "in the Bekaa Valley", "في البقاع": a neighbour\'s region places the toll abroad', () => {
    expect(claimsOf('en', "A strike hit a car near the village of Qusaya in the Bekaa Valley, killing four people, Lebanon's Health Ministry said.")).toEqual([]);
    expect(claimsOf('ar', 'قتل أربعة أشخاص بغارة إسرائيلية على سيارة قرب بلدة قوسايا في البقاع.')).toEqual([]);
  });

  it('\'415 "terrorists" had been "neutralized", a term for fighters killed, wounded or captured\': no outcome', () => {
    expect(claimsOf('en', 'Turkey\'s Defense Ministry said 415 "terrorists" had been "neutralized" near Ras al-Ain, a term it uses for fighters killed, wounded or captured.')).toEqual([]);
  });

  it('a country named as whose ("two members of Lebanon\'s Hezbollah") or beside a Syrian place places nothing abroad', () => {
    expect(claimsOf('en', "An Israeli strike near Yafour killed two members of Lebanon's Hezbollah, Syria's defence ministry said.")).toHaveLength(1);
    expect(claimsOf('ar', 'قُتل ثلاثة مدنيين بقصف تركي على قرية قرب مدينة عين العرب على الحدود مع تركيا.')).toHaveLength(1);
  });
});

describe('a place named as in a country abroad', () => {
  it('"to hospitals in Azaz and across the border in Kilis, Turkey": Azaz', () => {
    const claims = claimsOf('en', 'The White Helmets said it had recovered 11 bodies and taken 34 wounded people to hospitals in Azaz and across the border in Kilis, Turkey.');
    expect(claims.map((c) => c.place.nameEn)).toEqual(['Azaz', 'Azaz']);
  });
});

describe('a word of a source\'s name', () => {
  it('"في طريق الثورة" is the revolution\'s; "مدينة الثورة" is the town', () => {
    const [claim] = claimsOf('ar', 'قُتل ثلاثة عناصر من الأمن العام في هجوم على حاجز، وقال قائد ميداني إن رفاقه ماضون في طريق الثورة.');
    expect(claim.place.name).not.toBe('الثورة');
    const [town] = claimsOf('ar', 'قُتل ثلاثة مدنيين بانفجار لغم في مدينة الثورة بريف الرقة.');
    expect(town.place.name).toBe('الثورة');
  });

  it('"الهيئة العامة للثورة السورية": the revolution is no town Al-Thawrah', () => {
    const [claim] = claimsOf('ar', 'وقالت الهيئة العامة للثورة السورية إن عدد القتلى بلغ 52 قتيلاً اليوم.');
    expect(claim.place.name).not.toBe('الثورة');
  });
});

describe('the lead\'s toll told place by place in the next sentence', () => {
  const read = (body: string) => claimsOf('ar', body, '2018-01-09T12:00:00Z').map((c) => `${c.outcome} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`);

  it('groups at the places the lead named, adding up to no more than it, are its parts', () => {
    expect(
      read('استشهد مدنيان وأصيب 11 آخرون بجروح جراء قذائف على حيي باب توما والعباسيين في مدينة دمشق. وذكر مصدر في الشرطة أن قذيفة سقطت في حي باب توما ما أدى إلى استشهاد تلميذة وإصابة ستة أشخاص، فيما سقطت قذيفتان في حي العباسيين ما تسبب باستشهاد رجل مسن وإصابة خمسة آخرين.'),
    ).toEqual(['killed 2', 'injured 11', 'killed 1 (part)', 'injured 6 (part)', 'killed 1 (part)', 'injured 5 (part)']);
  });

  it('groups that add up to more than the lead, or at a place it did not name, stay tolls of their own', () => {
    expect(read('قُتل مدنيان بقصف على حي باب توما في دمشق. وفي حي جوبر قُتل ثلاثة أشخاص، فيما قُتل شخصان في حي القابون.')).toEqual(['killed 2', 'killed 3', 'killed 2']);
  });
});

describe('where the wounded were taken', () => {
  it('"taken to hospitals in Qamishli and Hasakah": the hospitals\' towns are no place of the figure', () => {
    const names = claimsOf('en', 'Turkish artillery shelled the town of Amuda on Friday. The Kurdish Red Crescent said 14 wounded civilians had been taken to hospitals in Qamishli and Hasakah.').map((c) => c.place.nameEn);
    expect(names).toEqual(['Amuda']);
  });

  it.each([
    ['"نُقلوا إلى مشافي مدينة الحسكة": the same in Arabic', 'قصفت القوات التركية بلدة عامودا صباح اليوم. وقال الهلال الأحمر الكردي إن 14 جريحاً مدنياً نُقلوا إلى مشافي مدينة الحسكة.', 'عامودا'],
    ['"مستشفى تل تمر استقبل معظم المصابين": a hospital named for its town received them', 'قصفت الطائرات التركية قافلة قرب رأس العين. وقالت هيئة الصحة إن عدد القتلى ارتفع إلى أربعة عشر، مشيرة إلى أن مستشفى تل تمر استقبل معظم المصابين.', 'رأس العين'],
    ['"نُقل بعضهم إلى مشاف في ريف حلب": where the hospitals are, said with "في"', 'قصف الطيران الحربي بلدة الأتارب صباح اليوم. وأشار المرصد إلى وجود عشرات الجرحى نُقل بعضهم إلى مشاف في ريف حلب الغربي.', 'الأتارب'],
  ])('%s', (_, body, name) => {
    expect(claimsOf('ar', body).map((c) => c.place.name)).toEqual([name]);
  });
});

describe('a place only in a speaker\'s name', () => {
  it('"قال مدير مشفى معرة النعمان المركزي": the story\'s place before it is the figure\'s', () => {
    const body = 'قُتل خمسة مدنيين بغارة على بلدة كفرومة. «استقبلنا 23 جريحاً خلال ساعة واحدة»، قال مدير مشفى معرة النعمان المركزي للجزيرة نت.';
    expect(claimsOf('ar', body).map((c) => c.place.name)).toEqual(['كفرومة', 'كفرومة']);
  });
});

describe('near a place', () => {
  it('"ambushed a bus … near Kabajeb": the place near which it happened is the place, not the next town the story names', () => {
    const body =
      'ISIS cells ambushed a bus carrying soldiers on the Palmyra–Deir Ezzor road near Kabajeb in the south-western Deir Ezzor desert this morning, killing nine soldiers. In a separate incident, a landmine exploded near al-Sukhnah in the eastern Homs desert, killing three truffle hunters.';
    expect(claimsOf('en', body).map((c) => c.place.nameEn ?? c.place.name)).toEqual(['Kabajeb', 'al-Sukhnah']);
  });
});

describe('an airport named for its town', () => {
  it.each([
    ['قُتل جنديان في غارة إسرائيلية على محيط مطار دمشق الدولي.', 'مطار دمشق الدولي'],
    ['قُتل خمسة جنود أتراك في قصف على مطار تفتناز العسكري.', 'مطار تفتناز العسكري'],
    ['قُتل 38 شخصاً في غارات استهدفت مستودعات قرب مطار حلب الدولي. وفي الميادين، قُتل شخصان.', 'مطار حلب الدولي'],
  ])('"%s": the airport is the place, not its town', (body, name) => {
    expect(claimsOf('ar', body)[0].place.name).toBe(name);
  });
});

describe('an English site named with its word: a base, an airport, a dam, a prison', () => {
  it.each([
    ['Islamic State fighters stormed the Tabqa air base, killing 20 soldiers.', 'Tabqa air base'],
    ['Rebels shelled the Taftanaz military airport, killing three soldiers.', 'Taftanaz military airport'],
    ['Turkish drones struck a convoy near the Tishreen Dam, killing five civilians.', 'Tishreen Dam'],
    ["Seven guards were killed when IS fighters attacked al-Sina'a prison in Hasakah.", "al-Sina'a prison"],
    ['Two soldiers were killed in an Israeli strike near Damascus International Airport.', 'Damascus International Airport'],
  ])('"%s": the base is the place, named with its words', (body, name) => {
    expect(claimsOf('en', body).map((c) => c.place.name)).toEqual([name]);
  });
});

describe('a suburb named for its city', () => {
  it.each([
    ['Security forces killed two mourners in the Damascus suburb of Douma on Sunday.', 'دوما'],
    ['Mortar fire killed a woman in the Damascus suburb of Jaramana.', 'جرمانا'],
    ['Mortar fire killed a woman in the suburb of Jaramana.', 'جرمانا'],
  ])('"%s": the suburb is the place, not the city', (body, name) => {
    expect(claimsOf('en', body).map((c) => c.place.name)).toEqual([name]);
  });

  it('"a quarter of Homs" still names the quarter: "the Baba Amr district of Homs"', () => {
    expect(claimsOf('en', 'Shelling killed 12 people in the Baba Amr district of Homs, activists said.').map((c) => c.place.name)).toEqual(['Baba Amr']);
  });
});

/** One place per story: rules of the twelfth session, each row a construction. */
describe('the place of a figure', () => {
  it.each([
    ['"on the outskirts of X": a part of a place is the place', 'en', 'A member of the Asayish was killed at a checkpoint on the outskirts of al-Darbasiyah, the Asayish said.', 'الدرباسية'],
    ['"the entrance to X": the same', 'en', 'Two soldiers were killed at the entrance to Amuda, the ministry said.', 'عامودا'],
    ['"in nearby X": the adjective between the locative and the name', 'en', 'A handful of civilians in nearby Sarmin were lightly wounded by shrapnel, the monitor said.', 'سرمين'],
    ['"in neighbouring X": the same', 'en', 'Five civilians were wounded by shrapnel in neighbouring Sarmin, the monitor said.', 'سرمين'],
    ['a bearing in the lead, then a village no gazetteer knows named as one', 'en', 'Government troops shot dead at least 12 farmers in northern Syria, activists said. The Observatory said the men were killed in the village of Umm Tuwaynah after troops stormed it.', 'Umm Tuwaynah'],
    ['a lead that names no place, then a camp no gazetteer knows', 'en', 'A missile hit a camp near the Turkish border, killing nine civilians, the monitor said. The Observatory said the missile struck tents in the Zaytuna camp at dawn.', 'Zaytuna'],
    ['"the X and Y neighbourhoods": the first quarter under one plural word', 'en', 'Mortar fire killed three people in the Jamiliyah and Furqan neighbourhoods on Monday, state media said.', 'Jamiliyah'],
    ['"نُقل معظمهم إلى مشفى ميداني في حي الشعار": a hospital with its adjective is where the wounded were taken', 'ar', 'سقط برميل متفجر على سوق في حي الصاخور. وقال ناشطون إن عدد الجرحى بلغ 40، نُقل معظمهم إلى مشفى ميداني في حي الشعار.', 'الصاخور'],
    ['"Tahrir al-Sham fighters": al-Sham inside a side\'s name is not Damascus', 'en', 'Ahrar al-Sham said four of its fighters had been killed when Tahrir al-Sham fighters stormed its positions.', 'unknown'],
    ['"على منطقتي باب توما والقصاع": the first of two areas under one dual word', 'ar', 'استشهد ٤ مواطنين جراء قذائف الهاون على منطقتي باب توما والقصاع في دمشق صباح اليوم.', 'باب توما'],
    ['"the village of Hreisoun outside the coastal city of Baniyas": a village said to be one is finer than a city', 'en', 'Gunmen went house to house in the village of Hreisoun outside the coastal city of Baniyas on Friday, killing at least 52 civilians, a war monitor said.', 'Hreisoun'],
    ['"most of them in the Baba Amr district": where most were is no place of the figure', 'en', 'The Local Coordination Committees said 31 people were killed in Homs, most of them in the Baba Amr district.', 'حمص'],
    ['"معظمهم في حي بابا عمرو": the same in Arabic', 'ar', 'قالت لجان التنسيق إن 31 شخصاً قتلوا في حمص، معظمهم في حي بابا عمرو.', 'حمص'],
    ['"معظمهم بحي المحطة": the same, the preposition on the marker', 'ar', 'قتل 7 أشخاص في قصف على بلدة حمورية، معظمهم بحي المحطة.', 'حمورية'],
    ['where most were serves when the sentence names no other place', 'en', 'The Kurdish Red Crescent said at least 35 people had been wounded, most of them in Ras al-Ain.', 'رأس العين'],
    ['"منطقة خفض التصعيد" after a bearing is no village: the bearing\'s country stays the place', 'ar', 'قتل 5 مدنيين بقصف على شمال غربي سوريا، بحسب المرصد. وتتعرض منطقة خفض التصعيد لقصف شبه يومي.', 'سوريا'],
  ] as const)('%s', (_, language, body, name) => {
    expect(claimsOf(language, body).map((c) => c.place.name)).toEqual([name]);
  });
});

describe('where people had moved from, or shells were fired from', () => {
  it.each([
    ['ar', 'قُتل سبعة أشخاص في قصف على مدينة جسر الشغور، بينهم عائلة من خمسة أفراد نزحت إلى المدينة من منطقة الشيخ سعيد، بحسب ناشطين.', 'جسر الشغور'],
    ['en', 'The shelling killed seven people in Jisr al-Shughur, including a family who had fled from the town of Kafranbel, activists said.', 'جسر الشغور'],
    ['ar', 'وقال مصدر محلي من ذيبان إن امرأتين قُتلتا صباح اليوم بقذائف أطلقتها «قسد» من مواقعها في بلدة الشحيل.', 'ذيبان'],
    ['en', 'Two women were killed in Ariha on Friday by shells fired from army positions in the town of Saraqeb, a local source said.', 'أريحا'],
  ] as const)('%s: "%s" is no place of the figure or its part', (language, body, name) => {
    expect(new Set(claimsOf(language, body).map((c) => c.place.name))).toEqual(new Set([name]));
  });
});

describe('a lead that names no place', () => {
  it('is placed by the town the next sentences name ("…slammed into tents near the town of Saraqeb")', () => {
    const names = claimsOf('en', 'BEIRUT (AFP) - Missile fire on a camp for displaced people near the Turkish border killed 16 civilians late Wednesday, a war monitor said. The monitor said the missile slammed into tents near the town of Saraqeb in Idlib province.').map((c) => c.place.nameEn);
    expect(names).toEqual(['Saraqeb']);
  });
});

describe('more of a figure at another place, its noun and verb left out', () => {
  const read = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => `${c.victims.kind} ${c.count.min} ${c.place.nameEn ?? c.place.name}`);

  it('"killed five people in Saraqeb and three in Ariha": two figures, each at its town', () => {
    expect(read('en', 'Air strikes killed five people in Saraqeb and three in Ariha on Monday, activists said.')).toEqual(['unspecified 5 Saraqeb', 'unspecified 3 Ariha']);
  });

  it('past a relative clause: "killed in Jableh, where …, and 48 in Tartus"', () => {
    expect(read('en', 'The monitor said at least 73 people were killed in Jableh, where explosions struck a bus station, and 48 in Tartus.')).toEqual(['unspecified 73 Jableh', 'unspecified 48 Tartus']);
  });

  it('"قتل خمسة مدنيين في سراقب وثلاثة في أريحا": the same in Arabic, of the same kind', () => {
    expect(read('ar', 'قُتل خمسة مدنيين في سراقب وثلاثة في أريحا بغارات جوية اليوم.').map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual(['civilians 5', 'civilians 3']);
  });
});

describe('a street named for a town', () => {
  it('"a market on Raju Street" in Afrin is in Afrin, not the town of Raju', () => {
    const names = claimsOf('en', 'A car bomb exploded in Afrin on Tuesday. The blast hit a crowded market on Raju Street, killing 12 people, the civil defence said.').map((c) => c.place.nameEn);
    expect(names).toEqual(['Afrin']);
  });

  it('"في شارع راجو": the same in Arabic (a guard)', () => {
    const names = claimsOf('ar', 'انفجرت سيارة مفخخة في مدينة عفرين ظهر اليوم. وقُتل 12 شخصاً بانفجار سيارة مفخخة في شارع راجو.').map((c) => c.place.name);
    expect(names).toEqual(['عفرين']);
  });
});

describe('a village that shares a name with a city abroad', () => {
  it('"قرية صيدا" in Daraa is no Sidon: the figure is kept', () => {
    expect(claimsOf('ar', 'قُتل طفلان بقصف مدفعي على قرية صيدا صباح اليوم.').map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual(['children 2']);
  });
});

describe('a toll over days of fighting', () => {
  it('"ارتفع عدد القتلى منذ اندلاع المواجهات يوم الأحد إلى 54", naming no place, is of the governorate, not of the town last named', () => {
    const body = 'قُتل مدنيان برصاص قناص في بلدة ذيبان بريف دير الزور الشرقي اليوم الخميس، بحسب ناشطين. وقال المرصد السوري لحقوق الإنسان إن عدد القتلى منذ اندلاع المواجهات يوم الأحد الماضي ارتفع إلى 54.';
    expect(claimsOf('ar', body, '2023-08-31T12:00:00Z').map((c) => `${c.count.min} ${c.place.name}`)).toEqual(['2 ذيبان', '54 دير الزور']);
  });

  it('a day\'s toll with no place of its own stays at the town last named', () => {
    const body = 'قُتل مدنيان برصاص قناص في بلدة ذيبان بريف دير الزور الشرقي اليوم الخميس، بحسب ناشطين. وقال المرصد السوري لحقوق الإنسان إن ثلاثة آخرين أصيبوا.';
    expect(claimsOf('ar', body, '2023-08-31T12:00:00Z').map((c) => c.place.name)).toEqual(['ذيبان', 'ذيبان']);
  });
});

describe('the governorate named back', () => {
  it('"على أطراف المحافظة": the governorate of the place in focus', () => {
    const body = 'قتل 37 شخصاً في حي المقوس شرقي مدينة السويداء. وأعلنت وزارة الدفاع مقتل ستة من عناصرها خلال انتشار وحداتها على أطراف المحافظة.';
    expect(claimsOf('ar', body).map((c) => c.place.name)).toEqual(['المقوس', 'السويداء']);
    expect(claimsOf('ar', body)[1].place.precision).toBe(4);
  });
});

describe('a sentence that opens on a place', () => {
  it('"In Suwayda, the toll … continued to climb." moves the story there from the capital', () => {
    const body = [
      'Syria\'s Health Ministry said three people were killed in Israeli airstrikes on the General Staff headquarters in Umayyad Square in Damascus.',
      'In Suwayda, the toll of the fighting that erupted on Sunday continued to climb.',
      'The Syrian Observatory for Human Rights said on Thursday that 594 people had been killed since Sunday.',
    ].join(' ');
    expect(claimsOf('en', body, '2025-07-17T14:30:00Z').map((c) => c.place.nameEn ?? c.place.name)).toEqual(['Umayyad Square', 'As-Suwayda']);
  });
});

describe('the capital', () => {
  const place = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => c.place.nameEn ?? c.place.name);

  it('"neighbourhoods of the capital", "أحياء العاصمة": Damascus', () => {
    expect(place('en', 'Rebels fired rockets at several neighbourhoods of the capital, killing a woman, according to SANA.')).toEqual(['Damascus']);
    expect(place('ar', 'سقطت قذائف على أحياء العاصمة ما أدى إلى مقتل امرأة.')).toEqual(['Damascus']);
  });

  it('not another country\'s capital, nor a bearing from it', () => {
    expect(place('ar', 'انفجرت سيارة مفخخة في العاصمة اللبنانية ما أدى إلى مقتل خمسة أشخاص.')).not.toContain('Damascus');
    expect(place('en', 'Shelling killed five people in the eastern suburbs of Jobar and Zamalka, east of the capital, activists said.')).toEqual(['Jobar']);
  });
});

describe('"the city" named back', () => {
  const place = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => c.place.nameEn ?? c.place.name);

  it('"put the toll in the city at 23": the city named before, not the district the next clause names', () => {
    const body = 'Activists said 47 people were killed in Homs on Wednesday. The Syrian Observatory put the toll in the city at 23 civilians and said 11 rebel fighters were killed in clashes in the nearby Inshaat district.';
    expect(place('en', body)).toEqual(['Homs', 'Homs', 'Inshaat']);
  });

  it('"سقوط واحد وأربعين شهيداً في المدينة، مشيرة إلى أن الحصيلة في عموم سوريا…": the same in Arabic', () => {
    const body = 'سقط ٢٧ شهيداً اليوم في حمص، بحسب الهيئة العامة للثورة السورية. غير أن لجان التنسيق المحلية أكدت سقوط واحد وأربعين شهيداً في المدينة، مشيرة إلى أن حصيلة الشهداء في عموم سوريا بلغت اليوم 63 شهيداً.';
    expect(place('ar', body).slice(0, 2)).toEqual(['Homs', 'Homs']);
  });

  it('"in the city of Hama" names a city of its own', () => {
    expect(place('en', 'Five civilians were killed in Homs on Monday. Three civilians were killed in the city of Hama on Tuesday.')).toEqual(['Homs', 'Hama']);
  });
});
