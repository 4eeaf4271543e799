import { claimsOf } from './support';

/** Sentences a rule written for another reading must leave as they were (found in review). */
describe('rules that must not reach too far', () => {
  const read = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => `${c.outcome} ${c.count.min ?? '?'} ${c.source.name} ${c.place.name}${c.preliminary ? ' prelim' : ''}`);

  it.each([
    // "ولاية" of the Islamic State, "قضاء" as spending time: no country abroad.
    ['ar', 'قتل خمسة عناصر من قوات النظام في هجوم تبناه تنظيم الدولة الإسلامية - ولاية الشام.', ['killed 5 Outlet unknown']],
    ['ar', 'قتل شاب أثناء قضاء إجازته عند أقاربه برصاص مجهولين، بحسب المرصد السوري.', ['killed 1 المرصد السوري unknown']],
    // A Syrian region in the figure's own clause keeps the toll at home.
    ['en', 'Turkish shelling killed five civilians in northeast Syria on Tuesday, a day after rockets hit Turkish border towns, the Observatory said.', ['killed 5 Observatory شمال وشرق سوريا']],
    // Where fighters come from is no place of the toll.
    ['en', 'Three Hezbollah fighters from the Bekaa Valley were killed in clashes with rebels, the Observatory said.', ['killed 3 Observatory unknown']],
    // Another place's toll, told after "had earlier shelled", is no earlier toll of the same.
    ['en', 'The Observatory said 20 civilians were killed in air strikes on Idlib city. Troops had earlier shelled Nawa, killing five civilians, the Observatory said.', ['killed 20 Observatory إدلب', 'killed 5 Observatory نوى']],
    // A campaign since a month, said yesterday, is a campaign's count.
    ['ar', 'قتل 120 عنصرا من قوات النظام منذ اندلاع المعارك في ريف حماة مطلع أيار وفق ما أفاد المرصد السوري أمس.', []],
    // "بحسب بيان لهم": a pronoun is no speaker.
    ['ar', 'قتل خمسة مدنيين بقصف على مدينة درعا، بحسب بيان لهم.', ['killed 5 Outlet درعا']],
    // "قرية تدعى كباجب": the name after a verb of naming.
    ['ar', 'قتل رجل في قرية تدعى كباجب، بحسب ناشطين.', ['killed 1 ناشطين كباجب']],
    // "in Russian strikes on Kafranbel": whose strikes, not where.
    ['en', 'Russian jets killed at least 17 civilians in Kafranbel, a monitor said. It said 11 of the dead were killed in Russian strikes on Kafranbel.', ['killed 17 monitor كفرنبل', 'killed 11 monitor كفرنبل']],
  ] as const)('%s: %s', (language, body, expected) => {
    expect(read(language, body)).toEqual(expected);
  });

  it('"وأوضح المراسل" after a minister spoke: the outlet\'s correspondent, not the minister', () => {
    const body = 'قال وزير الخارجية فيصل المقداد إن سوريا سترد على العدوان في الوقت المناسب. وأوضح المراسل أن خمسة مدنيين استشهدوا بقصف على مدينة درعا.';
    expect(claimsOf('ar', body).map((c) => c.source.name)).toEqual(['Outlet']);
  });

  it('"وأعلنت اليوم الاثنين وزارة الصحة": the day after the verb is no speaker', () => {
    expect(claimsOf('ar', 'وأعلنت اليوم الاثنين وزارة الصحة أن خمسة مدنيين قتلوا بقصف على مدينة درعا.').map((c) => c.source.name)).toEqual(['وزارة الصحة']);
  });
});

describe("the fourteenth session's review", () => {
  const read = (language: 'ar' | 'en', body: string) => claimsOf(language, body, '2024-03-10T12:00:00Z').map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it.each([
    // A compound age is no child's.
    ['ar', 'قتل رجل في الثالثة والأربعين من عمره برصاص قناص في درعا اليوم.', ['killed men 1']],
    // A share, counted from its own number.
    ['en', 'Bachelet said one in every 13 of the dead was a woman.', []],
    ['en', 'Bachelet said one out of every 13 of the dead was a woman.', []],
    // Spent years, met a welcome, suspended from work.
    ['ar', 'أفرجت السلطات اليوم عن سجينين قضيا عشر سنوات في سجن صيدنايا.', []],
    ['ar', 'شابان من إدلب لقيا ترحيباً من الجالية في ألمانيا أمس.', []],
    ['ar', 'أوقفت وزارة التربية 20 مدرساً عن العمل في حلب اليوم.', []],
    // A date after "since" that is the toll's own.
    ['en', 'Fighting that has raged since the weekend killed 12 people in Idlib on March 5, activists said.', ['killed unspecified 12']],
    ['ar', 'قتل 12 شخصاً في المعارك المستمرة منذ أيام على ريف إدلب يوم 5 آذار.', ['killed unspecified 12']],
    // A road accident beside a cause of war; an accident written with its vowels.
    ['en', 'An air strike killed 12 civilians in Idlib on Tuesday, a day after a traffic accident on the same road.', ['killed civilians 12']],
    ['ar', 'تُوُفِّيَ شخصان في حادثِ سيرٍ على طريق حمص اليوم.', []],
    // "at the time of writing", "في حينه", the end of this month.
    ['en', 'The death toll at the time of writing stood at 12 people killed in Idlib, activists said.', ['killed unspecified 12']],
    ['ar', 'قتل 5 مدنيين بقصف على إدلب اليوم، وقالت الوزارة إن نتائج التحقيق ستعلن في حينه.', ['killed civilians 5']],
    ['ar', 'قتل 3 جنود بقصف على درعا اليوم، قبل انتهاء الهدنة نهاية الشهر الجاري.', ['killed combatants 3']],
    // A year's count told in a relative clause stays a year's count.
    ['ar', 'توفي 300 من المعتقلين الذين اعتقلوا خلال عام 2023 تحت التعذيب، بحسب الشبكة.', []],
    // A day named month first, after a count over a year.
    ['en', 'The monitor documented 241 civilian deaths during 2023, while 12 civilians were killed in an air strike on Idlib on March 9.', ['killed civilians 12']],
    // A toll abroad two sentences back.
    ['en', 'An Israeli strike in the Bekaa Valley killed two people, Lebanese media said. Meanwhile, Syrian officials met in Damascus. Two civilians were killed in shelling on Tuesday, activists said.', ['killed civilians 2']],
    // "Would be executed", and their death after it.
    ['en', 'Five inmates who feared they would be executed died in the fire at Sednaya prison on Monday.', ['killed unspecified 5']],
  ] as const)('%s: %s', (language, body, claims) => {
    expect(read(language, body)).toEqual(claims);
  });

  it('a wave toll "in the town" stays at the town', () => {
    const claims = claimsOf('ar', 'قتل مدنيان في بلدة سرمين اليوم. وارتفع عدد القتلى في البلدة منذ اندلاع المواجهات يوم الأحد إلى 54.');
    expect(claims.map((c) => c.place.name)).toEqual(['سرمين', 'سرمين']);
  });
});

describe("the sixteenth set's passages of no casualty", () => {
  const read = (language: 'ar' | 'en', body: string) => claimsOf(language, body, '2021-01-19T12:00:00Z').map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it.each([
    // Two nouns denied together.
    ['ar', 'وأضاف المدير أن الفريق لم يسجل أي وفيات أو إصابات حتى الآن.', []],
    ['ar', 'وقال المصدر إنه لم تقع إصابات ولا وفيات في صفوف المدنيين.', []],
    // A court's sentence and what it found the accused did.
    ['ar', 'أصدرت محكمة الجنايات في دمشق اليوم حكماً بالإعدام بحق ضابط سابق في المخابرات الجوية.', []],
    ['ar', 'وقال رئيس المحكمة إن الأدلة أثبتت تورط المتهم في مقتل ما لا يقل عن 37 معتقلاً تحت التعذيب.', []],
    // A battle of a year gone by; deaths beside a tally of incidents or attacks.
    ['en', 'His home in Qusair, a town that was devastated in a 2013 battle in which hundreds of fighters and civilians were killed, has no roof, he said.', []],
    ['en', 'Turkish drone and artillery strikes in northeast Syria accounted for nine incidents, with between four and 11 civilians alleged killed.', []],
    ['en', 'The White Helmets said its teams had responded to 96 attacks on civilian areas, which killed 31 people.', []],
    // Fighters a side mourned last week.
    ['ar', 'وكان حزب الله قد نعى الأسبوع الماضي ثلاثة من عناصره قال إنهم قضوا "على طريق القدس"، دون أن يحدد مكان مقتلهم.', []],
    // A count of those detained since a campaign began.
    ['en', 'The ministry said around 1,200 people have been detained since the start of the campaign in the Homs countryside two weeks ago.', []],
    // The verb of an uncounted part of them.
    ['en', 'Judges said he had handed over at least 20 men to Air Force Intelligence, some of whom later died in detention.', []],
  ])('%s: %s', (language, body, claims) => {
    expect(read(language as 'ar' | 'en', body)).toEqual(claims);
  });

  it('attacks on a day named are no tally', () => {
    expect(read('en', 'Three attacks killed 12 civilians in Idlib on Tuesday, activists said.')).toEqual(['killed civilians 12']);
  });

  it('an execution that is no sentence is still read', () => {
    expect(read('ar', 'أعدم التنظيم ضابطاً سابقاً في ساحة مدينة الميادين اليوم.')).toEqual(['killed combatants 1']);
  });

  it('a wound after "أو" with no denial is still read', () => {
    expect(read('ar', 'أصيب ثلاثة مدنيين أو أكثر بقصف على أطمة اليوم.')).toEqual(['injured civilians 3']);
  });
});
