import { claimsOf } from './support';

/** Tolls told as background, statistics or a court's findings are no claims of the day. */
describe('figures that are no claims', () => {
  const claims = (language: 'ar' | 'en', body: string) => claimsOf(language, body, '2023-07-18T07:30:00Z').map((c) => c.evidence.quote);

  it.each([
    ['an anniversary opener', 'en', 'Ten years ago this week, a barrel bomb hit a bakery in Halfaya. The attack killed at least 60 people, activists said at the time.'],
    ['weeks of fighting', 'ar', 'وأسفرت المعارك، بحسب المرصد السوري لحقوق الإنسان، عن مقتل أكثر من ٦٠٠ شخص خلال أسبوعين في أرياف حلب والرقة.'],
    ['weeks of fighting, in English', 'en', 'The fighting killed more than 600 people over two weeks in the countryside of Aleppo and Raqqa, the Observatory said.'],
    ['a court finding', 'en', 'The court found the former officer guilty of killing two detainees and torturing dozens of others in Damascus.'],
    ['a season gone by', 'en', 'Last summer, three farmers died when a fire swept through fields near Amuda.'],
    ['the same period', 'en', 'Mines have been cleared from 40 villages since January. In the same period, 35 people were killed by unexploded ordnance.'],
    ['that period', 'en', 'A monitor said nearly 400 civilians had been killed in eastern Aleppo in the three weeks since a ceasefire collapsed. The Observatory said 376 civilians had died in air strikes on the east of the city over that period.'],
    ['the first week of a campaign', 'en', 'UNICEF said 96 children had been killed in eastern Aleppo in the first week of the campaign alone.'],
    ['families of the missing', 'ar', 'وقالت الهيئة الوطنية للمفقودين إنها تلقت أكثر من 40 ألف طلب من ذوي مفقودين يبحثون عن مصير أبنائهم في حماة.'],
    ['families of the missing, in English', 'en', 'The commission said it had received more than 40,000 requests from families of the missing in Hama.'],
    ['a count since a month named before', 'en', 'The Islamic State group launched its offensive on Kobani in mid-September, and more than 400 people have been killed in the fighting since then, according to the Observatory.'],
    ['protests across a neighbour', 'en', 'At least 19 people were killed in protests across Turkey on Tuesday night, officials said.'],
    ['killed since then, in the passive', 'en', 'The clashes erupted on 27 August after the SDF arrested a commander. The Observatory says more than 90 people have been killed since then.'],
    ['a question, not a count', 'en', 'The ministry did not say how many attackers had been killed in the clashes near Jaramana.'],
    ['the worst month of a tally', 'en', 'The deadliest month was March, with 52 people killed in Idlib province.'],
    ['a war-wide count', 'en', 'More than 130,000 people remain missing in Syria, according to the network.'],
    ['الموسم الماضي', 'ar', 'وكانت الحرائق قد تسببت الموسم الماضي بوفاة ثلاثة مزارعين في ريف مصياف.'],
    ['خلال الفترة ذاتها', 'ar', 'وأزالت الفرق آلاف الذخائر منذ مطلع العام، فيما قُتل 40 شخصاً بانفجار ألغام خلال الفترة ذاتها.'],
    ['an anniversary by any ordinal, "today" in it', 'ar', 'تصادف اليوم الذكرى التاسعة لمجزرة الحولة. وقال مسعف يقيم اليوم في إدلب إنه فقد في المجزرة ثلاثة من أقاربه.'],
    ['a week before', 'ar', 'وجاء الاتفاق بعد أسبوع من الغارة التي قُتل فيها 12 جندياً تركياً قرب بلدة بليون.'],
    ['a match\'s injuries', 'ar', 'وغادر المدافع أرض الملعب مصاباً، فيما تعرض لاعبان آخران لإصابات طفيفة لن تمنعهما من المشاركة في المباراة المقبلة.'],
    ['a player hurt in a match', 'en', 'Two players were injured in the first half of the match in Damascus, the coach said.'],
    ['one number over the dead and the wounded together', 'ar', 'قُتل وجُرح عشرات العناصر من قوات النظام إثر هجوم استهدف حافلة عسكرية قرب الميادين.'],
    ['the same in English', 'en', 'The ambush killed or wounded dozens of soldiers near Palmyra, the monitor said.'],
    ['a season of a year gone by', 'ar', 'ويذكر أن العاصفة الثلجية التي ضربت المنطقة في شتاء 2019 أدت إلى وفاة ثمانية أطفال في مخيمات ريف إدلب.'],
    ['during the year of an earlier edition', 'en', 'During the 2017 edition, a rocket hit the entrance of the fairground, killing six people.'],
    ['a toll dated three weeks before the article', 'en', 'The shelling of the market on June 26 killed 11 people, activists said, as the government pressed on with its offensive.'],
    ['an abbreviated month two weeks before, a span\'s start no date', 'en', 'Turkey says it has hit 500 targets since Jul. 12 in response to the Jun. 30 bombing in Istanbul that killed six people.'],
    ['what had happened the week before', 'ar', 'وكان طفلان قد أُصيبا بجروح بليغة الأسبوع الماضي إثر انفجار قنبلة عنقودية قرب بلدة كفرزيتا.'],
    ['what had happened the week before, in English', 'en', 'Two children had been badly wounded last week when a cluster bomb exploded near Kafr Zita.'],
    ['a belief', 'en', 'The search dashed the hopes of families who believed thousands of prisoners were still trapped underground.'],
    ['a month before', 'ar', 'وذكّر عضو الوفد بأن الهجوم الكيماوي على خان شيخون قبل شهر أودى بحياة أكثر من 80 مدنياً.'],
    ['detainees freed, not taken', 'ar', 'وتجمع مئات من ذوي المعتقلين أمام السجن، فيما خرج من السجون آلاف المعتقلين الذين أطلقت سراحهم الفصائل.'],
    ['prisoners who were released', 'en', 'Crowds gathered outside the prison as hundreds of detainees who were released overnight walked out.'],
    ['weeks between the story and the toll', 'en', 'The talks come two weeks after a drone strike near Saraqeb killed 14 government soldiers.'],
    ['a part of last month', 'ar', 'ويأتي القصف رداً على هجوم استهدف نقطة عسكرية في ريف حماة أواخر الشهر الماضي، وأدى إلى مقتل خمسة جنود.'],
    ['a part of last month, in English', 'en', 'The raids answered an ambush near Palmyra late last month that killed nine soldiers.'],
    ['news denied across words of reporting', 'ar', 'وسقطت قذائف على أطراف بلدة الصورة، من دون ورود معلومات عن وقوع إصابات حتى الآن.'],
    ['a strike that passed without casualties ("بلا إصابات")', 'ar', 'وسقطت قذيفة على أطراف بلدة الصورة بلا إصابات.'],
    ['"hundreds of thousands" killed by the war', 'en', 'Some 14 years of war killed hundreds of thousands of people, and more than 6 million Syrians remain refugees abroad.'],
    ['issues still open between parties ("ملفات عالقة")', 'ar', 'وتبقى ملفات عالقة بين الطرفين، بينها مصير مئات المفقودين، وإدارة سجون عناصر التنظيم.'],
    ['casualties on the Turkish side of the border', 'ar', 'وعلى الجانب التركي من الحدود، أعلنت ولاية هاتاي مقتل مدنيَّين اثنين بقذيفة سقطت على بلدة ريحانلي.'],
    ['casualties on the Turkish side of the border, in English', 'en', "On the Turkish side of the border, two civilians were killed by a shell that hit Reyhanli, the governor's office said."],
    ['a campaign\'s count to date ("in the campaign so far")', 'en', 'President Tayyip Erdogan said 42 Turkish soldiers had lost their lives in the campaign so far.'],
    ['a year\'s count to a day ("منذ بداية العام الجاري وحتى يوم الخميس") is no wave of days', 'ar', 'وثق المرصد السوري مقتل 1200 مدني منذ بداية العام الجاري وحتى يوم الخميس.'],
    ['years of fighting ("المستمرة منذ أعوام"), a verb that only ends like "فر"', 'ar', 'وأسفرت المعارك المستمرة منذ أعوام في ريف إدلب عن مقتل أكثر من 400 مقاتل.'],
    ['between two years ("between 2011 and 2015")', 'en', 'Amnesty International has said thousands of people were executed at Saydnaya in secret mass hangings between 2011 and 2015.'],
    ['a campaign\'s count to date ("في العملية حتى الآن")', 'ar', 'وقال أردوغان إن الجيش التركي خسر 42 جندياً في العملية حتى الآن.'],
    ['last week\'s news', 'en', 'Last week, an Israeli incursion into the village of Koya ended in an exchange of fire in which local officials said six residents were killed.'],
    ['last week\'s news, in Arabic', 'ar', 'وفي الأسبوع الماضي، قُتل ستة من السكان في توغل إسرائيلي في قرية كويا.'],
    ['prisoners who walked free', 'en', 'Thousands of prisoners walked free from Sednaya after insurgents swept into the capital on Sunday.'],
    ['detainees who came out of prison ("خرج منه آلاف المعتقلين")', 'ar', 'وقال مسؤول إن فرقه أنهت البحث في سجن صيدنايا، بعد أن خرج منه آلاف المعتقلين يوم الثامن من كانون الأول.'],
    ['men who had been held, freed in an exchange ("كانوا أسرى لديها")', 'ar', 'وأطلقت الفصائل بدورها سراح ثمانية عشر عنصراً من قوات النظام كانوا أسرى لديها منذ أشهر.'],
    ['a court\'s case ("لائحة الاتهام", "المتهم")', 'ar', 'ووفق لائحة الاتهام، يُشتبه بأن المتهم، الذي وصل إلى هولندا عام 2015، شارك في قتل ثلاثة معتقلين على الأقل داخل أحد مقرات الميليشيا.'],
    ['"فيما توفي الآخر": the other of those already counted', 'ar', 'وأشار الموقع إلى أن أحدهما فارق الحياة على الفور، فيما توفي الآخر متأثراً بجراحه في مستشفى مدينة طفس.'],
    ['why a toll may rise ("لوجود جرحى في حالة خطرة")', 'ar', 'ورجّح المرصد ارتفاع عدد القتلى لوجود جرحى في حالة خطرة في مشفى الحسكة.'],
    ['a fear for lives', 'en', 'UNICEF said it feared for the lives of thousands of children in east Aleppo.'],
    ['a count between two months', 'en', 'A Russian-backed offensive on Idlib between late April and the end of August killed about 1,000 civilians, according to the Observatory.'],
    ['a year before the story', 'en', 'The attack came a year after a sarin strike on Khan Sheikhoun killed more than 80 people.'],
    ['a count since an earlier time told before', 'en', 'Afrin has been controlled by Turkey since March 2018. Bombings in the city have killed more than 200 people since then, according to the local council.'],
    ['a count since a time told before ("منذ ذلك الحين")', 'ar', 'وتسيطر تركيا على عفرين منذ آذار 2018، وقد قتلت التفجيرات أكثر من 200 شخص منذ ذلك الحين.'],
    ['a count between two months ("بين أواخر نيسان ونهاية آب")', 'ar', 'وقتل الهجوم على إدلب بين أواخر نيسان ونهاية آب نحو ألف مدني.'],
    ['civilians trapped by a siege, no rubble named', 'en', 'The UN called for aid for civilians trapped in eastern Aleppo.'],
    ['tens of thousands over the war', 'en', 'The war has killed tens of thousands of people.'],
    ['outstanding issues', 'en', 'Outstanding issues include the fate of hundreds of people missing since the fighting.'],
    ['a casualty nobody could confirm', 'ar', 'وقال المتحدث إن طائرة مسيّرة استهدفت سيارة قرب مدينة الباب، من دون أن يتمكن من تأكيد وقوع ضحايا.'],
    ['a toll in a neighbouring country', 'en', 'In neighbouring Lebanon, an air strike killed at least 14 people on Monday, the health ministry said.'],
    ['عشرات الآلاف', 'ar', 'وذكّرت المنظمة بأن أكثر من 112 ألف شخص ما زالوا في عداد المفقودين في سوريا.'],
  ])('%s', (_, language, body) => {
    expect(claims(language as 'ar' | 'en', body)).toEqual([]);
  });

  it('"in the same period" counts over the period of the sentence before: a wave of days is claims, months are statistics', () => {
    const wave = 'The Observatory said 340 civilians had been killed in Baniyas since Thursday. It said 93 members of the security forces and 120 Assad loyalist fighters had also been killed in the same period.';
    expect(claimsOf('en', wave, '2025-03-08T12:00:00Z').map((c) => [c.count.min, c.victims.affiliation])).toEqual([[340, undefined], [93, undefined], [120, 'regime_forces']]);
    const months = 'أعلن الدفاع المدني أن فرقه أزالت أكثر من 7 آلاف من الذخائر غير المنفجرة منذ الثامن من كانون الأول الماضي. وأوضح مسؤول في المؤسسة أن 126 شخصاً لقوا حتفهم بانفجار ألغام خلال الفترة ذاتها.';
    expect(claimsOf('ar', months, '2025-05-20T12:00:00Z')).toEqual([]);
  });

  it.each([
    ['ar', 'وفي ريف درعا الغربي، اغتال مجهولون عنصرين في «اللواء الثامن»، كانا قد انضما إليه بعد اتفاق التسوية عام ٢٠١٨، قرب بلدة اليادودة.'],
    ['en', 'Gunmen shot dead two members of the Eighth Brigade, who had joined it in 2018, near Yadouda.'],
  ])('a clause between commas dating what it describes by a year gone is no history of the toll (%s)', (language, body) => {
    expect(claimsOf(language as 'ar' | 'en', body, '2021-08-24T12:00:00Z').map((c) => c.count.min)).toEqual([2]);
  });

  it('"قتل ثلاثة معتقلين": detainees killed, not taken', () => {
    expect(claimsOf('ar', 'وقال المرصد إن عناصر الميليشيا قتلوا ثلاثة معتقلين داخل أحد المقرات في حي التضامن.').map((c) => c.outcome)).toEqual(['killed']);
  });

  it('the wounded of Syria received by a hospital on the Turkish side are claims', () => {
    const body = 'وعلى الجانب التركي من الحدود، قال مسؤول في مستشفى مدينة سروج إن المستشفى استقبل ليلة أمس 12 جريحاً من مقاتلي الوحدات نُقلوا عبر معبر مرشد بينار.';
    expect(claimsOf('ar', body).map((c) => c.count.min)).toEqual([12]);
    // (The verb of carrying written with its vowel marks.)
    expect(claimsOf('ar', 'وعلى الجانب التركي من الحدود، قال مسؤول إن 12 جريحاً نُقلوا إليها من سوريا.').map((c) => c.count.min)).toEqual([12]);
  });

  it('"بلا" denies only the noun it governs: Doctors Without Borders reports deaths', () => {
    const [claim] = claimsOf('ar', 'وقالت منظمة أطباء بلا حدود إن ما لا يقل عن ١٤ شخصاً من المرضى والعاملين قضوا داخل المشفى.');
    expect(claim).toMatchObject({ outcome: 'killed', count: { qualifier: 'at_least', min: 14 }, source: { name: 'منظمة أطباء بلا حدود' } });
  });

  it.each([
    ['en', 'Doctors Without Borders, which has supported the hospital since 2012, said at least 14 patients and staff were killed inside the building.'],
    ['ar', 'وقال المرصد السوري، الذي يتخذ من بريطانيا مقراً له منذ عام ٢٠٠٦، إن ما لا يقل عن ١٤ شخصاً قتلوا في القصف على مدينة حلب.'],
  ])('a relative clause between commas dates what it describes, not the toll (%s)', (language, body) => {
    expect(claimsOf(language as 'ar' | 'en', body)).toHaveLength(1);
  });

  it('"the first casualties Ankara has acknowledged since it launched the offensive": a comparison, not a count since', () => {
    expect(claims('en', "Turkey's Defence Ministry said two Turkish soldiers were killed on Thursday, the first military casualties Ankara has acknowledged since it launched the offensive.")).toHaveLength(1);
  });

  it('a relative clause in the pluperfect dates no figure of the day ("a town rebels had captured last week")', () => {
    expect(claims('en', 'Airstrikes killed 12 civilians in a town that rebels had captured last week, activists said.')).toHaveLength(1);
    expect(claims('ar', 'قُتل 12 مدنياً في بلدة كانت الفصائل قد سيطرت عليها الشهر الماضي.')).toHaveLength(1);
  });

  it('"ارتفاع" (altitude) is no risen toll: a toll dated weeks before stays history', () => {
    expect(claims('ar', 'قُتل عشرة مدنيين في غارة يوم 20 حزيران نفذتها طائرة حلقت على ارتفاع منخفض.')).toEqual([]);
  });

  it('the risen toll of a day weeks before is news of it', () => {
    expect(claims('en', 'The death toll from the June 26 shelling of the market has risen to 14, activists said.')).toHaveLength(1);
  });

  it('an execution of men accused of something is news of the day', () => {
    expect(claims('en', 'Islamic State militants executed four men accused of spying in the town of al-Mayadin on Tuesday, activists said.')).toHaveLength(1);
  });
});

describe('figures held back by background they only border on', () => {
  const claims = (language: 'ar' | 'en', body: string) => claimsOf(language, body, '2024-06-12T07:30:00Z').map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it('how long a state has lasted ("held since March") makes no count over time', () => {
    expect(claims('en', 'Gunmen abducted four soldiers in Suwayda province on Tuesday to press for the release of a student held by the security services since March, local media reported.')).toEqual([
      'captured combatants 4',
    ]);
    expect(claims('ar', 'اختطف مسلحون أربعة عناصر من قوات النظام في ريف السويداء أمس للمطالبة بالإفراج عن طالب معتقل لدى المخابرات منذ آذار.')).toEqual(['captured combatants 4']);
  });

  it('a noun naming the kind of the next: "three truffle hunters", "two aid workers"', () => {
    expect(claims('en', 'A landmine killed three truffle hunters near al-Sukhnah on Tuesday, the monitor said.')).toEqual(['killed civilians 3']);
    expect(claims('en', 'An air strike wounded two aid workers in Sarmin on Tuesday, the monitor said.')).toEqual(['injured civilians 2']);
  });

  it('"in addition to N …" is more of the same outcome', () => {
    expect(claims('en', 'The monitor said 40 civilians had been killed in the villages on Tuesday, in addition to 12 members of the security forces.')).toEqual([
      'killed civilians 40',
      'killed combatants 12',
    ]);
  });

  it('"claiming the lives of three citizens"; "the fate of two soldiers remains unknown"', () => {
    expect(claims('en', 'A rocket hit a market in Jableh on Tuesday, claiming the lives of three citizens, SANA said.')).toEqual(['killed civilians 3']);
    expect(claims('en', 'The fate of two soldiers remains unknown after the ambush near Palmyra on Tuesday, the monitor said.')).toEqual(['missing combatants 2']);
  });

  it('"a toll of 61, including 23 soldiers"; ", as the toll across the country climbed" is a clause of its own', () => {
    expect(claims('en', 'The monitor gave a nationwide toll of 61 on Tuesday, including 23 soldiers.')).toEqual(['killed unspecified 61', 'killed combatants 23']);
  });

  it('"…, killing three people and injuring another" counts one more', () => {
    expect(claims('en', 'A landmine exploded near al-Sukhnah on Tuesday, killing three people and injuring another.')).toEqual(['killed unspecified 3', 'injured unspecified 1']);
  });

  it('a list of groups, commas between and "and" before the last, each with its own side or none', () => {
    expect(claims('en', 'The monitor said 311 people had been killed since Wednesday, among them 183 insurgent fighters, 100 members of government forces and 28 civilians.')).toEqual([
      'killed unspecified 311',
      'killed combatants 183',
      'killed combatants 100',
      'killed civilians 28',
    ]);
  });
});

describe('comparisons and short waves are no counts over time', () => {
  it('a year in a quotation that holds no figure is the speaker\'s aside, not the figure\'s time', () => {
    const body = '"We have never seen bombardment like this, not even in 2013," said a doctor in Mseifra, who said the clinic had treated around 60 wounded since dawn.';
    expect(claimsOf('en', body, '2018-06-27T15:55:00Z').map((c) => `${c.count.min} ${c.date.value}`)).toEqual(['60 2018-06-27']);
  });

  it('"in the latest Israeli incursion since the fall of Bashar al-Assad last December" compares; the raid\'s toll is a claim', () => {
    const body = 'Israeli forces killed two people during a pre-dawn raid on the village of Kodana, SANA reported on Thursday, in the latest Israeli incursion into the area since the fall of Bashar al-Assad last December.';
    expect(claimsOf('en', body, '2025-10-30T13:20:00Z').map((c) => c.count.min)).toEqual([2]);
    const arabic = 'قتلت القوات الإسرائيلية شخصين خلال مداهمة لقرية كودنة فجر اليوم، في أحدث توغل إسرائيلي في المنطقة منذ سقوط نظام الأسد في كانون الأول الماضي.';
    expect(claimsOf('ar', arabic, '2025-10-30T13:20:00Z').map((c) => c.count.min)).toEqual([2]);
  });

  const claims = (language: 'ar' | 'en', body: string, publishedAt = '2025-03-09T12:30:00Z') =>
    claimsOf(language, body, publishedAt).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.qualifier} ${c.count.min}`);

  it('"one of the deadliest … since the conflict began in 2011" compares; the year counts nothing', () => {
    expect(claims('en', 'The death toll from three days of clashes has risen to more than 1,000, a war monitor said Sunday, making it one of the deadliest episodes of violence since the country\'s conflict began in 2011.')).toEqual([
      'killed unspecified more_than 1001',
    ]);
    expect(claims('ar', 'قُتل 42 شخصاً على الأقل في غارات على ريف حلب الجنوبي، في أعلى حصيلة لضربات إسرائيلية على سوريا منذ سنوات، حسبما أفاد المرصد السوري.', '2024-03-29T18:25:00Z')).toEqual([
      'killed unspecified at_least 42',
    ]);
  });

  it('"…, a monitor said, a week after the jihadists seized the city": weeks counted from no killing are no background', () => {
    expect(claims('en', 'Islamic State militants executed at least 20 men in Palmyra, a monitor said, a week after the jihadists seized the city.', '2015-05-28T12:50:00Z')).toEqual(['killed men at_least 20']);
    // (Weeks counted from a killing still are: the toll is that one's.)
    expect(claims('en', 'It comes a week after an air strike killed 33 soldiers in Idlib.', '2015-05-28T12:50:00Z')).toEqual([]);
  });

  it('"since the assault began on Thursday night" counts a wave of days, not a campaign', () => {
    expect(claims('en', 'Farhad Shami told Rudaw that 17 SDF fighters had lost their lives since the assault began on Thursday night.', '2022-01-22T15:15:00Z')).toEqual([
      'killed combatants exact 17',
    ]);
    // (A campaign with no day named still is one.)
    expect(claims('en', 'The SDF said 17 of its fighters had lost their lives since the assault on the city.', '2022-01-22T15:15:00Z')).toEqual([]);
  });

  it('"عائلة نزحت إلى الحي قبل أشهر": when people moved counts nothing; "خلال العامين الماضيين" is two years\' count', () => {
    const body = 'قال المجلس المحلي إن النقاط الطبية أحصت 23 قتيلاً جراء قصف السوق في حلب، بينهم عائلة من خمسة أفراد نزحت إلى الحي قبل أشهر.';
    expect(claims('ar', body)).toEqual(['killed unspecified exact 23', 'killed civilians exact 5']);
    expect(claims('ar', 'وكان الحي قد تعرض خلال العامين الماضيين لعدة تفجيرات أودت بحياة العشرات من المواطنين.')).toEqual([]);
  });

  it('"هو الأعنف خلال عامين" compares; two years count nothing there', () => {
    expect(claims('ar', 'قتل 20 شخصاً في تفجير سيارة مفخخة في مدينة أعزاز، في هجوم هو الأعنف خلال عامين.')).toEqual(['killed unspecified exact 20']);
  });

  it('"منذ بدء العملية العسكرية يوم الأربعاء الماضي" counts a wave of days; whose toll it is says who the dead are', () => {
    const body = 'قال الهلال الأحمر الكردي إن عدد الضحايا المدنيين جراء القصف التركي على ريف الحسكة ارتفع إلى 14 قتيلاً منذ بدء العملية العسكرية يوم الأربعاء الماضي.';
    expect(claims('ar', body, '2019-10-12T15:10:00Z')).toEqual(['killed civilians exact 14']);
    // (A campaign with no day named still is one.)
    expect(claims('ar', 'قال الهلال الأحمر الكردي إن 14 مدنياً قُتلوا منذ بدء العملية العسكرية.', '2019-10-12T15:10:00Z')).toEqual([]);
  });
});

describe('lists whose groups have words of their own', () => {
  const claims = (body: string) => claimsOf('en', body, '2014-08-28T18:40:00Z').map((c) => `${c.outcome} ${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.count.qualifier} ${c.count.min}`);

  it('"at least 346 militants and more than 170 soldiers": each group its qualifier and its side', () => {
    expect(claims('The Syrian Observatory for Human Rights said at least 346 militants and more than 170 soldiers had been killed in five days of fighting for the Tabqa air base.')).toEqual([
      'killed combatants/- at_least 346',
      'killed combatants/regime_forces more_than 171',
    ]);
  });

  it('"including five civilians and at least two members of Iran-backed groups"', () => {
    expect(claims('The monitor said the strikes near Masyaf killed 18 people, including five civilians and at least two members of Iran-backed groups.')).toEqual([
      'killed unspecified/- exact 18',
      'killed civilians/- exact 5',
      'killed combatants/iranian_militias at_least 2',
    ]);
  });
});

describe('numbers in quotation marks', () => {
  const claims = (body: string) => claimsOf('en', body, '2019-06-02T10:00:00Z').map((c) => `${c.outcome} ${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.count.qualifier} ${c.count.min}`);

  it.each([
    ['Amaq said the attackers killed "dozens" of SDF members near Hajin.', 'killed combatants/sdf at_least 24'],
    ['The SDF said it had killed "around 20" rebel fighters near Rastan.', 'killed combatants/opposition_factions about 20'],
  ])('%s', (body, claim) => {
    expect(claims(body)).toEqual([claim]);
  });

  it('"recaptured 89 inmates": prisoners who broke out, of no kind the news names', () => {
    expect(claims('The SDF said it had recaptured 89 inmates who had escaped from Ghwayran prison.')).toEqual(['captured unspecified/- exact 89']);
  });
});

describe('a list with a description of one group between commas', () => {
  it('"745 civilians, most of them members of the Alawite minority, 125 members of … and 148 fighters loyal to Assad"', () => {
    const claims = claimsOf(
      'en',
      "The dead included 745 civilians, most of them members of Assad's Alawite minority, 125 members of government security forces and 148 fighters loyal to Assad, the Syrian Observatory for Human Rights said.",
      '2025-03-09T12:30:00Z',
    ).map((c) => `${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.count.min}`);
    expect(claims).toEqual(['civilians/- 745', 'combatants/- 125', 'combatants/regime_forces 148']);
  });
});

describe('vague quantities in quotation marks, qualifiers after a verb', () => {
  const claims = (body: string) => claimsOf('en', body, '2019-06-02T10:00:00Z').map((c) => `${c.outcome} ${c.victims.kind} ${c.count.qualifier} ${c.count.min}`);

  it.each([
    ['State media said "a number" of people had been wounded in Damascus.', ['injured unspecified unknown null']],
    ['The army said it had killed "large numbers of terrorists" near Qusayr.', ['killed combatants unknown null']],
    ['Syrian state TV said troops had killed "scores of terrorists" near Qusayr.', ['killed combatants at_least 40']],
    ['The strike killed five people and wounded more than 30 in Rastan, activists said.', ['killed unspecified exact 5', 'injured unspecified more_than 31']],
    ['A car bomb exploded in Azaz, killing four people and wounding more than two dozen.', ['killed unspecified exact 4', 'injured unspecified more_than 25']],
  ])('%s', (body, expected) => {
    expect(claims(body)).toEqual(expected);
  });
});

describe('a part named after its figure', () => {
  it('"Five children were among the dead": a part of the toll given before', () => {
    const claims = claimsOf('en', 'Rebels shelled Aleppo on Sunday, killing at least 15 people. Five children were among the dead, the monitor said.');
    expect(claims.map((c) => `${c.victims.kind} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['unspecified 15', 'children 5 (part)']);
  });
});

describe('no claims in stories that report none', () => {
  it.each([
    ['en', 'Activists inside the camp say at least 128 people have died from hunger since the government tightened its siege last July.', '2014-02-24T18:00:00Z'],
    ['en', 'The deal also provides for the release of some 1,500 prisoners held in government jails.', '2018-07-19T13:25:00Z'],
    ['ar', 'وقال المحافظ إن «أكثر من 100 شخص من الطرفين ما زالوا في عداد المفقودين منذ أحداث تموز».', '2025-08-22T09:15:00Z'],
    ['ar', 'أُفرج بموجب الصفقة عن 25 محتجزاً من أبناء العشائر.', '2025-08-22T09:15:00Z'],
  ] as const)('%s: %s', (language, body, publishedAt) => {
    expect(claimsOf(language, body, publishedAt)).toEqual([]);
  });

  it('a story that opens on years passed since a massacre recalls its dead', () => {
    const body =
      'يستذكر السوريون في مثل هذه الأيام مرور أربعين عاماً على مجزرة حماة التي بدأت في شباط 1982. ويقول أبو محمد، وهو أحد الناجين، إنه فقد والده وثلاثة من إخوته خلال اقتحام حي الحاضر.';
    expect(claimsOf('ar', body, '2022-02-02T12:00:00Z')).toEqual([]);
  });
});

describe('years since an event that is no massacre', () => {
  it('"بعد مرور عام على سقوط النظام، قُتل…" is news of the day', () => {
    expect(claimsOf('ar', 'بعد مرور عام على سقوط النظام، قُتل ثلاثة مدنيين بانفجار لغم في ريف حماة اليوم.', '2025-12-09T10:00:00Z').map((c) => c.count.min)).toEqual([3]);
  });
});

describe('sport beside violence', () => {
  it('a stadium shelled during a match is a toll', () => {
    expect(claimsOf('en', 'Mortar shells hit the stadium during a football match in Damascus, killing two players, state media said.')).toHaveLength(1);
  });
});

describe("a year's count and its breakdown", () => {
  it('"خلال 2022": a year named by its number alone is a count over it', () => {
    expect(claimsOf('ar', 'الشبكة السورية: 1057 مدنياً قُتلوا في سوريا خلال 2022', '2023-01-01T10:00:00Z')).toEqual([]);
  });

  it('the clauses after a count over a long period, naming no day of their own, break it down', () => {
    const body = 'وقالت الشبكة في تقريرها إن قوات النظام مسؤولة عن مقتل 241 مدنياً خلال العام، فيما قُتل 35 مدنياً على يد القوات الروسية، و28 على يد قوات سوريا الديمقراطية.';
    expect(claimsOf('ar', body, '2023-01-01T10:00:00Z')).toEqual([]);
  });

  it('a clause after it that names its own day is news of that day', () => {
    const body = 'وقالت الشبكة إن 241 مدنياً قُتلوا خلال العام، فيما قُتل ثلاثة مدنيين اليوم بقصف على بلدة سرمين.';
    expect(claimsOf('ar', body, '2023-01-01T10:00:00Z').map((c) => c.count.min)).toEqual([3]);
  });
});

describe('a road accident', () => {
  it.each([
    ['ar', 'توفي ستة أشخاص، بينهم ثلاثة أطفال، وأصيب تسعة آخرون بجروح، جراء حادث سير مروّع على أوتوستراد دمشق–حمص قرب مدينة النبك.'],
    ['en', 'Six people, including three children, were killed and nine injured in a traffic accident on the Damascus-Homs highway near Nabk, state media said.'],
  ])('%s: its dead are no casualties of the war', (language, body) => {
    expect(claimsOf(language as 'ar' | 'en', body)).toEqual([]);
  });

  it('"فقد السيطرة": a driver who lost control of his lorry is not missing', () => {
    expect(claimsOf('ar', 'وذكر قائد الشرطة أن سائق الشاحنة فقد السيطرة عليها بسبب السرعة الزائدة قرب مدينة النبك.')).toEqual([]);
  });
});

describe('shares and tolls abroad', () => {
  it('"one in every 13 of the identified dead was a woman": a share, no one counted', () => {
    expect(claimsOf('en', 'Bachelet said one in every 13 of the identified dead was a woman and one in 13 was a child.')).toEqual([]);
  });

  it('a strike "in the nearby Bekaa Valley town of Qsarnaba", and the dead it names next, are Lebanon\'s', () => {
    const body = "Separately, Lebanon's health ministry said an Israeli strike on a car in the nearby Bekaa Valley town of Qsarnaba had killed two people. Lebanese media said the dead were a Syrian worker and his employer.";
    expect(claimsOf('en', body)).toEqual([]);
  });

  it('a sentence after a toll abroad that names a place of Syria is news of Syria', () => {
    const body = 'An Israeli strike in the Bekaa Valley killed two people, Lebanese media said. In Syria, a drone strike killed three soldiers near Quneitra, state media said.';
    expect(claimsOf('en', body).map((c) => c.count.min)).toEqual([3]);
  });
});

describe('what was told back then', () => {
  it.each([
    ['en', 'Rescue workers and medics said at the time that 43 people were killed in the attack on Douma.'],
    ['ar', 'وراح ضحية المجزرة 108 أشخاص، بينهم 49 طفلاً، بحسب تقرير لجنة التحقيق الدولية آنذاك.'],
  ])('%s: a toll told at the time is history', (language, body) => {
    expect(claimsOf(language as 'ar' | 'en', body)).toEqual([]);
  });

  it('"who were in their fields at the time" is the same day', () => {
    expect(claimsOf('en', 'Two farmers who were in their fields at the time were wounded by shrapnel in Kafr Nabl, activists said.').map((c) => c.count.min)).toEqual([2]);
  });
});

describe('an agreement dated by a month', () => {
  it('"اتفاق التسوية الذي جرى توقيعه في نيسان الماضي" dates the agreement, not the arrests', () => {
    const body = 'رصد المرصد السوري قيام قوات النظام صباح اليوم الأربعاء باعتقال 7 شبان من أبناء بلدة كفربطنا، على الرغم من اتفاق التسوية الذي جرى توقيعه في نيسان الماضي.';
    expect(claimsOf('ar', body).map((c) => `${c.outcome} ${c.count.min} | ${c.source.name}`)).toEqual(['captured 7 | المرصد السوري']);
  });
});

describe("when the dead had been taken", () => {
  it('"على جثة شاب …، كان قد اختُطف قبل أسبوع": the body found today is news; his abduction a week ago dates nothing of it', () => {
    const body = 'وعثر الأهالي، صباح اليوم، على جثة شاب من بلدة عريقة في ريف السويداء الغربي، كان قد اختُطف قبل أسبوع.';
    expect(claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`)).toEqual(['killed men 1']);
  });

  it('"رفات ما لا يقل عن ٤٠ شخصاً … الذين فُقدوا خلال الأسبوعين الماضيين": when they went missing dates nothing of the grave found', () => {
    const body = 'عثر الأهالي على مقبرة جماعية في بادية بلدة الكشكية، تضم رفات ما لا يقل عن ٤٠ شخصاً، يُرجّح أنهم من أبناء العشيرة الذين فُقدوا خلال الأسبوعين الماضيين.';
    expect(claimsOf('ar', body).map((c) => `${c.outcome} ${c.count.qualifier} ${c.count.min}`)).toEqual(['killed at_least 40']);
  });

  it('a toll of a week ago is still history', () => {
    expect(claimsOf('ar', 'وكان ثلاثة مدنيين قد قتلوا قبل أسبوع بقصف على البلدة.')).toEqual([]);
  });
});

describe('a day a span began', () => {
  it('"…since the jihadists launched their assault on September 16" dates neither the night\'s toll nor makes it history; the span\'s own count is a campaign\'s', () => {
    const body = 'At least 20 IS militants and 11 Kurdish fighters were killed in clashes on the town\'s eastern outskirts overnight, the Syrian Observatory for Human Rights said, bringing to more than 400 the number of people killed since the jihadists launched their assault on September 16.';
    expect(claimsOf('en', body, '2014-10-06T12:00:00Z').map((c) => c.count.min)).toEqual([20, 11]);
  });

  it('"منذ بدء الهجوم في 16 أيلول": the same in Arabic', () => {
    const body = 'قُتل 20 عنصراً من التنظيم في اشتباكات ليلة أمس، بحسب المرصد، ليرتفع عدد القتلى منذ بدء الهجوم في 16 أيلول إلى أكثر من 400.';
    expect(claimsOf('ar', body, '2014-10-06T12:00:00Z').map((c) => c.count.min)).toEqual([20]);
  });
});

describe('a headline', () => {
  it("gives the lead's figure again: no claim of its own", () => {
    const body = 'Syria: Artillery shells hit hospital in rebel-held Atareb, killing seven\n\nGovernment artillery shells struck a hospital in the rebel-held town of Atareb on Sunday, killing seven people, according to the Syrian American Medical Society.';
    expect(claimsOf('en', body).map((c) => `${c.count.min} | ${c.source.name}`)).toEqual(['7 | Syrian American Medical Society']);
  });

  it('a figure only the headline gives stays', () => {
    const body = 'Syria: Artillery shells hit hospital in rebel-held Atareb, killing seven\n\nGovernment artillery shells struck a hospital in the rebel-held town of Atareb on Sunday, the Syrian American Medical Society said.';
    expect(claimsOf('en', body).map((c) => c.count.min)).toEqual([7]);
  });
});

describe('a relative clause dated by a month', () => {
  it('"…near the Tabqa military airport, which IS overran in August." dates the airport\'s fall, not the bodies found', () => {
    const body = 'The Syrian Observatory for Human Rights said residents had found the bodies of eight Syrian soldiers in a ditch near the Tabqa military airport, which IS overran in August.';
    expect(claimsOf('en', body, '2014-10-20T10:00:00Z').map((c) => c.count.min)).toEqual([8]);
  });
});

describe("a monthly report's breakdown", () => {
  it('"The report also documented the deaths of eight individuals due to torture": the report published this month, no new toll', () => {
    const body = 'The Syrian Network for Human Rights (SNHR) today released its monthly report, which recorded the deaths of 121 civilians in October 2020.\n\nThe report notes that regime forces were responsible for the deaths of 31 civilians. Factions of the Armed Opposition killed five civilians, while 63 civilians were killed by other parties.\n\nThe report also documented the deaths of eight individuals due to torture in the detention centres.';
    expect(claimsOf('en', body, '2020-11-02T10:00:00Z')).toEqual([]);
  });
});
