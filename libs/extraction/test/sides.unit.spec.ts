import { claimsOf } from './support';

/** Which side fighters belong to when the text names the side and not the fighters' kind, and when it names it after the regime fell. */
describe('sides by name and by date', () => {
  const read = (language: 'ar' | 'en', body: string, publishedAt?: string) =>
    claimsOf(language, body, publishedAt).map((c) => ({ outcome: c.outcome, victims: c.victims, min: c.count.min }));
  const BEFORE = '2020-03-01T10:00:00Z';
  const AFTER = '2025-03-09T10:00:00Z';

  it('"من عناصر وزارة الدفاع": the Syrian state\'s ministry (no side after the fall), not the ministry of a nationality named after it', () => {
    const body = 'أكدت مصادر عسكرية سورية مقتل ثلاثة من عناصر وزارة الدفاع في غارة إسرائيلية قرب بلدة المزرعة.';
    expect(read('ar', body, BEFORE)).toEqual([{ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'regime_forces' }, min: 3 }]);
    expect(read('ar', body, AFTER)).toEqual([{ outcome: 'killed', victims: { kind: 'combatants' }, min: 3 }]);
    expect(read('ar', 'أعلنت وزارة الدفاع التركية مقتل جنديين قرب تل أبيض.', AFTER)).toEqual([{ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'turkish_forces' }, min: 2 }]);
  });

  it('"الفلول", "المسلحين الموالين للنظام": the regime\'s armed men, before and after it fell', () => {
    expect(read('ar', 'وأسرت القوات 25 عنصراً من الفلول قرب جبلة.', AFTER)).toEqual([{ outcome: 'captured', victims: { kind: 'combatants', affiliation: 'regime_forces' }, min: 25 }]);
    expect(read('ar', 'وقتل 94 من المسلحين الموالين للنظام في المعارك قرب حلب.', BEFORE)).toEqual([{ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'regime_forces' }, min: 94 }]);
  });

  it('"11 من قوات النظام": a side named with no noun for its members counts its fighters', () => {
    expect(read('ar', 'وأسفر الهجوم عن مقتل 11 من قوات النظام في ريف جبلة، بحسب المرصد السوري.', BEFORE)).toEqual([
      { outcome: 'killed', victims: { kind: 'combatants', affiliation: 'regime_forces' }, min: 11 },
    ]);
  });

  it('the army and the security forces, named with no adjective, are the state\'s', () => {
    expect(read('en', 'Gunmen killed 11 members of the army and security forces in Deraa, SANA said.', BEFORE)).toEqual([
      { outcome: 'killed', victims: { kind: 'combatants', affiliation: 'regime_forces' }, min: 11 },
    ]);
    // (Another country's army is not.)
    expect(read('ar', 'قتل ثلاثة عناصر من الجيش اللبناني في اشتباك على الحدود.', BEFORE)[0].victims).not.toHaveProperty('affiliation', 'regime_forces');
  });

  it('"Turkey-backed Syrian rebel factions": the backer names the side, whatever words come between', () => {
    expect(read('en', 'The SDF said it killed 22 members of Turkey-backed Syrian factions near Ras al-Ain.', BEFORE)).toEqual([
      { outcome: 'killed', victims: { kind: 'combatants', affiliation: 'sna' }, min: 22 },
    ]);
    expect(read('en', 'Among the dead were four fighters from Turkey-backed rebel factions, the Syrian Observatory said.', BEFORE)[0].victims).toEqual({
      kind: 'combatants',
      affiliation: 'sna',
    });
  });

  it('after December 2024 the state\'s forces have no side, and the fallen regime\'s loyalists are regime_forces', () => {
    const claims = read('ar', 'قُتل 16 عنصراً من جهاز الأمن العام في ريف جبلة، بحسب المرصد السوري. وقُتل 11 من فلول النظام في الاشتباكات.', AFTER);
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants' }, min: 16 });
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'regime_forces' }, min: 11 });
    expect(read('en', 'Five members of the security forces were killed in Rastan, SANA said.', AFTER)[0].victims).toEqual({ kind: 'combatants' });
    expect(read('en', 'Five members of the security forces were killed in Rastan, SANA said.', BEFORE)[0].victims).toEqual({ kind: 'combatants', affiliation: 'regime_forces' });
    // "loyal to the former regime" names the loyalists as "فلول" does.
    expect(read('ar', 'وقُتل 28 من المسلحين الموالين للنظام السابق في ريف اللاذقية.', AFTER)[0].victims).toEqual({ kind: 'combatants', affiliation: 'regime_forces' });
    expect(read('en', 'Security forces killed 28 gunmen loyal to the former regime near Jableh.', AFTER)[0].victims).toEqual({ kind: 'combatants', affiliation: 'regime_forces' });
  });

  it('the opposition press\'s names for the regime\'s forces ("ميليشيات أسد") are the regime\'s', () => {
    expect(read('ar', 'قُتل أكثر من 40 عنصراً من ميليشيات أسد الطائفية في محيط كفرنبودة.', BEFORE)[0].victims).toEqual({ kind: 'combatants', affiliation: 'regime_forces' });
  });

  it('"الفصائل المحلية": a town\'s own armed men, no side of the war\'s', () => {
    expect(read('ar', 'وقُتل ستة من عناصر الفصائل المحلية المرافقة للقافلة قرب بلدة براق.', AFTER)[0].victims).toEqual({ kind: 'combatants' });
  });

  it('the regime\'s divisions and intelligence branches by name are the regime\'s', () => {
    expect(read('ar', 'اغتال مسلحون مجهولون عنصراً في "الفرقة الرابعة" في مدينة طفس.', BEFORE)[0].victims).toEqual({ kind: 'combatants', affiliation: 'regime_forces' });
    expect(read('ar', 'قُتل عنصران من فرع الأمن العسكري بهجوم على حاجز في مدينة جاسم.', BEFORE)[0].victims).toEqual({ kind: 'combatants', affiliation: 'regime_forces' });
  });

  it('a tribe named alone names no armed men: its dead are not fighters', () => {
    expect(read('ar', 'قصف الطيران قرية لعشيرة الشعيطات ما أدى إلى مقتل عدد منهم.', BEFORE)[0].victims.kind).not.toBe('combatants');
  });

  it('tribal fighters have no side, alone or listed beside a side\'s', () => {
    expect(read('ar', 'قُتل سبعة من مقاتلي العشائر العربية في اشتباكات مع قوات سوريا الديمقراطية في بلدة ذيبان.', BEFORE)[0].victims).toEqual({ kind: 'combatants' });
    expect(read('ar', 'قُتل ستة من مقاتلي العشائر وأربعة عناصر من قوات سوريا الديمقراطية "قسد" في بلدة ذيبان.', BEFORE).map((c) => c.victims)).toEqual([
      { kind: 'combatants' },
      { kind: 'combatants', affiliation: 'sdf' },
    ]);
  });

  it('the Asayish (internal security of the north-east) are fighters with no side key, not the SDF', () => {
    expect(read('en', 'Two members of the Internal Security Forces (Asayish) were killed in Tel Tamr, a security source said.', BEFORE)[0].victims).toEqual({ kind: 'combatants' });
    expect(read('ar', 'قُتل عنصران من قوى الأمن الداخلي (الأسايش) في مدينة عامودا.', BEFORE)[0].victims).toEqual({ kind: 'combatants' });
  });

  it.each([
    ['قضى أربعة مقاتلين من الوحدات في اشتباكات قرب قرية ترندة، بحسب المرصد.', 'sdf'],
    ['قُتل تسعة من مقاتلي الزنكي في اشتباكات قرب دارة عزة.', 'opposition_factions'],
    ['قُتل ثمانية من عناصر الشرطة والأمن برصاص مسلحين في إزرع.', 'regime_forces'],
    ['قُتل خمسة من مقاتلي لواء التوحيد في حي صلاح الدين.', 'fsa'],
  ])('a side named by its short or own name: %s', (body, side) => {
    expect(read('ar', body, BEFORE)[0].victims).toEqual({ kind: 'combatants', affiliation: side });
  });

  it('a branch named after "الأمن" or "الشرطة" is no bare state force', () => {
    expect(read('ar', 'قُتل ثلاثة عناصر من الشرطة العسكرية في عفرين.', BEFORE)[0].victims).not.toHaveProperty('affiliation', 'regime_forces');
  });
});

describe('generic names that are no side of their own (review of the sixth session)', () => {
  const read = (language: 'ar' | 'en', body: string, publishedAt?: string) =>
    claimsOf(language, body, publishedAt).map((c) => `${c.outcome} ${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.count.min}`);

  it.each([
    ['en', 'Three members of the Iraqi security forces were killed near the border on Tuesday.', 'killed combatants/- 3'],
    ['en', 'The Free Syrian Army captured 20 soldiers near Idlib on Tuesday.', 'captured combatants/regime_forces 20'],
    ['ar', 'قتل ثلاثة عناصر من الشرطة العسكرية في عفرين.', 'killed combatants/- 3'],
  ] as const)('%s: %s', (language, body, claim) => {
    expect(read(language, body, '2020-03-01T10:00:00Z')).toEqual([claim]);
  });

  it('a claim dated before the regime fell names the regime, though told after it', () => {
    expect(read('ar', 'قُتل 11 عنصراً من قوات النظام يوم 5 كانون الأول في ريف حماة، بحسب المرصد.', '2024-12-14T10:00:00Z')[0]).toBe(
      'killed combatants/regime_forces 11',
    );
  });
});

describe('parts by place need a place', () => {
  it('"بينهم 3 في حالة خطرة", "including 3 in critical condition": no part by place', () => {
    expect(claimsOf('ar', 'أصيب 12 شخصاً في القصف على بلدة سرمين، بينهم 3 في حالة خطرة.').map((c) => c.count.min)).toEqual([12]);
    expect(claimsOf('en', 'Twelve people were wounded in the shelling of Sarmin, including 3 in critical condition.').map((c) => c.count.min)).toEqual([12]);
  });
});

describe('a state that speaks of soldiers', () => {
  it('"seven soldiers were killed …, Turkey said": its own soldiers', () => {
    const claims = claimsOf('en', 'A suicide bomber killed seven soldiers near Saraqeb on Monday, Turkey said.', '2020-02-11T10:00:00Z');
    expect(claims.map((c) => c.victims)).toEqual([{ kind: 'combatants', affiliation: 'turkish_forces' }]);
  });

  it('mourners are civilians', () => {
    expect(claimsOf('en', 'The strike killed two mourners at a funeral in Houla, activists said.').map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual(['civilians 2']);
  });
});

describe('what a story calls jihadists', () => {
  const sides = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => c.victims.affiliation ?? null);

  it('"militants" in a story that named Hayat Tahrir al-Sham are its fighters', () => {
    expect(sides('en', 'Russia and Hayat Tahrir al-Sham (HTS) gave different accounts of air strikes on Kafr Nabl. Russia\'s Defense Ministry said its aircraft had "eliminated" more than 30 militants.')).toEqual(['hts']);
  });

  it('"الإرهابيين" in a story that named the Islamic State are its fighters', () => {
    expect(sides('ar', 'هاجم تنظيم داعش نقاطاً للجيش قرب السخنة. وقال مصدر ميداني إن الجيش قتل 15 من الإرهابيين.')).toEqual(['isis']);
  });

  it('no side when the story named no jihadist group, or named both', () => {
    expect(sides('en', 'Air strikes on Kafr Nabl killed more than 30 militants, the ministry said.')).toEqual([null]);
    expect(sides('en', 'Islamic State and Hayat Tahrir al-Sham fighters clashed near Idlib. Air strikes on Kafr Nabl killed more than 30 militants, the ministry said.')).toEqual([null]);
  });

  it('"terrorists" and "تكفيريين", a government\'s and Hezbollah\'s words for any armed opponent, name no side', () => {
    expect(sides('en', 'Islamic State fighters attacked Palmyra. State television said the army had killed "dozens of terrorists" near Sawran.')).toEqual([null]);
    expect(sides('ar', 'هاجم تنظيم داعش نقاطاً للجيش قرب السخنة. وقال مصدر ميداني إن مقاتلي الحزب قتلوا 20 تكفيرياً.')).toEqual([null]);
  });
});

describe('a part of fighters', () => {
  it('"Seven soldiers were killed, including two conscripts": the part with no side of its own is of its whole\'s', () => {
    const claims = claimsOf('en', 'Seven soldiers were killed in the attack on a checkpoint near Morek, including two conscripts, SANA said.');
    expect(claims.map((c) => c.victims)).toEqual([
      { kind: 'combatants', affiliation: 'regime_forces' },
      { kind: 'combatants', affiliation: 'regime_forces' },
    ]);
  });
});

describe('fighters of both sides', () => {
  it('"17 fighters on both sides", "من الطرفين": no side, though the story named one', () => {
    expect(claimsOf('en', 'Islamic State fighters attacked the town of al-Bab. Clashes there killed 17 fighters on both sides, activists said.').map((c) => c.victims)).toEqual([{ kind: 'combatants' }]);
    expect(claimsOf('ar', 'هاجم تنظيم داعش مدينة الباب. وقتل 17 مقاتلاً من الطرفين في الاشتباكات، بحسب المرصد.').map((c) => c.victims)).toEqual([{ kind: 'combatants' }]);
  });
});

describe('a force named by whom it is of', () => {
  it('"The Kurdish-led force said three more of its fighters were wounded": its own, the SDF\'s', () => {
    const claims = claimsOf('en', 'Islamic State cells attacked a checkpoint near Derik. The Kurdish-led force said three more of its fighters were wounded in the attack.');
    expect(claims.map((c) => c.victims)).toEqual([{ kind: 'combatants', affiliation: 'sdf' }]);
  });
});

describe('a list whose first group is owned', () => {
  it('"three of its fighters and two members of the Asayish": the side named last is not the owned group\'s', () => {
    const claims = claimsOf('en', 'The Syrian Democratic Forces (SDF) said that three of its fighters and two members of the Internal Security Forces (Asayish) were killed while guarding a silo near Qamishli.');
    expect(claims.map((c) => c.victims)).toEqual([{ kind: 'combatants', affiliation: 'sdf' }, { kind: 'combatants' }]);
  });
});

describe('a side that speaks of its own fighters', () => {
  it('"قال فيلق الرحمن إن مقاتليه … قتلوا 11 عنصراً منها، معترفاً بمقتل ثلاثة من مقاتليه": its own, not the enemy named between', () => {
    const claims = claimsOf('ar', 'وعلى جبهة حي جوبر، قال فيلق الرحمن إن مقاتليه صدّوا محاولة تقدم لقوات النظام وقتلوا 11 عنصراً منها، معترفاً بمقتل ثلاثة من مقاتليه.', '2018-03-01T10:00:00Z');
    expect(claims.map((c) => `${c.count.min} ${c.victims.affiliation}`)).toEqual(['11 regime_forces', '3 faylaq_al_rahman']);
  });
});

describe('one number over two sides', () => {
  const sides = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => c.victims.affiliation ?? null);

  it('"seven members of the SDF and the Asayish", "36 Turkish soldiers and Turkey-backed FSA militants": of neither', () => {
    expect(sides('en', 'At least seven members of the Syrian Democratic Forces (SDF) and the Internal Security Forces (Asayish) were killed in the attack on the prison, an SDF official said.')).toEqual([null]);
    expect(sides('en', 'The YPG said it killed 36 Turkish soldiers and Turkey-backed Free Syrian Army (FSA) militants near Afrin.')).toEqual([null]);
    expect(sides('ar', 'قتل الثوار نحو عشرين عنصراً من قوات النظام والميليشيات الإيرانية المساندة لها قرب كفرنبودة.', )).toEqual([null]);
  });

  it('"two members of Hezbollah and a Syrian who was travelling with them": one more person, the side stays', () => {
    expect(sides('en', "An Israeli drone strike near Yafour killed two members of Lebanon's Hezbollah and a Syrian who was travelling with them, a war monitor said.")[0]).toBe('hezbollah');
  });
});

describe('a state\'s military that speaks of soldiers', () => {
  it('"The Israeli military said four soldiers were lightly wounded", "أعلنت وزارة الدفاع التركية إصابة خمسة جنود": its own', () => {
    expect(claimsOf('en', 'The Israeli military said four soldiers were lightly wounded in the raid near Quneitra.').map((c) => c.victims.affiliation)).toEqual(['israeli_forces']);
    expect(claimsOf('ar', 'أعلنت وزارة الدفاع التركية إصابة خمسة جنود بجروح في قصف على نقطة قرب سراقب.').map((c) => c.victims.affiliation)).toEqual(['turkish_forces']);
  });
});

describe('the army\'s divisions by number', () => {
  it('"23 عنصراً من "الفرقة 17"": the army\'s, though the sentence names the jihadists who attacked', () => {
    const claims = claimsOf('ar', 'قال المرصد إن حصيلة القتلى بلغت 23 عنصراً من "الفرقة 17" قرب الميادين، متهماً خلايا تنظيم "الدولة الإسلامية" بتنفيذ الهجوم.', '2023-08-11T10:00:00Z');
    expect(claims.map((c) => c.victims)).toEqual([{ kind: 'combatants', affiliation: 'regime_forces' }]);
  });
});

describe("an armed body's own members", () => {
  it('"قالت قوى الأمن الداخلي إن اثنين من أعضائها فقدا حياتهما وأصيب ثالث": fighters, the third too; a civil body\'s members are not', () => {
    const body = 'قالت قوى الأمن الداخلي (الأسايش) في بيان اليوم إن اثنين من أعضائها فقدا حياتهما وأصيب ثالث بجروح بليغة، إثر هجوم على حاجز لها عند مدخل بلدة الشحيل.';
    expect(claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`)).toEqual(['killed combatants 2', 'injured combatants 1']);
    expect(claimsOf('ar', 'قال الدفاع المدني إن اثنين من أعضائه أصيبا بجروح في قصف على بلدة الشحيل.').map((c) => c.victims.kind)).toEqual(['unspecified']);
  });
});

describe('a side that speaks of fighters not its own', () => {
  it.each([
    ['en', 'In a statement, the SDF said 25 "gunmen affiliated with the regime" were killed and 19 others captured during the operation in Dhiban.'],
    ['ar', 'قالت قسد إنها قتلت ١٥ مسلحاً وأسرت ١٢ منهم في بلدة الصبحة.'],
  ] as const)('%s: speaks of its enemy, not of its own', (language, body) => {
    expect(claimsOf(language, body).map((c) => c.victims.affiliation)).not.toContain('sdf');
  });

  it('"two of its own fighters" are still its own', () => {
    expect(claimsOf('en', 'The SDF said two of its own fighters were killed in Dhiban.').map((c) => c.victims.affiliation)).toEqual(['sdf']);
  });
});

describe('a side named in quotation marks after "من"', () => {
  it('\'ألقت القبض على 15 من "فلول النظام"\': fighters of the fallen regime\'s loyalists', () => {
    const claims = claimsOf('ar', 'وألقت قوات الأمن العام القبض على 15 من "فلول النظام" في قرية القصور.', '2025-03-09T12:00:00Z');
    expect(claims.map((c) => `${c.outcome} ${c.victims.kind} ${c.victims.affiliation} ${c.count.min}`)).toEqual(['captured combatants regime_forces 15']);
  });
});

describe("a list with whose forces before them", () => {
  it('"another 125 members of the government\'s security forces and 148 fighters loyal to former President Bashar Assad": two figures, each of its side', () => {
    const body = "The monitor said another 125 members of the government's security forces and 148 fighters loyal to former President Bashar Assad had also been killed.";
    expect(claimsOf('en', body, '2025-03-09T10:00:00Z').map((c) => `${c.count.min} ${c.victims.affiliation ?? '-'}`)).toEqual(['125 -', '148 regime_forces']);
  });
});

describe('"التنظيم" named long before', () => {
  it('"١٢ عنصراً من التنظيم" is of the organisation the story named in its lead, five sentences before', () => {
    const body = [
      'شن تنظيم الدولة الإسلامية هجوماً على قرى الشعيطات في ريف دير الزور الشرقي.',
      'وقال أحد وجهاء العشيرة إن الأهالي نزحوا نحو البادية.',
      'وأضاف أن المنازل أحرقت.',
      'وطالب المنظمات الإنسانية بالتدخل.',
      'وتعيش العائلات في العراء.',
      'من جهته، قال المرصد السوري لحقوق الإنسان إن ١٢ عنصراً من التنظيم قُتلوا في اشتباكات على أطراف بلدة أبو حمام.',
    ].join(' ');
    expect(claimsOf('ar', body).map((c) => `${c.count.min} ${c.victims.affiliation ?? '-'}`)).toEqual(['12 isis']);
  });
});

describe('armed groups affiliated with Assad', () => {
  it('"160 militants from armed groups affiliated with Assad" are the regime\'s', () => {
    const claims = claimsOf('en', 'The Syrian Observatory for Human Rights said 160 militants from armed groups affiliated with Assad had been killed in Latakia.', '2025-03-09T10:00:00Z');
    expect(claims.map((c) => `${c.count.min} ${c.victims.affiliation ?? '-'}`)).toEqual(['160 regime_forces']);
  });
});

describe('the dead of an armed side', () => {
  it('"ارتقاء ثلاثة شهداء من الجيش وإصابة أربعة آخرين": the army\'s fighters, and the others with them', () => {
    const claims = claimsOf('ar', 'وأفاد مصدر عسكري بارتقاء ثلاثة شهداء من الجيش وإصابة أربعة آخرين بجروح في ريف إدلب.', '2019-05-10T10:00:00Z');
    expect(claims.map((c) => `${c.outcome} ${c.count.min} ${c.victims.kind}/${c.victims.affiliation ?? '-'}`)).toEqual(['killed 3 combatants/regime_forces', 'injured 4 combatants/regime_forces']);
  });

  it('"قتيلين من المدنيين" stay civilians: no armed side', () => {
    expect(claimsOf('ar', 'وأفادت مصادر محلية بسقوط قتيلين من المدنيين في بلدة الحمدانية.').map((c) => c.victims.kind)).not.toContain('combatants');
  });
});

describe("an armed body's own men and members", () => {
  const read = (language: 'ar' | 'en', body: string) => claimsOf(language, body, '2017-07-20T10:00:00Z').map((c) => `${c.outcome} ${c.count.min} ${c.victims.kind}/${c.victims.affiliation ?? '-'}`);

  it('"four of its men", told by a side, are its fighters', () => {
    expect(read('en', 'Ahrar al-Sham said in a statement that four of its men had been killed when rival fighters stormed its positions in Saraqeb.')).toEqual(['killed 4 combatants/opposition_factions']);
    expect(read('en', 'The SDF said three of its members had been killed in Shheil.')).toEqual(['killed 3 combatants/sdf']);
    expect(read('ar', 'قالت قوات سوريا الديمقراطية إن اثنين من أعضائها قُتلا في هجوم على بلدة الشحيل.')).toEqual(['killed 2 combatants/sdf']);
  });

  it('"two of our fighters", told by "the SDF\'s media office": the SDF\'s', () => {
    expect(read('en', "In a statement, the SDF's media office confirmed the death of two of our fighters near Qamishli.")).toEqual(['killed 2 combatants/sdf']);
  });

  it('"Ahrar fighters": Ahrar al-Sham by its short name', () => {
    expect(read('en', 'Tahrir al-Sham said it had captured about 40 Ahrar fighters near Saraqeb.')).toEqual(['captured 40 combatants/opposition_factions']);
  });

  it('"four of his men", of a man and not a side, stay men', () => {
    expect(read('en', 'A farmer in Saraqeb said four of his men had been killed by the shelling.')).toEqual(['killed 4 men/-']);
  });
});

describe('mercenaries, as the SDF call the Turkish-backed factions', () => {
  const read = (body: string) => claimsOf('ar', body, '2018-02-20T10:00:00Z').map((c) => `${c.outcome} ${c.count.min} ${c.victims.kind}/${c.victims.affiliation ?? '-'}`);

  it('"قتل 18 مرتزقاً" told by the YPG, "19 من المرتزقة" by the SDF: the SNA', () => {
    expect(read('أعلنت وحدات حماية الشعب أن مقاتليها تمكنوا من قتل 18 مرتزقاً قرب جنديرس.')).toEqual(['killed 18 combatants/sna']);
    expect(read('قالت قوات سوريا الديمقراطية إن مقاتليها قتلوا 19 من المرتزقة في تل تمر.')).toEqual(['killed 19 combatants/sna']);
  });

  it('"مقتل 23 من المرتزقة وجنديين تركيين": two groups, each of its side', () => {
    expect(read('أعلن المركز الإعلامي لقوات سوريا الديمقراطية أن مقاتليه تصدوا لهجوم على قرية مشرافة، ما أسفر عن مقتل 23 من المرتزقة وجنديين تركيين.')).toEqual([
      'killed 23 combatants/sna',
      'killed 2 combatants/turkish_forces',
    ]);
  });

  it('told by another, no side is guessed', () => {
    expect(read('قال ناشطون إن 18 مرتزقاً قتلوا قرب جنديرس.')).toEqual(['killed 18 combatants/-']);
  });
});

describe('fighters a side lost', () => {
  const read = (body: string) => claimsOf('en', body, '2016-07-20T10:00:00Z').map((c) => `${c.outcome} ${c.count.min} ${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.source.name}`);

  it('\'IS lost "more than 60 militants"\': dead, of the side that lost them', () => {
    expect(read('The SDF said that IS lost "more than 60 militants" near Manbij.')).toEqual(['killed 61 combatants/isis SDF']);
  });

  it('"the faction had lost nine fighters", said by an SNA commander after a "while": the speaker\'s side', () => {
    expect(read('The SDF said it killed 23 SNA members, while an SNA commander told Enab Baladi that the faction had lost nine fighters.')).toEqual([
      'killed 23 combatants/sna SDF',
      'killed 9 combatants/sna SNA commander',
    ]);
  });

  it('lost villages and lost contact are no dead', () => {
    expect(read('The rebels lost 12 villages near Palmyra, and the army lost contact with 12 soldiers.')).not.toContainEqual(expect.stringMatching(/^killed/));
  });
});

describe('a rebel group named after its fighters', () => {
  it('"11 rebel fighters of the Free Syrian Army": the group named, not rebels in general', () => {
    expect(claimsOf('en', 'Eleven rebel fighters of the Free Syrian Army were killed in Homs, activists said.').map((c) => c.victims)).toEqual([{ kind: 'combatants', affiliation: 'fsa' }]);
  });

  it('"rebel fighters … in clashes with Hezbollah": a foe named later is not their group', () => {
    expect(claimsOf('en', 'Eleven rebel fighters were killed in clashes with Hezbollah in Qusayr, activists said.').map((c) => c.victims)).toEqual([{ kind: 'combatants', affiliation: 'opposition_factions' }]);
  });
});
