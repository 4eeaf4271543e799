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
