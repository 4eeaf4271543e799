import { claimsOf } from './support';

/** Arabic ways of counting casualties beyond a number and its noun. */
describe('Arabic figures', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it('a singular noun in the accusative after a compound number ("ثلاثة وعشرين متظاهراً") says who', () => {
    expect(read('قتلت قوات الأمن ثلاثة وعشرين متظاهراً في مدينة درعا.')).toEqual(['killed civilians 23']);
  });

  it('a list goes on past a side named in quotation marks ("٢٢ مقاتلاً من «قسد» و١٧ من عناصر…")', () => {
    const sides = claimsOf('ar', 'وأفاد المرصد بمقتل ٢٢ مقاتلاً من «قسد» و١٧ من عناصر «الجيش الوطني» قرب رأس العين.').map((c) => `${c.count.min} ${c.victims.affiliation}`);
    expect(sides).toEqual(['22 sdf', '17 sna']);
  });

  it('"، وإن جندياً تركياً قُتل": a second thing said is a clause of its own, apart from a count since the operation began', () => {
    const body = 'وقالت وزارة الدفاع التركية إن عدد المحيّدين منذ بدء عملية «نبع السلام» بلغ ٤٨٠، وإن جندياً تركياً قُتل وأصيب ثلاثة آخرون قرب تل أبيض اليوم.';
    expect(read(body)).toEqual(['killed combatants 1', 'injured combatants 3']);
  });

  it('"بعد أن كانت الحصيلة الأولى تشير إلى ١٤": the first toll is preliminary, the risen one not', () => {
    const body = 'ارتفعت حصيلة ضحايا البراميل على حي الصالحين في حلب إلى اثنين وعشرين شهيداً، وفق ما أكده مركز حلب الإعلامي، بعد أن كانت الحصيلة الأولى تشير إلى أربعة عشر شهيداً.';
    expect(claimsOf('ar', body).map((c) => [c.count.min, c.preliminary])).toEqual([[22, false], [14, true]]);
  });

  it('"ارتفعت حصيلة القتلى إلى ٢٠ بينهم ستة أطفال": a toll\'s bare number with its part after it, no comma between', () => {
    expect(claimsOf('ar', 'ارتفعت حصيلة القتلى في سراقب إلى ٢٠ بينهم ستة أطفال، بحسب المرصد.').map((c) => `${c.victims.kind} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['unspecified 20', 'children 6 (part)']);
  });

  it('"وفي بلدة حمورية وحدها قُتل 29 شخصاً": a part of the story\'s toll at a place of its own', () => {
    const body = 'قُتل 94 مدنياً في قصف على الغوطة الشرقية، بحسب المرصد. وفي بلدة حمورية وحدها قُتل 29 شخصاً.';
    expect(claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min} ${c.place.name}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['civilians 94 الغوطة الشرقية', 'civilians 29 حمورية (part)']);
  });

  it('"قضت وحدات من جيشنا الباسل على ما يقارب ٢٠ إرهابياً": state media\'s "our army" is the subject of its verb', () => {
    expect(read('قضت وحدات من جيشنا الباسل على ما يقارب ٢٠ إرهابياً في بلدة المليحة.')).toEqual(['killed combatants 20']);
  });

  it.each([
    ['انفجرت عبوة ناسفة بسيارة عنصر في فرع الأمن العسكري في مدينة جاسم، ما أدى لمقتله على الفور.', ['killed combatants 1']],
    ['أطلق مسلحون النار على شاب في بلدة طفس، ما أدى إلى إصابته بجروح.', ['injured men 1']],
    // (A former fighter is no fighter now.)
    ['اغتال مسلحون القيادي السابق في فصائل المعارضة في بلدة طفس، ما أدى إلى مقتله.', ['killed men 1']],
    // (Whom the sentence counted already is not counted again.)
    ['قُتل شاب برصاص مجهولين في بلدة طفس، ما أدى إلى مقتله.', ['killed men 1']],
    // (Nor is one who died of his wounds counted wounded.)
    ['توفي طفل متأثراً بإصابته في بلدة طفس.', ['killed children 1']],
  ])('"ما أدى إلى مقتله": the one person named before, by the pronoun: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it('another source\'s part of a preliminary toll is preliminary too; "وصفتها بـ"غير النهائية"" is preliminary', () => {
    const body = 'أعلنت مديرية صحة السويداء أن المشفى الوطني استقبل جثامين 37 قتيلاً، في حصيلة وصفتها بـ"غير النهائية". وقالت شبكة السويداء 24 إن بين القتلى طفلين وامرأة.';
    expect(claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min} ${c.preliminary} ${c.subsetOf ? 'part' : 'total'}`)).toEqual(['unspecified 37 true total', 'children 2 true part', 'women 1 true part']);
  });

  it('"منذ اندلاع الاشتباكات … صباح أمس الأحد": a wave since yesterday, not a campaign', () => {
    const body = 'استقبل المشفى الوطني في السويداء جثامين 37 قتيلاً منذ اندلاع الاشتباكات بين مجموعات مسلحة من أبناء العشائر وفصائل محلية صباح أمس الأحد.';
    expect(claimsOf('ar', body, '2025-07-14T19:30:00Z').map((c) => c.count.min)).toEqual([37]);
  });

  it('"وكان المرصد قد أشار أمس إلى مقتل 11" after the same source\'s 16: the toll it gave before was preliminary', () => {
    const body = 'ارتفع إلى 16 عدد القتلى في بادية كباجب، بحسب المرصد السوري لحقوق الإنسان. وكان المرصد السوري قد أشار أمس إلى مقتل 11 من جامعي الكمأة في الهجوم.';
    expect(claimsOf('ar', body).map((c) => `${c.count.min} ${c.preliminary}`)).toEqual(['16 false', '11 true']);
    // (Not when nothing larger replaced it, nor another source's.)
    expect(claimsOf('ar', 'وكان المرصد السوري قد أشار أمس إلى مقتل 11 من جامعي الكمأة في بادية كباجب.').map((c) => c.preliminary)).toEqual([false]);
  });

  it('"… على أحياء الكلاسة وبستان القصر في مدينة حلب، وكان المرصد قد وثق استشهاد 31 مدنياً في الأحياء ذاتها": the earlier toll, of the same places, was preliminary', () => {
    const body = 'ارتفع إلى 47 عدد الشهداء المدنيين جراء الغارات على أحياء الكلاسة وبستان القصر في القسم الشرقي من مدينة حلب، وكان المرصد قد وثق في وقت سابق من اليوم استشهاد 31 مدنياً في الأحياء ذاتها.';
    const claims = claimsOf('ar', body);
    expect(claims.map((c) => `${c.count.min} ${c.preliminary}`)).toEqual(['47 false', '31 true']);
    // ("ذاتها" is "the same", no place of its name.)
    expect(claims.map((c) => c.place.name)).not.toContain('ذاتها');
  });

  it('"بينهم 9 أطفال" after a long account of the raids behind the toll: its parts, at its place', () => {
    const body = 'ارتفع إلى 47 عدد الشهداء المدنيين الذين قضوا جراء الغارات الجوية المكثفة التي نفذتها طائرات حربية يُرجَّح أنها روسية، والبراميل المتفجرة التي ألقتها الطائرات المروحية التابعة للنظام على أحياء الكلاسة وبستان القصر والصالحين والفردوس في القسم الشرقي من مدينة حلب منذ فجر اليوم السبت، بينهم 9 أطفال و5 مواطنات.';
    const claims = claimsOf('ar', body);
    expect(claims.map((c) => `${c.victims.kind} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['civilians 47', 'children 9 (part)', 'women 5 (part)']);
    expect(new Set(claims.map((c) => c.place.id)).size).toBe(1);
  });

  it('"المرصد السوري" in the Observatory\'s own story is the outlet, by its shorter name', () => {
    const article = { outlet: { id: 'sohr', name: 'المرصد السوري لحقوق الإنسان' } };
    expect(claimsOf('ar', 'وأفاد المرصد السوري بمقتل 11 من جامعي الكمأة في بادية كباجب.', undefined, article.outlet).map((c) => c.source.key)).toEqual(['outlet:sohr']);
  });

  it('"ارتفع إلى 16 عدد القتلى من جامعي الكمأة … على تجمع لهم في بادية كباجب": whose toll after "من"; "لهم" is no place', () => {
    const body = 'ارتفع إلى 16 عدد القتلى من جامعي الكمأة الذين قضوا جراء هجوم نفذه مسلحون على تجمع لهم في بادية كباجب، بينهم ثلاثة أطفال.';
    expect(claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min} ${c.place.name}`)).toEqual(['civilians 16 كباجب', 'children 3 كباجب']);
  });

  it.each([
    ['أسفر القصف عن مقتل 11 وإصابة 20 في بلدة كباجب.', ['killed 11', 'injured 20']],
    ['أشار المرصد إلى مقتل 11 في الهجوم على بلدة كباجب.', ['killed 11']],
  ])('"%s": a bare number after its verbal noun, before the next outcome or where', (body, expected) => {
    expect(claimsOf('ar', body).map((c) => `${c.outcome} ${c.count.min}`)).toEqual(expected);
  });

  it('"خمسة عشر من المصابين يتلقون العلاج": some of the wounded counted before, no new figure; "توفي اثنان من المصابين" is one', () => {
    const lead = 'قتل خمسة مدنيين وأصيب عشرون في قصف على حي باب توما. ';
    expect(claimsOf('ar', lead + 'وذكر المصدر أن خمسة عشر من المصابين يتلقون العلاج في مشفى المجتهد.').map((c) => `${c.outcome} ${c.count.min}`)).toEqual(['killed 5', 'injured 20']);
    expect(claimsOf('ar', lead + 'وتوفي اثنان من المصابين متأثرين بجروحهم.').map((c) => `${c.outcome} ${c.count.min}`)).toEqual(['killed 5', 'injured 20', 'killed 2']);
  });

  it('"عائلة كاملة من سبعة أفراد قضت تحت الركام، ولا يزال آخرون في عداد المفقودين": seven dead, others missing', () => {
    const body = 'وقال الناشط إن عائلة كاملة من سبعة أفراد قضت تحت الركام في حي الدرعية، ولا يزال آخرون في عداد المفقودين.';
    expect(claimsOf('ar', body).map((c) => `${c.outcome} ${c.count.min ?? '?'}`)).toEqual(['killed 7', 'missing ?']);
    // (Not "حوالي خمسة أشخاص ما زالوا في عداد المفقودين" twice, nor allegations of casualties.)
    expect(claimsOf('ar', 'وقال الدفاع المدني إن حوالي خمسة أشخاص ما زالوا في عداد المفقودين في مدينة أريحا.').map((c) => c.count.min)).toEqual([5]);
    expect(claimsOf('ar', 'وقال التحالف إنه يأخذ كل الادعاءات بسقوط ضحايا مدنيين في الرقة على محمل الجد.')).toEqual([]);
  });

  it('"قضت عائلة كاملة من سبعة أفراد": a whole family of seven, its adjective between', () => {
    expect(claimsOf('ar', 'قضت عائلة كاملة من سبعة أفراد بقصف على بلدة سرمين.').map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual(['civilians 7']);
  });

  it('"فقد رجلٌ وطفله حياتهما": lost their lives, the verb before its subject, is killed', () => {
    expect(claimsOf('ar', 'فقد رجلٌ وطفله حياتهما جراء انفجار لغم أرضي على أطراف بلدة كفرنبودة.').map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`)).toEqual(['killed civilians 2', 'killed children 1']);
  });

  it('a breakdown goes on past a quoted side\'s name and "إضافة إلى"', () => {
    const body = 'ووثق المرصد ارتفاع حصيلة القتلى في بلدة ذيبان إلى ٧١ شخصاً، هم ٢٥ من مقاتلي «قسد»، و٣٧ من مسلحي العشائر، إضافة إلى تسعة مدنيين.';
    expect(claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min} ${c.subsetOf ? 'part' : 'total'}`)).toEqual(['unspecified 71 total', 'combatants 25 part', 'combatants 37 part', 'civilians 9 part']);
  });

  it('"وأوضحت الشبكة أن بين القتلى طفلين وامرأة" after its preliminary toll: the parts are preliminary too', () => {
    const body = 'ارتفعت حصيلة الاشتباكات في حي المقوس إلى 37 قتيلاً، في حصيلة أولية وثقتها شبكة السويداء 24. وأوضحت الشبكة أن بين القتلى طفلين وامرأة.';
    expect(claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min} ${c.preliminary}`)).toEqual(['unspecified 37 true', 'children 2 true', 'women 1 true']);
  });

  it('"ولكنه عاد ورفع الحصيلة": the word that brings the later figure, with its "and"', () => {
    expect(claimsOf('ar', 'أفاد المرصد في البداية بمقتل 14 شخصاً في سراقب، ولكنه عاد ورفع الحصيلة إلى 20.').map((c) => [c.count.min, c.preliminary])).toEqual([[14, true], [20, false]]);
  });

  it('"ما تسبب بمقتله": the pronoun after a verb of causing with بـ; no one guessed when two may be meant', () => {
    expect(read('انفجرت عبوة بسيارة عنصر في فرع الأمن العسكري بمدينة درعا، ما تسبب بمقتله.')).toEqual(['killed combatants 1']);
    expect(read('أطلق قناص النار على شاب كان يحاول إسعاف طفل في حي الوعر، ما أدى إلى مقتله.')).toEqual([]);
  });

  it('"أحد متطوعي الدفاع المدني أصيب بجروح": nouns of people in construct count as their plural', () => {
    expect(read('أصيب أحد متطوعي الدفاع المدني بجروح جراء غارة ثانية على مدينة أريحا.')).toEqual(['injured civilians 1']);
  });

  it('"عدد الجرحى تجاوز الأربعين": a toll past its number is more than it', () => {
    expect(claimsOf('ar', 'قال ناشطون إن عدد الجرحى تجاوز الأربعين في القصف على مدينة الباب.').map((c) => `${c.outcome} ${c.count.qualifier} ${c.count.min}`)).toEqual(['injured more_than 41']);
  });

  it('"أفاد في البداية بمقتل ١٢، ثم قال إن الحصيلة ارتفعت": the first figure is preliminary, the later one not', () => {
    const body = 'أفاد المرصد السوري في البداية بمقتل ١٢ شخصاً في القصف على سراقب، ثم قال إن الحصيلة ارتفعت إلى ٢٠ بينهم ستة أطفال.';
    expect(claimsOf('ar', body).map((c) => [c.count.min, c.preliminary])).toEqual([[12, true], [20, false], [6, false]]);
  });

  it('"سقط قتيل": a singular noun of the dead after a verb of falling counts one; "جريحان من عناصر X" of whom', () => {
    expect(read('أدى القصف إلى سقوط قتيل وثلاثة جرحى في بلدة الصنمين.')).toEqual(['killed unspecified 1', 'injured unspecified 3']);
    const sides = claimsOf('ar', 'سقط جريحان من عناصر قوات النظام قرب مدينة الصنمين.').map((c) => `${c.victims.kind} ${c.victims.affiliation}`);
    expect(sides).toEqual(['combatants regime_forces']);
  });

  it('"في تقرير أولي" is preliminary; a part\'s description with another side joined goes on to the next part', () => {
    const body = 'قالت الشبكة السورية لحقوق الإنسان، في تقرير أولي اليوم، إن ٨٠٣ أشخاص قُتلوا في محافظة اللاذقية، بينهم ١٧٢ من عناصر الأمن العام والجيش، و٣٩ طفلاً.';
    expect(claimsOf('ar', body, '2025-03-10T12:00:00Z').map((c) => [c.count.min, c.preliminary])).toEqual([[803, true], [172, true], [39, true]]);
  });

  it('a risen toll counts civilians when the speaker\'s own other toll there does, whatever another source counts', () => {
    const body = 'ارتفع إلى 19 عدد الشهداء جراء القصف على حي الصاخور في حلب، وكان المرصد قد وثّق في وقت سابق استشهاد 11 مواطناً في القصف ذاته. وقال المجلس المحلي إن النقاط الطبية أحصت 23 قتيلاً جراء قصف حي الصاخور.';
    expect(claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual(['civilians 19', 'civilians 11', 'unspecified 23']);
  });

  it('a risen toll in a story whose other tolls of the dead there count civilians counts civilians, even told before them', () => {
    const body = 'ارتفع إلى ستة عدد الشهداء جراء القذائف الصاروخية على مدينة السقيلبية أمس. وكان مصدر في الشرطة أفاد أمس بأن القذائف أسفرت عن استشهاد أربعة مواطنين في مدينة السقيلبية.';
    expect(claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual(['civilians 6', 'civilians 4']);
  });

  it('"31 من القتلى سقطوا في حمص": a part of the toll given before, at a place of its own, with its own parts by place', () => {
    const body = 'قتل 40 شخصاً في أنحاء سوريا اليوم. وأوضحت لجان التنسيق المحلية أن 31 من القتلى سقطوا في حمص، بينهم تسعة في حي بابا عمرو وحده، وستة في إدلب.';
    expect(claimsOf('ar', body).map((c) => `${c.count.min} ${c.place.name}`)).toEqual(['40 سوريا', '31 حمص', '9 بابا عمرو', '6 إدلب']);
  });

  it('people under the rubble, not counted, are missing ("تبحث عن عالقين تحت أنقاض مبنى", "عائلات ما تزال تحت الأنقاض")', () => {
    expect(read('ولا تزال فرق الدفاع المدني تبحث عن عالقين تحت أنقاض مبنى في جسر الشغور.')).toEqual(['missing unspecified null']);
    expect(read('ويُعتقد أن عائلات ما تزال تحت الأنقاض في حي المعادي.')).toEqual(['missing civilians null']);
    // (Not the trapped counted just before, nor those already pulled out.)
    expect(read('ولا يزال عدد من المواطنين عالقين تحت أنقاض مبنى سكني في حمورية.')).toEqual(['missing civilians null']);
    expect(read('وواصلت الفرق انتشال العالقين من تحت الأنقاض في حمورية.')).toEqual([]);
  });

  it.each([
    ['"هيئة تحرير الشام" captures: its name is no release', 'اعتقلت هيئة تحرير الشام 12 شخصاً في مدينة إدلب.', 'captured unspecified 12'],
    ['"وسط إدانة دولية": a condemnation is no court\'s conviction', 'قُتل 20 مدنياً بغارة على مدينة أريحا، وسط إدانة دولية واسعة.', 'killed civilians 20'],
    ['"عدد قتلى الهجوم حتى الآن": one attack\'s toll so far is no campaign\'s', 'بلغ عدد قتلى الهجوم على مدينة الباب حتى الآن 15 شخصاً.', 'killed unspecified 15'],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual([expected]);
  });

  it('"القبض على" arrests; "اعتقلوا", "أعدموا" before their figure', () => {
    expect(read('وتمكنت قوى الأمن من إلقاء القبض على ثلاثة أشخاص في مدينة درعا.')).toEqual(['captured unspecified 3']);
    expect(read('وقُتل القيادي وأُلقي القبض على اثنين من مرافقيه قرب بلدة الشحيل.')).toEqual(['killed combatants 1', 'captured combatants 2']);
    expect(read('واعتقلوا ثلاثة شبان من بلدة المزيريب.')).toEqual(['captured men 3']);
    expect(read('وأعدموا عشرات الشبان في مدينة تدمر.')).toEqual(['killed men 20']);
  });

  it('"ما بين 20 و30 شخصاً", "بين عشرين وثلاثين": a range, about, with both bounds; "خمسة وعشرون" stays one number', () => {
    const counts = (body: string) => claimsOf('ar', body).map((c) => c.count);
    expect(counts('قُتل ما بين 20 و30 شخصاً بقصف على بلدة كفرنبودة.')).toEqual([{ qualifier: 'about', min: 20, max: 30 }]);
    expect(counts('قُتل بين عشرين وثلاثين شخصاً بقصف على بلدة كفرنبودة.')).toEqual([{ qualifier: 'about', min: 20, max: 30 }]);
    expect(counts('قُتل خمسة وعشرون شخصاً بقصف على بلدة كفرنبودة.')).toEqual([{ qualifier: 'exact', min: 25, max: 25 }]);
  });

  it.each([
    ['"عائلة واحدة فقدت ١٧ من أفرادها": a family\'s own members are civilians', 'وقال ناشط إن عائلة واحدة فقدت تسعة من أفرادها بقصف على بلدة كفرنبل.', ['killed civilians 9']],
    ['"امرأتين من سكان قرية الحراك أُصيبتا": where they were from between the noun and its verb', 'وقالت مصادر محلية إن امرأتين من سكان بلدة الحراك أُصيبتا بجروح جراء القصف.', ['injured women 2']],
    ['"بين المصابين ثلاثة أطفال": a part of the wounded, as "بين القتلى" is of the dead', 'استقبل مشفى الباب ٣٧ مصاباً، بين المصابين ثلاثة أطفال.', ['injured unspecified 37', 'injured children 3']],
    ['"عدد آخر من المواطنين": another number of them, of their kind', 'قُتل مدني بقصف على بلدة الهبيط، وأصيب عدد آخر من المواطنين بجراح.', ['killed civilians 1', 'injured civilians null']],
    ['"١٩ شخصاً من عائلة واحدة قضوا": people of one family are civilians, and "one" no figure of its own between them and their verb', 'قال المرصد إن ١٩ شخصاً من عائلة واحدة قضوا تحت الأنقاض في حي الدرعية.', ['killed civilians 19']],
    ['"ستة من جنوده": a plural owned by "his"', 'قال الجيش إن قواته تعرضت لإطلاق نار أسفر عن إصابة ستة من جنوده قرب بلدة بيت جن.', ['injured combatants 6']],
    ['the body of one named by his name is one dead', 'عُثر صباح اليوم على جثة الشاب وسيم العلي قرب بلدة الكرك الشرقي وعليها آثار تعذيب.', ['killed men 1']],
    ['"إصابة والدتها": a wound is no body, and "والد" no article', 'أفاد مراسل الشبكة بمقتل طفلة وإصابة والدتها جراء سقوط قذيفة على منزلهما في بلدة الطيانة.', ['killed children 1']],
    ['the verb of dying before its subject', 'وفي بلدة بنش، فارق شاب الحياة متأثراً بجروحه.', ['killed men 1']],
    ['women fighters, two', 'قُتلت مقاتلتان من وحدات حماية المرأة بقصف على قرية تل جمعة.', ['killed combatants 2']],
    ['the dual of a noun the lexicon holds in the singular only', 'قُتل مسعفان وأصيب عاملان في قصف على بلدة الأتارب.', ['killed civilians 2', 'injured civilians 2']],
    ['"-ين" is a sound plural as often as a dual: no count', 'قُتل العاملين في قصف على بلدة الأتارب.', []],
    ['others with no number after fighters are of their side', 'قُتل عنصران من قوات النظام وإصابة آخرين بانفجار لغم في بلدة مورك.', ['killed combatants 2', 'injured combatants null']],
    ['others with no number after civilians stay unspecified', 'قُتل مدنيان وإصابة آخرين بانفجار لغم في بلدة مورك.', ['killed civilians 2', 'injured unspecified null']],
    ['a leader described by his group, and his companion: two fighters', 'قُتل قيادي في مجموعة محلية مسلحة ومرافقه بكمين قرب مدينة شهبا.', ['killed combatants 2']],
    ['a leader of a side and her driver: two of that side', 'قُتلت قيادية في وحدات حماية المرأة وسائقها بغارة تركية على القامشلي.', ['killed combatants 2']],
    ['the side that killed them, named after their verb, is not theirs', 'قالت الهيئة العامة للثورة السورية إن 16 شخصاً قتلوا برصاص قوات النظام في حمص.', ['killed unspecified 16']],
    ['members of a family are civilians', 'اختطف مسلحون خمسة أفراد من عائلة كردية في مدينة عفرين.', ['captured civilians 5']],
    ['two members of a force, in the dual', 'استشهد عضوان في قوى الأمن الداخلي بهجوم على حاجز في مدينة الحسكة.', ['killed combatants 2']],
    ['a member of a council is of no kind', 'قُتل عضو في المجلس المحلي بانفجار عبوة ناسفة في مدينة الباب.', ['killed unspecified 1']],
    ['a definite victim among the subject\'s words counts no one', 'احتجز مسلحون من أقارب الضحية ثلاثة عناصر من قوات النظام على حاجز قرب بلدة المزرعة.', ['captured combatants 3']],
    ['a group of a list with a qualifier of four words', 'أفاد المرصد السوري بمقتل تسعة مقاتلين من وحدات الحماية وما لا يقل عن 31 عنصراً من قوات النظام قرب مدينة كوباني.', ['killed combatants 9', 'killed combatants 31']],
    ['a schoolgirl, a youth: minors', 'ما أدى إلى استشهاد تلميذة وفتى في حي باب توما بمدينة دمشق.', ['killed children 2']],
    ['"أعداد من" is an unknown number', 'دمرت وحدات من الجيش مقرات للتنظيمات الإرهابية قرب حرستا وقضت على أعداد من الإرهابيين.', ['killed combatants null']],
    ['"هم:" opens a breakdown too', 'ووثق المرصد السوري ارتفاع الحصيلة إلى سبعة قتلى، هم: 4 مدنيين و3 من عناصر الأسايش.', ['killed unspecified 7', 'killed civilians 4', 'killed combatants 3']],
    ['the verb, its subject and a night between two days between commas', 'احتجزت مجموعات محلية في ريف السويداء الشمالي، ليل الخميس – الجمعة، ثمانية أشخاص من أبناء العشائر في منطقة اللجاة.', ['captured unspecified 8']],
    ['a rank among fighters says who they were, no count of its own', 'قُتل سبعة عناصر من قوات النظام بينهم ضابطان بكمين قرب مدينة تدمر.', ['killed combatants 7']],
    ['members of a side are its fighters', 'قُتل خمسة أفراد من قوات النظام بكمين قرب مدينة عفرين.', ['killed combatants 5']],
    ['a family of seven', 'قُتلت عائلة من سبعة أفراد في غارة على بلدة كفرنبل.', ['killed civilians 7']],
    ['a family made up of five', 'ما أدى إلى مقتل أسرة مؤلفة من خمسة أشخاص في بلدة سرمين.', ['killed civilians 5']],
    ['a man and his daughter', 'وأصيب رجل وطفلته بجروح في القصف على بلدة أريحا.', ['injured civilians 2', 'injured children 1']],
    ['the verb, its subject and a time between commas before the counted', 'خطفت عصابة مسلحة، مساء أمس الاثنين، ثلاثة شبان قرب بلدة المسيفرة.', ['captured men 3']],
    ['"one of" in a long subject before the counted', 'اختطفت عناصر تتبع لأحد الفصائل المسلحة ثلاثة مدنيين قرب بلدة صوران.', ['captured civilians 3']],
    ['"none but one" is one', 'وأكدت الفصائل أنها لم تخسر سوى مقاتل واحد في الاشتباكات قرب بلدة كفرنبودة.', ['killed combatants 1']],
    ['a new statement after "، مشيراً إلى" is a clause of its own', 'وقال القائد إن مقاتليه قتلوا 12 من عناصر قوات النظام، مشيراً إلى أن الكتيبة فقدت ستة من مقاتليها منذ بدء المعارك.', ['killed combatants 12']],
    ['held as hostages', 'واحتجزت مجموعة مسلحة خمسة عناصر من قوات النظام على حاجز قرب بلدة القريا.', ['captured combatants 5']],
    ['a number right after its verbal noun', 'وأدت الغارات إلى مقتل ستة مدنيين في بلدة سرمين، وإصابة 23 بجروح، بينهم 9 أطفال.', ['killed civilians 6', 'injured unspecified 23', 'injured children 9']],
    ['an unknown number of them', 'دمرت وحدات من الجيش أوكاراً للإرهابيين في حي جوبر، وقضت على عدد منهم.', ['killed combatants null']],
    ['a number of them among the dead and the wounded', 'أحبطت وحدة من الجيش تسلل إرهابيين قرب بلدة مورك وأوقعت أعداداً كبيرة منهم بين قتيل وجريح.', ['killed combatants null', 'injured combatants null']],
    ['an unknown number of its members', 'اشتبكت الجهات المختصة مع مجموعة إرهابية مسلحة في بلدة الرستن وقتلت عدداً من أفرادها.', ['killed combatants null']],
    ['"عدد من المواطنين مفقودين": one figure, its outcome named after it', 'ولا يزال عدد من المواطنين مفقودين تحت أنقاض المباني في بلدة حمورية.', ['missing civilians null']],
    ['a toll of whom, named after its noun', 'ارتفع عدد القتلى المدنيين إلى 16 في قصف على مدينة دوما.', ['killed civilians 16']],
    ['a toll of whom, after "من"', 'ارتفعت حصيلة القتلى من المدنيين إلى 16 في قصف على مدينة دوما.', ['killed civilians 16']],
    ['whose fate is unknown, the number alone', 'ولا يزال مصير ثلاثة مجهولاً بعد الهجوم على القافلة قرب بلدة براق.', ['missing unspecified 3']],
    ['wanted men arrested', 'وأسفرت الحملة عن اعتقال نحو 40 مطلوباً في أحياء وادي الذهب وعكرمة.', ['captured unspecified 40']],
    ['a part with a qualifier of its own', 'قُتل مئة مدني بينهم قرابة أربعين طفلاً في الغارات على مدينة دوما.', ['killed civilians 100', 'killed children 40']],
    ['two bodies of two, in construct', 'عثر أهالي بلدة الكرك الشرقي على جثتي شابين مجهولي الهوية في أرض زراعية.', ['killed men 2']],
    ['"other" agreeing with a dual counts no one more', 'قُتل جندي وأصيب عنصران آخران بجروح متفاوتة في بلدة مورك.', ['killed combatants 1', 'injured combatants 2']],
    ['the verb after the counted, with them as its object', 'وأكد الناشط أن 30 شاباً اعتقلهم التنظيم في بلدة الشحيل.', ['captured men 30']],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it('a breakdown\'s items each with a side and a description, and a comma before the next', () => {
    const parts = (body: string) => claimsOf('ar', body, '2019-10-10T10:00:00Z').map((c) => `${c.count.min} ${c.victims.kind}${c.victims.affiliation ? `/${c.victims.affiliation}` : ''}${c.subsetOf !== undefined ? ' (part)' : ''}`);
    expect(parts('قال المرصد السوري إن حصيلة الضربات التركية بلغت 31 قتيلاً، هم 18 من مقاتلي قوات سوريا الديمقراطية، و12 من عناصر قوات النظام المنتشرين في نقاط التماس، ومدني واحد.')).toEqual([
      '31 unspecified', '18 combatants/sdf (part)', '12 combatants/regime_forces (part)', '1 civilians (part)',
    ]);
    expect(parts('قُتل 38 شخصاً، بينهم 33 من عناصر الجيش السوري وخمسة من عناصر «حزب الله» اللبناني، في غارات قرب مطار حلب.')).toEqual([
      '38 unspecified', '33 combatants/regime_forces (part)', '5 combatants/hezbollah (part)',
    ]);
    // ("بينهم سيدة وطفل" is a part, not a description before another item.)
    expect(parts('ما أدى إلى مقتل 5 منهم بينهم سيدة وطفل، وإصابة 3 آخرين.').map((p) => p.split(' ')[0])).toEqual(['5', '1', '1', '3']);
  });

  it('"قضى 28 منهم" with no noun of a kind near: of those the story counted last', () => {
    const claims = claimsOf('ar', 'وثّق المرصد السوري مقتل 94 مدنياً في الغوطة الشرقية. وتوزع الضحايا على عدة مناطق، إذ قضى 28 منهم في بلدة حمورية.');
    expect(claims.map((c) => `${c.victims.kind} ${c.count.min}`)).toContain('civilians 28');
  });

  it('a toll said to have risen counts whom the story counted before; another\'s toll counts whom it names', () => {
    const kinds = (body: string) => claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min}`);
    expect(kinds('قُتل أربعة مدنيين بقصف على حي الحمدانية في حلب، بحسب مصدر في قيادة الشرطة. وتوفي رجل متأثراً بجراحه ليرتفع عدد الشهداء إلى خمسة.')).toContain('civilians 5');
    expect(kinds('قُتل أربعة مدنيين بقصف على حي الحمدانية في حلب. وقال المرصد السوري إن حصيلة القتلى بلغت عشرة.')).toContain('unspecified 10');
  });

  it('a breakdown told after a toll it repeats is made of parts of that toll', () => {
    const claims = claimsOf('ar', 'ارتفع إلى 8 عدد المدنيين الذين قُتلوا جراء القصف على مخيم للنازحين قرب بلدة حربنوش، والقتلى هم 4 أطفال وسيدتان ورجلان.');
    const total = claims.find((c) => c.count.min === 8);
    expect(total?.place.name).toBe('حربنوش');
    expect(claims.filter((c) => c.subsetOf === total?.claimId).map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual(['children 4', 'women 2']);
  });

  it('"بين القتلى" after a figure of another outcome, in a new statement, is no part of it', () => {
    const claims = read('وقال ناشط إن «القوات اعتقلت العشرات من الشبان»، مضيفاً أن بين القتلى عائلة من سبعة أفراد.');
    expect(claims).toContain('killed civilians 7');
    expect(claims).not.toContain('captured civilians 7');
  });
});

describe('feminine verbs after their figure', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it.each([
    ['وقال المرصد إن مقاتلتين من وحدات حماية المرأة قتلتا في كوباني.', 'killed combatants 2'],
    ['وذكرت مصادر محلية أن ثلاث نساء أصبن بجروح في القصف على بلدة كفرنبل.', 'injured women 3'],
    ['وقال الدفاع المدني إن طفلتين استشهدتا في القصف على مدينة أريحا.', 'killed children 2'],
  ])('%s', (body, claim) => {
    expect(read(body)).toContain(claim);
  });
});

describe('the dead named by their remains', () => {
  it.each([
    ['ar', 'انتشلت فرق الدفاع المدني، اليوم الأحد، رفات ما لا يقل عن 30 شخصاً من مقبرة جماعية على أطراف مدينة إزرع.', 'killed at_least 30'],
    ['en', 'The remains of at least 30 people were exhumed from a mass grave near Izraa on Sunday.', 'killed at_least 30'],
    ['en', 'Rescuers found the bodies of 21 prisoners in a field hospital in Aleppo on Sunday, the monitor said.', 'killed exact 21'],
  ] as const)('%s: %s', (language, body, claim) => {
    expect(claimsOf(language, body).map((c) => `${c.outcome} ${c.count.qualifier} ${c.count.min}`)).toEqual([claim]);
  });
});

describe('a toll named before its number', () => {
  it('"بلغ عدد الشهداء أحد عشر بينهم امرأتان": the parts may follow the number', () => {
    expect(claimsOf('ar', 'وفي حصيلة جديدة، بلغ عدد الشهداء أحد عشر بينهم امرأتان.').map((c) => `${c.victims.kind} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual([
      'unspecified 11',
      'women 2 (part)',
    ]);
  });

  it('"قدّرت الهيئة عدد القتلى بقرابة مئة وثلاثين": an estimate with its qualifier, said by whoever made it', () => {
    const [claim] = claimsOf('ar', 'وقدّرت الهيئة العامة للثورة السورية عدد القتلى بقرابة مئة وثلاثين في مدينة دوما.');
    expect([claim.outcome, claim.count]).toEqual(['killed', { qualifier: 'about', min: 130, max: 130 }]);
    expect(claim.source.name).toBe('الهيئة العامة للثورة السورية');
  });
});

describe('a qualifier after whose they are', () => {
  it('"مقتل ١٢ عنصراً منه على الأقل": at least, past the pronoun', () => {
    expect(claimsOf('ar', 'هاجم التنظيم بلدة الشعفة فجر اليوم، وأفادت مصادر محلية بمقتل ١٥ عنصراً منه على الأقل.').map((c) => c.count)).toEqual([{ qualifier: 'at_least', min: 15, max: null }]);
  });
});

describe('the teens in the oblique case', () => {
  it('"اثني عشر", "اثنتي عشرة", "مئة واثني عشر": twelve, not ten', () => {
    expect(claimsOf('ar', 'وثّق ناشطون مقتل مئة واثني عشر مدنياً في مدينة حمص.').map((c) => c.count.min)).toEqual([112]);
    expect(claimsOf('ar', 'استقبل المشفى جثامين اثني عشر شخصاً من أبناء بلدة المليحة.').map((c) => c.count.min)).toEqual([12]);
    expect(claimsOf('ar', 'قُتلت اثنتي عشرة امرأة بقصف على بلدة سرمين.').map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual(['women 12']);
  });
});

describe('counts with no number', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.qualifier}`);

  it('"وأوقعت عدداً من القتلى والمصابين في صفوف الإرهابيين": both outcomes, fighters of no side named', () => {
    expect(read('وردّت وحدات من الجيش على مصادر القذائف في حي بستان القصر، وأوقعت عدداً من القتلى والمصابين في صفوف الإرهابيين.')).toEqual([
      'killed combatants unknown',
      'injured combatants unknown',
    ]);
  });

  it('"لا يزال عدد من الجرحى يتلقون العلاج" counts some of those counted before, no one new', () => {
    expect(read('فيما لا يزال عدد من الجرحى يتلقون العلاج في المشفى الوطني بالمدينة.')).toEqual([]);
  });

  it('"ارتفع إلى 19 عدد الشهداء المدنيين بينهم 5 أطفال ومواطنتان": whose dead, and women citizens', () => {
    expect(claimsOf('ar', 'ارتفع إلى 19 عدد الشهداء المدنيين جراء القصف على حي الميدان، بينهم 5 أطفال ومواطنتان.').map((c) => `${c.victims.kind} ${c.count.min}`)).toEqual([
      'civilians 19',
      'children 5',
      'women 2',
    ]);
  });
});

describe('a side that lost its fighters', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it('"فقدت الكتيبة أربعة من مقاتليها": lost them dead', () => {
    expect(read('وقالت الكتيبة إنها فقدت أربعة من مقاتليها في المعارك قرب حلب.')).toEqual(['killed combatants 4']);
  });

  it('"فقد الاتصال بثلاثة من عناصره": contact lost, the men missing', () => {
    expect(read('فقد الاتصال بثلاثة من عناصره في البادية قرب تدمر.')).toEqual(['missing combatants 3']);
  });
});

describe('parts joined by a و standing before digits', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`);

  it('"بينهم 9 أطفال و4 سيدات": both parts', () => {
    expect(read('قتل 20 شخصاً في القصف بينهم 9 أطفال و4 سيدات.')).toEqual(['unspecified 20', 'children 9 (part)', 'women 4 (part)']);
  });

  it('"خمسة وعشرين مدنياً، هم 11 طفلاً و6 مواطنات و8 رجال": men are a part of civilians too', () => {
    expect(read('وثّق المرصد استشهاد خمسة وعشرين مدنياً، هم 11 طفلاً و6 مواطنات و8 رجال، جراء الغارات.')).toEqual([
      'civilians 25',
      'children 11 (part)',
      'women 6 (part)',
      'men 8 (part)',
    ]);
  });
});

describe('more Arabic nouns, subjects and speakers', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.count.min} | ${c.source.name}`);

  it.each([
    ['وقالت وزارة الدفاع التركية إن جندياً تركياً قُتل في هجوم قرب الباب.', 'killed combatants/turkish_forces 1 | وزارة الدفاع التركية'],
    ['أعدم التنظيم صباح اليوم الأربعاء شابين في ساحة البلدة.', 'killed men/- 2 | Outlet'],
    ['وأفادت وسائل إعلام النظام بسقوط قتيلين في حي الحمدانية.', 'killed unspecified/- 2 | وسائل إعلام النظام'],
    ['وقال مصدر طبي إن ممرضين اثنين أصيبا بجروح في القصف.', 'injured civilians/- 2 | مصدر طبي'],
  ])('%s', (body, claim) => {
    expect(read(body)).toContain(claim);
  });
});

describe('detainees and prisoners', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min} | ${c.source.name}`);

  it.each([
    ['ووثق مكتب توثيق الشهداء في درعا مقتل معتقل من بلدة نصيب تحت التعذيب في سجون النظام.', 'killed unspecified 1 | مكتب توثيق الشهداء'],
    ['وقال مركز توثيق الانتهاكات إن سجينين توفيا في سجن حماة المركزي.', 'killed unspecified 2 | مركز توثيق الانتهاكات'],
    ['وأفاد ناشطون بوفاة ثلاثة معتقلين في أحد الأفرع الأمنية.', 'killed unspecified 3 | ناشطون'],
  ])('%s: a detainee counts as one, and a documenting body is named whole', (body, claim) => {
    expect(read(body)).toEqual([claim]);
  });

  it('"أكد المرصد توثيق مقتل": documenting after a source that is no body\'s head noun begins what was said', () => {
    expect(read('وأكد المرصد توثيق مقتل ثلاثة مدنيين في بلدة نصيب.')).toEqual(['killed civilians 3 | المرصد']);
  });
});

describe("a person's age after the noun", () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it.each([
    ['وقالت تنسيقية المدينة إن فتى في السادسة عشرة من عمره قتل برصاص قناص في حي الوعر.', 'killed children 1'],
    ['وقال ناشطون إن شاباً في العشرينيات من عمره قُتل برصاص مجهولين في مدينة الحراك.', 'killed men 1'],
    ['وقال المرصد إن رجلاً في الخمسين من عمره أصيب بجروح في قصف على بلدة الحراك.', 'injured men 1'],
    ['وأفاد ناشطون بمقتل شخص في الـ12 من عمره بقصف على بلدة الحراك.', 'killed children 1'],
    ['وقال ناشطون إن شاباً يبلغ من العمر 17 عاماً أصيب برصاص قناص في مدينة الحراك.', 'injured children 1'],
  ])('%s', (body, claim) => {
    expect(read(body)).toEqual([claim]);
  });
});

describe('a wound after the dead', () => {
  it('"مقتل شاب وإصابة شقيقه": the wounded brother is no more of the dead', () => {
    const claims = claimsOf('ar', 'وقالت مصادر محلية إن قصفاً مدفعياً على بلدة الحراك أدى إلى مقتل شاب وإصابة شقيقه.');
    expect(claims.map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`)).toEqual(['killed men 1', 'injured men 1']);
  });
});

describe('brothers, boys, and people led away', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.qualifier} ${c.count.min}`);

  it.each([
    ['وقالت مصادر محلية إنه استشهد شقيقان يعملان في رعي الأغنام بانفجار لغم قرب الميادين.', ['killed civilians exact 2']],
    ['وفي مدينة الرقة، قُتل طفلان شقيقان مساء أمس إثر انفجار جسم من مخلفات الحرب.', ['killed children exact 2']],
    ['وقال الناشط إن ثلاثة فتية قتلوا بقصف على الحي.', ['killed children exact 3']],
    ['وأشار الشعيطي إلى أن التنظيم اقتاد نحو ١٠٠ رجل من أبناء العشيرة إلى جهة مجهولة.', ['missing men about 100']],
    ['وقالت المصادر إن الدورية اقتادت ثلاثة شبان إلى فرع الأمن العسكري في درعا.', ['captured men exact 3']],
  ])('%s', (body, claims) => {
    expect(read(body)).toEqual(claims);
  });
});

describe('who the two were', () => {
  it('"قُتل مدنيان، هما امرأة وطفلها": the dual\'s "هما" opens their breakdown', () => {
    const claims = claimsOf('ar', 'قُتل مدنيان، هما امرأة وطفلها، برصاص قناص في بلدة ذيبان اليوم الخميس، بحسب ما أفاد به ناشطون محليون.');
    expect(claims.map((c) => `${c.victims.kind} ${c.count.min} ${c.subsetOf ? 'part' : 'total'}`)).toEqual(['civilians 2 total', 'women 1 part', 'children 1 part']);
  });
});

describe('a breakdown past two quoted names', () => {
  it('"و18 من عناصر "قسد" و"مجلس دير الزور العسكري"، و11 مدنياً": the list goes on, each group of its side', () => {
    const claims = claimsOf('ar', 'وقال المرصد إن عدد القتلى ارتفع إلى 54، بينهم 25 من مقاتلي العشائر، و18 من عناصر "قسد" و"مجلس دير الزور العسكري"، و11 مدنياً.');
    expect(claims.map((c) => `${c.count.min} ${c.victims.kind}/${c.victims.affiliation ?? '-'}`)).toEqual(['54 unspecified/-', '25 combatants/-', '18 combatants/sdf', '11 civilians/-']);
  });
});

describe('a lone fighter among the dead', () => {
  it('"خمسة أشخاص، بينهم عسكري، قُتلوا": the soldier is a part of the five', () => {
    const claims = claimsOf('ar', 'قالت وكالة سانا إن خمسة أشخاص، بينهم عسكري، قُتلوا فجر اليوم جراء قصف صاروخي على حي كفرسوسة.');
    expect(claims.map((c) => `${c.count.min} ${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.subsetOf ? 'part' : 'total'}`)).toEqual(['5 unspecified/- total', '1 combatants/regime_forces part']);
  });
});

describe('detained, suspects, a teacher', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min} | ${c.source.name}`);

  it.each([
    ['وقالت وزارة الداخلية إن الشرطة أوقفت شخصين في مدينة جبلة.', ['captured unspecified 2 | وزارة الداخلية']],
    ['وقال المرصد إن قوى الأمن اعتقلت ثلاثة مشتبه بهم في مدينة جبلة.', ['captured unspecified 3 | المرصد']],
    ['وقالت مصادر محلية إن مسلحين اختطفوا مدرّساً في بلدة الحراك.', ['captured civilians 1 | مصادر محلية']],
    ['وقال الجيش إن قواته نفذت عملية لاعتقال مشتبه بهم في بلدة الحراك.', []],
    ['وأعلنت وزارة الداخلية تشكيل لجنة، وقالت إن الأمن العام أوقف ستة من العناصر في جبلة.', ['captured combatants 6 | وزارة الداخلية']],
  ])('%s', (body, claims) => {
    expect(read(body)).toEqual(claims);
  });
});

describe('a group named after the second of two', () => {
  it('"بسقوط قتيلين وسبعة جرحى من المدنيين": the dead are civilians too', () => {
    const claims = claimsOf('ar', 'وأفادت وسائل إعلام النظام بسقوط قتيلين وسبعة جرحى من المدنيين في بلدة الحمدانية.');
    expect(claims.map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`)).toEqual(['killed civilians 2', 'injured civilians 7']);
  });
});

describe('sons of a community', () => {
  it('"26 من أبناء الطائفة الدرزية و4 من أبناء العشائر": of no kind; "ستة من أبناء الحي": civilians', () => {
    const read = (body: string) => claimsOf('ar', body).map((c) => `${c.victims.kind} ${c.count.min}`);
    expect(read('وثق المرصد مقتل 30 شخصاً، هم 26 من أبناء الطائفة الدرزية و4 من أبناء العشائر، في السويداء.')).toEqual(['unspecified 30', 'unspecified 26', 'unspecified 4']);
    expect(read('قال ناشطون إن ستة من أبناء الحي قُتلوا اليوم برصاص قناصة في حلب.')).toEqual(['civilians 6']);
  });
});

describe('the toll of those who were killed', () => {
  it('"ارتفاع عدد الذين قتلوا في الساحل السوري إلى 162 مدنياً، بينهم 21 طفلاً"', () => {
    const claims = claimsOf('ar', 'وثق المرصد ارتفاع عدد الذين قتلوا في الساحل السوري إلى 162 مدنياً، بينهم 21 طفلاً.');
    expect(claims.map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`)).toEqual(['killed civilians 162', 'killed children 21']);
  });
});

describe('a toll spread over places in the next sentence', () => {
  const read = (body: string) => claimsOf('ar', body).map((c) => `${c.count.min} ${c.place.nameEn ?? c.place.name}${c.subsetOf ? ' (part)' : ''}`);

  it('"توزع الشهداء على النحو التالي: ٥٣ شهيداً في دمشق وريفها، معظمهم في داريا، و٣٨ في حلب…": parts by place', () => {
    const body = 'وثقت لجان التنسيق المحلية ١٤٦ شهيداً في سوريا اليوم. توزع الشهداء على النحو التالي: ٥٣ شهيداً في دمشق وريفها، معظمهم في داريا والمعضمية، و٣٨ في حلب، و٢٢ في إدلب.';
    expect(read(body).slice(1)).toEqual(['53 Damascus (part)', '38 Aleppo (part)', '22 Idlib (part)']);
  });

  it('"وتوزعت الحصيلة على النحو التالي: 52 في مدينة بانياس، و36 في مدينة جبلة": bare numbers by place', () => {
    const body = 'وثق المرصد مقتل 162 مدنياً في الساحل السوري اليوم. وتوزعت الحصيلة على النحو التالي: 52 في مدينة بانياس، و36 في مدينة جبلة.';
    expect(read(body).slice(1)).toEqual(['52 Bāniyās (part)', '36 Jablah (part)']);
  });
});

describe('people who were all fighters, by side', () => {
  it('"مقتل تسعة أشخاص على الأقل، هم ستة من عناصر الميليشيات … من جنسيات غير سورية، وعنصران من حزب الله، إضافة إلى جندي"', () => {
    const body = 'قال المرصد السوري إن الضربات الإسرائيلية على دمشق أسفرت عن مقتل تسعة أشخاص على الأقل، هم ستة من عناصر الميليشيات الموالية لإيران من جنسيات غير سورية، وعنصران من حزب الله اللبناني، إضافة إلى جندي في قوات النظام.';
    expect(claimsOf('ar', body, '2024-07-16T09:00:00Z').map((c) => `${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual([
      'combatants/- 9',
      'combatants/iranian_militias 6 (part)',
      'combatants/hezbollah 2 (part)',
      'combatants/regime_forces 1 (part)',
    ]);
  });

  it('"في حي سكني بقدسيا": a residential quarter names no place', () => {
    expect(claimsOf('ar', 'أصيبت امرأة بجروح جراء سقوط شظايا صاروخ في حي سكني بقدسيا.').map((c) => c.place.name)).not.toContain('سكني');
  });
});

describe('a little brother, a network by its number, the news of a death', () => {
  it('"وأصيب شقيقها الصغير": a child', () => {
    expect(claimsOf('ar', 'قُتلت طفلة وأصيب شقيقها الصغير بجروح بليغة جراء انفجار لغم في بادية الكسرة.').map((c) => `${c.outcome} ${c.victims.kind}`)).toEqual(['killed children', 'injured children']);
  });

  it('"وثقت شبكة دير الزور 24 أكثر من 70"; "نشرت صفحات محلية خبر مقتل ثلاثة"', () => {
    expect(claimsOf('ar', 'وثقت شبكة دير الزور 24 أكثر من 70 قتيلاً في عمليات الاغتيال بريف دير الزور أمس.').map((c) => c.source.name)).toEqual(['شبكة دير الزور 24']);
    expect(claimsOf('ar', 'في حين نشرت صفحات محلية خبر مقتل ثلاثة عناصر من الأمن العسكري في الهجوم على نوى.').map((c) => c.source.name)).toEqual(['صفحات محلية']);
  });
});
