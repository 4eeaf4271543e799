import { claimsOf } from './support';

/** Speakers named in the ways Arabic news attributes a toll. */
describe('Arabic speakers', () => {
  const sources = (body: string) => claimsOf('ar', body).map((c) => c.source.name);

  it.each([
    ['"مدير المرصد، رامي عبد الرحمن": the body before a name in apposition speaks', 'وأوضح مدير المرصد، رامي عبد الرحمن، أن الغارات قتلت 12 عنصراً في حي المزة.', 'المرصد'],
    ['"المسؤول، مصطفى العبدو": only a title before it, the person speaks', 'وأوضح المسؤول، مصطفى العبدو، أن بين القتلى أربعة أطفال في مدينة أريحا.', 'مصطفى العبدو'],
    ['"التلفزيون الرسمي": the state\'s medium by its name', 'وقال التلفزيون الرسمي إن مجموعات مسلحة هاجمت بلدة الحولة وقتلت ثلاثة من المواطنين.', 'التلفزيون الرسمي'],
    ['"المركز الإعلامي لـ«قسد»": whose office it is, the group speaks', 'أعلن المركز الإعلامي لـ«قسد» أن قواته قتلت تسعة من المهاجمين قرب بلدة الشحيل.', 'قسد'],
    ['"المكتب الإعلامي لـ«عنب بلدي»": told to an outlet, not its office', 'وقال مدير المكتب الإعلامي لـ«عنب بلدي» إن ثلاثة مدنيين قتلوا في بلدة ذيبان.', 'المكتب الإعلامي'],
    ['"الناشط الكردي آزاد حسن": an adjective of relation after what he is, then his name', 'وأفاد الناشط الكردي آزاد حسن بأن مسلحي التنظيم أسروا ثلاثة مقاتلين من الوحدات في عين العرب.', 'آزاد حسن'],
    ['"مدير المرصد رامي عبد الرحمن": the body its head speaks for, his name after it with no comma', 'وقال مدير المرصد رامي عبد الرحمن إن التنظيم خسر ما لا يقل عن ٤٥ عنصراً في عين العرب.', 'المرصد'],
    ['"مدير أحد مراكز X في حلب، أبو يامن الحلبي،": the head of one of many is no body\'s voice; the person speaks', 'وقال مدير أحد مراكز الدفاع المدني في حلب، أبو يامن الحلبي، لعنب بلدي إن برميلاً سقط على قبو في حي الفردوس، ما أدى إلى مقتل سبعة مدنيين.', 'أبو يامن الحلبي'],
    ['"أعلنت رئاسة الأركان التركية «تحييد» ٢٢": what is said, quoted after the name, is no speaker', 'أعلنت رئاسة الأركان التركية «تحييد» ٢٢ من عناصر «داعش»، ومقتل جندي تركي قرب مدينة الباب.', 'رئاسة الأركان التركية'],
    ['"مدير المكتب الإعلامي في الدفاع المدني بريف حلب": a body\'s media office speaks for the body', 'قُتل خمسة مدنيين بغارات على مدينة دارة عزة، وفق ما أكده مدير المكتب الإعلامي في الدفاع المدني بريف حلب لأورينت نت.', 'الدفاع المدني'],
    ['"رئيس المجلس المحلي لمدينة دوما": the town after "لمدينة" is the body\'s own name', 'وقال رئيس المجلس المحلي لمدينة دوما إن خمسة مدنيين قتلوا في القصف.', 'المجلس المحلي لمدينة دوما'],
    ['"المستشفى الوطني": a body\'s adjective stays in its name', 'وقال المستشفى الوطني في السويداء إنه استقبل جثامين ٧٦ شخصاً.', 'المستشفى الوطني'],
    ['"وبحسب X، قتل…": an "according to" that opens the sentence', 'وبحسب المرصد السوري، قتل خمسة مدنيين في القصف على بلدة كفرنبل.', 'المرصد السوري'],
    ['"الحصيلة التي وثقها X … إلى": the toll\'s documenter, before the figure', 'وارتفعت الحصيلة التي وثقها المرصد السوري لحقوق الإنسان حتى مساء أمس إلى ٨٩ قتيلاً في محافظة السويداء.', 'المرصد السوري لحقوق الإنسان'],
  ])('%s', (_, body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it.each([
    ['وكانت قيادة شرطة دمشق قد أعلنت في حصيلة أولية استشهاد تسعة مدنيين.', 'قيادة شرطة دمشق'],
    ['وكان مجلس دير الزور العسكري قد أعلن مقتل ثلاثة من مقاتليه.', 'مجلس دير الزور العسكري'],
  ])('"%s": a command, a council speaks before its pluperfect verb', (body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it('"المرصد السوري، ومقره لندن،": where it is based describes it, no second speaker', () => {
    expect(sources('قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن ثلاثة جنود قُتلوا في اشتباك قرب بلدة الحراك.')).toEqual(['المرصد السوري لحقوق الإنسان']);
  });

  it.each([
    ['وكان المرصد السوري قد نشر قبل ساعات أن ستة مواطنين استشهدوا في الغارات على مدينة معرة النعمان.', 'المرصد السوري'],
    ['وأعلن الدفاع المدني اليوم مقتل ستة مواطنين في الغارات على مدينة معرة النعمان.', 'الدفاع المدني'],
  ])('"%s": when it was said, after the verb, is no speaker', (body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it.each([
    ['بحسب بيان لهيئة الصحة في المقاطعة', 'هيئة الصحة'],
    ['بحسب تقرير لمنظمة العفو الدولية', 'منظمة العفو الدولية'],
  ])('"%s": whose statement, by its preposition', (phrase, name) => {
    expect(sources(`أصيب أربعة مدنيين بجروح جراء قصف مدفعي على قرية زور مغار، ${phrase}.`)).toEqual([name]);
  });

  it('"بحسب بيان صادر عن X": the issuer of a statement, not the word "issued"', () => {
    expect(sources('قُتل عنصران من جيش الإسلام بقصف على بلدة النشابية، بحسب بيان صادر عن المكتب الإعلامي للفصيل.')).toEqual(['المكتب الإعلامي للفصيل']);
  });

  it('"في حصيلة غير نهائية أعلنها X": whoever gave the toll, after the figures', () => {
    expect(sources('قُتل سبعة مدنيين وجُرح عشرون آخرون بانفجار دراجة نارية مفخخة في مدينة أعزاز، في حصيلة أولية أعلنها الدفاع المدني السوري.')).toEqual([
      'الدفاع المدني السوري',
      'الدفاع المدني السوري',
    ]);
  });

  it('"شبكة درعا 24 حتى ظهر اليوم": the number ends the name before the time it holds until', () => {
    expect(sources('ارتفع عدد القتلى في بلدة اليادودة إلى تسعة، وفق ما وثقته شبكة درعا 24 حتى ظهر اليوم.')).toEqual(['شبكة درعا 24']);
  });

  it('whom a speaker is close to is part of its name', () => {
    expect(sources('نعت حسابات مقربة من الحزب أربعة من عناصره قتلوا في ريف حمص.')).toEqual(['حسابات مقربة من الحزب']);
  });

  it('"الناشط الإعلامي X": the name after what he is', () => {
    expect(sources('وقال الناشط الإعلامي أبو محمد الحمصي إن خمسة مدنيين قتلوا في قصف على بلدة الحولة.')).toEqual(['أبو محمد الحمصي']);
  });

  it('an activist from a town is named by what he is, not by the town', () => {
    expect(sources('وقال ناشط من مدينة حمص لوكالة سمارت إن ثلاثة مدنيين قتلوا في القصف.')).toEqual(['ناشط من مدينة حمص']);
  });

  it('"وكانت X قد أعلنت": the speaker inside the pluperfect, a ministry too', () => {
    expect(sources('وكانت وزارة الداخلية قد أعلنت في حصيلة أولية مقتل سبعة مواطنين بتفجير في حي الميدان.')).toEqual(['وزارة الداخلية']);
  });

  it.each([
    ['"as X said it" (وفق ما نعته) names X', 'قُتل ثلاثة عناصر من قوات النظام بانفجار لغم قرب تدمر، وفق ما نعته صفحات موالية للنظام.', 'صفحات موالية للنظام'],
    ['"as X said it" (بحسب ما أوردته) names X', 'أصيب خمسة مدنيين بقصف على بلدة سرمين، بحسب ما أوردته وكالة سمارت.', 'وكالة سمارت'],
    ['"as X said it" (حسبما نشرت) names X', 'قُتل طفلان بانفجار في مدينة الباب، حسبما نشرت شبكة شام.', 'شبكة شام'],
    ['"أما X فقد وثّق من جهته": the topic before the verb speaks, not the adverb after it', 'أما مركز حلب الإعلامي فقد وثّق من جهته سقوط اثنين وأربعين قتيلاً في حي الشعار.', 'مركز حلب الإعلامي'],
    ['"الناطق باسم X": the body a spokesman speaks for', 'وقال الناطق باسم الجبهة الوطنية للتحرير إن مقاتليه قتلوا 40 عنصراً من قوات النظام قرب كفرنبودة.', 'الجبهة الوطنية للتحرير'],
    ['"الناطق الرسمي باسم X": the office\'s adjective between', 'وقال الناطق الرسمي باسم الجبهة الوطنية للتحرير إن مقاتليه قتلوا 40 عنصراً من قوات النظام قرب كفرنبودة.', 'الجبهة الوطنية للتحرير'],
    ['an Arabic apposition that describes ends the name ("، المنضوي في")', 'وأعلن مجلس تل أبيض العسكري، المنضوي في قوات سوريا الديمقراطية، أن مقاتليه قتلوا ثمانية عناصر قرب قرية معلق.', 'مجلس تل أبيض العسكري'],
    ['"غير أن X أحصت عدداً أكبر، إذ أكدت…": the subject after a particle of contrast, not what it counted', 'غير أن لجان التنسيق المحلية أحصت عدداً أكبر، إذ أكدت في بيان مسائي سقوط واحد وأربعين شهيداً في حمص.', 'لجان التنسيق المحلية'],
    ['"أفاد به أحد أقارب المخطوفين": one of them speaks', 'اختطفت مجموعة مسلحة أربعة شبان من أبناء مدينة بصرى الشام، بحسب ما أفاد به أحد أقارب المخطوفين لشبكة السويداء 24.', 'أحد أقارب المخطوفين'],
    ['"حافلة نقل ركاب": carrying is no quoting', 'خطفت مجموعة مسلحة خمسة أشخاص كانوا على متن حافلة نقل ركاب قرب بلدة براق، وفق ما رصدته شبكة السويداء 24.', 'شبكة السويداء 24'],
    ['"للشبكة": told to the medium, no part of the speaker\'s name', 'وقال أحد ركاب الحافلة للشبكة إن سائق الحافلة أصيب برصاصة قرب بلدة براق.', 'أحد ركاب الحافلة'],
    ['"وفق توثيقات X": whose documentation', 'قُتل ستة عناصر من الفصائل بقصف على بلدة كفرنبل، وفق توثيقات المرصد السوري لحقوق الإنسان.', 'المرصد السوري لحقوق الإنسان'],
    ['"طلب عدم ذكر اسمه": a saying denied names nobody', 'وقال قائد ميداني، الذي طلب عدم ذكر اسمه، إن الكتائب خسرت مقاتلين اثنين في الكمين قرب الرستن.', 'قائد ميداني'],
    ['a number closing a network\'s name is part of it ("مراسل درعا 24")', 'قُتل عنصران بانفجار عبوة ناسفة في ريف درعا الشرقي، بحسب ما أفاد به مراسل درعا 24.', 'درعا 24'],
    ['an office\'s head named by his title after where the office is', 'وقال مدير المستشفى الميداني في البلدة الطبيب محمد خير الأحمد للجزيرة نت إن 12 شخصاً قتلوا في القصف على سرمين.', 'محمد خير الأحمد'],
    ['"مدير صحة حمص الدكتور X": the person by his title', 'وقال مدير صحة حمص الدكتور حسان الجندي إن مشفيين استقبلا 56 جريحاً.', 'حسان الجندي'],
    ['a corrected toll is said by who corrected it', 'صحّحت مديرية صحة إدلب الحرة حصيلة ضحايا الغارة على مدينة إدلب لتصبح أربعة قتلى بدلاً من ستة.', 'مديرية صحة إدلب الحرة'],
    ['"وفق إحصائية أولية حصلت عليها X": who obtained the count gives it', 'ارتفعت حصيلة القتلى في مدينة السويداء إلى 156 قتيلاً، وفق إحصائية أولية حصلت عليها شبكة السويداء من المشفى الوطني.', 'شبكة السويداء'],
    ['a relative clause between commas after the subject ("، التي تدعم المشفى منذ عام ٢٠١٢،")', 'أما منظمة «أطباء بلا حدود»، التي تدعم المشفى منذ عام ٢٠١٢، فقالت إن ما لا يقل عن ١٤ شخصاً من المرضى والعاملين قضوا داخل المبنى.', 'منظمة أطباء بلا حدود'],
  ])('%s', (_, body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it.each([
    ['"وذكرت الشبكة" after "قال المدير لشبكة «السويداء 24»": the medium told is the network meant', 'وقال مدير المستشفى الوطني في السويداء لشبكة «السويداء 24» إن المستشفى استقبل جثامين ٧٦ شخصاً. وذكرت الشبكة أن مسلحين خطفوا اثني عشر مدنياً من قرية الثعلة.', ['المستشفى الوطني', 'شبكة السويداء 24']],
    ['"لوكالة سمارت إن…": the medium told ends before what is said, and "الوكالة" later is it', 'وقال المدير لوكالة سمارت إن خمسة مدنيين قتلوا في مدينة دوما. وذكرت الوكالة أن ثلاثة آخرين أصيبوا.', ['المدير', 'وكالة سمارت']],
    ['"الحصيلة التي أعلنها صباحاً": a time after the verb is no speaker; the one before it speaks', 'ارتفعت حصيلة القصف على أحياء حلب الشرقية إلى ٤٥ قتيلاً، بحسب الدفاع المدني السوري، بعد أن كانت الحصيلة التي أعلنها صباحاً ١٩ قتيلاً.', ['الدفاع المدني السوري', 'الدفاع المدني السوري']],
  ])('%s', (_, body, names) => {
    expect(sources(body)).toEqual(names);
  });

  it('"أما في درعا فقد قالت المصادر": a place after "أما" is no speaker', () => {
    expect(sources('أما في درعا فقد قالت المصادر إن خمسة مدنيين قتلوا.')).not.toContain('في درعا');
  });

  it('a source known by many names keeps its key in its own stories (SOHR quoting itself is the Observatory)', () => {
    const claims = claimsOf('ar', 'قال المرصد السوري لحقوق الإنسان إن خمسة مدنيين قتلوا في قصف على مدينة إدلب.', '2024-05-01T10:00:00Z', { id: 'sohr', name: 'المرصد السوري لحقوق الإنسان' });
    expect(claims.map((c) => c.source.key)).toEqual(['syrian observatory for human rights']);
  });

  it('"وقال مراسل شبكة شام" in the network\'s own story: the outlet, so the same figure twice is one claim', () => {
    const body = 'قُتل عنصر في "الجيش الوطني السوري"، مساء أمس، بانفجار عبوة ناسفة في مدينة الباب. وقال مراسل شبكة شام إن الانفجار وقع أمام منزل العنصر، ما أدى إلى مقتله على الفور.';
    const claims = claimsOf('ar', body, '2019-06-04T09:20:00Z', { id: 'shaam', name: 'شبكة شام' });
    expect(claims.map((c) => c.source.key)).toEqual(['outlet:shaam']);
  });
});

describe('English speakers', () => {
  const sources = (body: string) => claimsOf('en', body).map((c) => c.source.name);

  it.each([
    ['whose statement it is', 'Three fighters were killed near Hajin on Sunday, an SDF statement said.', 'SDF'],
    ['a body named for its town, "of" after its head', 'The local council of Tal Rifaat said nine civilians were wounded in the shelling.', 'local council of Tal Rifaat'],
    ['past where, the acronym in brackets repeats the name', 'The Internal Security Forces (Asayish) in Qamishli announced they had arrested four members of an Islamic State cell.', 'Internal Security Forces'],
    ['a verb of saying in a clause of time inside what was said has no speaker of the figure', 'The Syrian Observatory for Human Rights said the five days of bombardment since the army announced its offensive had killed 237 people in eastern Aleppo.', 'Syrian Observatory for Human Rights'],
    ['"The activist-run Deir Ezzor 24 network said": a number inside a name, before its head', 'The activist-run Deir Ezzor 24 network said two tribal fighters had been killed in Kishkiyeh.', 'Deir Ezzor 24 network'],
    ['"A tribal elder who fled to the town of Abu Hamam said": the one the relative clause describes speaks, not where he fled', 'A tribal elder who fled to the nearby town of Abu Hamam said 42 bodies had been counted in Gharanij.', 'tribal elder'],
    ['"the director of X, Dr. Ibrahim Hadid, said": the person named in apposition speaks', 'The director of Aleppo University Hospital, Dr. Ibrahim Hadid, said the death toll in al-Hamdaniyeh rose to four.', 'Ibrahim Hadid'],
    ['"according to relatives who spoke to X": the relative clause is no part of who', 'A woman was killed in Ariha, according to relatives who spoke to Enab Baladi.', 'relatives'],
    ['"the Deir ez-Zor Military Council said": a name with a lower-case particle', 'Two of its fighters were killed near al-Busayrah, the Deir ez-Zor Military Council said.', 'Deir ez-Zor Military Council'],
    ['"according to the Turkish Ministry of National Defense": "of" between capitalised words is inside the name', 'The death toll from the bombing in Afrin has risen to 46 people, according to the Turkish Ministry of National Defense.', 'Turkish Ministry of National Defense'],
    ['"According to X, …": an "according to" that opens the sentence', 'According to the Syrian Observatory, five civilians were killed in the shelling of Kafranbel.', 'Syrian Observatory'],
    ['"The Syrian American Medical Society (SAMS), which supports hospitals in the area, said": an apposition after the bracketed acronym', 'The Syrian American Medical Society (SAMS), which supports hospitals in the area, said its facilities had treated more than 300 wounded people in Douma.', 'Syrian American Medical Society'],
    ['"X, an activist in Baba Amr, said via Skype": how it was said is no speaker', '"We buried six men this morning," Omar Shaker, an activist in Baba Amr, said via Skype.', 'Omar Shaker'],
    ['"X, which relies on activists, lawyers and doctors, said": list commas inside the relative clause', 'The Syrian Observatory, which relies on a network of activists, lawyers and doctors inside Syria, said at least 60 people were killed on Friday.', 'Syrian Observatory'],
  ])('%s', (_, body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it('"The London-based group said" after Amnesty: not the Observatory', () => {
    expect(sources('Amnesty International also documented the attack on Douma. The London-based group said five civilians were killed.')).not.toContain('Syrian Observatory for Human Rights');
    const keys = claimsOf('en', 'Shelling killed four civilians in Douma, the Syrian Observatory for Human Rights said. The London-based group said nine rebels were also killed.').map((c) => c.source.key);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('"the Britain-based group said" after the Observatory: the Observatory', () => {
    const body = 'Shelling killed four civilians in Douma, the Syrian Observatory for Human Rights said. The Britain-based group said nine rebels were also killed.';
    expect(sources(body)).toEqual(['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']);
  });

  it.each([
    ['"according to opposition activists and rescuers": two sources, one claim each', 'Air strikes killed at least 57 people in Hazzeh on Tuesday, according to opposition activists and rescuers.', ['opposition activists', 'rescuers']],
    ['"X initially reported…, but later said…": the sentence\'s subject after "but" and an adverb', 'The Syrian Observatory for Human Rights initially reported 14 dead in Marjeh, but later said the toll had risen to 23.', ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']],
  ])('%s', (_, body, names) => {
    expect(sources(body)).toEqual(names);
  });

  it('"claimed by" owns a deed and says nothing; "preliminary reports" is a noun', () => {
    expect(sources('Two car bombs claimed by Islamic State killed at least 30 people in Qamishli on Wednesday, a monitoring group said.')).toEqual(['monitoring group']);
    expect(sources('Airwars said it had preliminary reports that between 10 and 15 civilians died in the raids on Mayadin.')).toEqual(['Airwars']);
  });

  it('what follows "said" with a verb of its own is what was said, not who said it', () => {
    expect(sources('The Syrian Observatory for Human Rights, a Britain-based war monitor, said the strikes hit positions near Masyaf, killing 12 people.')).toEqual([
      'Syrian Observatory for Human Rights',
    ]);
  });

  it.each([
    ['"A resident who spoke to the BBC by telephone said": the resident, not whom he spoke to', 'A resident who spoke to the BBC by telephone said at least 35 civilians had been killed in the town of Jisr al-Shughour.', 'resident'],
    ['"in Syria" closing a capitalised name is part of it', 'The National Organisation for Human Rights in Syria said the bodies of eight protesters had been brought to a mosque in Jisr al-Shughour.', 'National Organisation for Human Rights in Syria'],
    ['"Activists in Syria said": where they are, no part of who', 'Activists in Syria said 12 people were killed in Homs on Friday.', 'Activists'],
    ['a capitalised name joined by "for", "of the" is whole', "Russia's Centre for Reconciliation of the Opposing Sides said its aircraft had killed 15 militants near Idlib.", "Russia's Centre for Reconciliation of the Opposing Sides"],
    ['"activists say": the present tense says too', 'Barrel bombs killed at least 15 people on Sunday in the Masaken Hanano area, activists say.', 'activists'],
    ['"Doctors in the besieged rebel enclave of Eastern Ghouta say": the sources, not where they are', 'Doctors in the besieged rebel enclave of Eastern Ghouta say at least 45 people were killed on Tuesday in Kafr Batna.', 'Doctors'],
    ['"X blamed … and said": the second verb shares the sentence\'s subject', 'Syria\'s state news agency SANA blamed "terrorist groups" for the killings and said three members of the security forces had been killed.', 'SANA'],
  ])('%s', (_, body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it('"U.S.-backed forces said": the abbreviation is part of the name, filed under the SDF', () => {
    const [claim] = claimsOf('en', 'U.S.-backed forces said on Monday they had killed 38 Islamic State fighters near Baghouz.');
    expect(claim.source.name).toBe('U.S.-backed forces');
    expect(claim.source.key).toBe(claimsOf('en', 'The Syrian Democratic Forces said they had killed 12 Islamic State fighters.')[0].source.key);
  });

  it('"is" between the capitalised words of a name is part of it', () => {
    expect(sources('Raqqa is Being Slaughtered Silently said three men were executed in the city on Friday.')).toEqual(['Raqqa is Being Slaughtered Silently']);
  });

  it('"the UK-based monitor" is the observatory named before; "a war monitor" with none named before stands for itself', () => {
    expect(sources('The Syrian Observatory for Human Rights said 40 people were killed in Suwayda on Monday. The UK-based monitor said the dead included 21 civilians.')).toEqual([
      'Syrian Observatory for Human Rights',
      'Syrian Observatory for Human Rights',
    ]);
    expect(sources('Air strikes killed at least 25 people in eastern Aleppo on Tuesday, a rescue worker and a war monitor said.')).toEqual(['rescue worker', 'war monitor']);
  });

  it('"according to X and a Y": two sources, one claim each', () => {
    expect(sources('Shelling killed five people in Douma, according to activists and a local doctor.')).toEqual(['activists', 'local doctor']);
    expect(sources('An air strike killed at least 12 people in Aleppo, according to the Observatory and a doctor at the university hospital.')).toEqual(['Observatory', 'doctor']);
  });

  it('a capitalised word after "and" continues a name', () => {
    expect(sources('Shelling killed five people in Douma, according to the Commission for International Justice and Accountability.')).toEqual([
      'Commission for International Justice and Accountability',
    ]);
  });

  it('"according to SOHR statistics": whose records they are', () => {
    expect(sources('Shelling killed a child in Kansafra, according to SOHR statistics.')).toEqual(['SOHR']);
  });

  it('"said it had received reports that…": the one who received them speaks', () => {
    expect(sources('The UN human rights office said Tuesday it had received reports that pro-government forces had killed at least 82 civilians in east Aleppo.')).toEqual([
      'UN human rights office',
    ]);
  });
});

/** A source news names in many ways is filed under one key, its name kept as written. */
describe('sources known by many names', () => {
  it('"مركز الدفاع المدني", "الدفاع المدني": the Syrian Civil Defence by its centre and its short name', () => {
    const keys = claimsOf('ar', 'وقال مدير مركز الدفاع المدني في أريحا إن ثلاثة مدنيين قتلوا. وقال الدفاع المدني إن خمسة آخرين أصيبوا.').map((c) => c.source.key);
    expect(keys).toEqual(['syrian civil defence', 'syrian civil defence']);
  });

  const source = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => ({ name: c.source.name, key: c.source.key }))[0];

  it.each([
    ['en', "Israeli strikes on central Syria killed 14 people, Syria's state news agency reported.", "Syria's state news agency", 'sana'],
    ['en', 'Air strikes killed 14 people in Masyaf, state news agency SANA said.', 'SANA', 'sana'],
    ['ar', 'قُتل 14 شخصاً بغارات على مصياف، بحسب وكالة الأنباء السورية الرسمية.', 'وكالة الأنباء السورية الرسمية', 'sana'],
    ['en', 'Five civilians were killed in Ariha, the White Helmets rescue group said.', 'White Helmets', 'syrian civil defence'],
    ['en', 'At least 13 civilians were killed in Tal Abyad, the Turkish National Defense Ministry said.', 'Turkish National Defense Ministry', 'turkish defence ministry'],
    ['en', 'A guard was wounded in al-Hol camp, the Asayish internal security forces said.', 'Asayish internal security forces', 'asayish'],
    ['ar', 'أصيب عنصر في مخيم الهول، بحسب قوى الأمن الداخلي (الأسايش).', 'قوى الأمن الداخلي', 'asayish'],
  ] as const)('%s: "%s" is %s', (language, body, name, key) => {
    expect(source(language, body)).toEqual({ name, key });
  });

  it('a name that ends in a negated verb ends before it', () => {
    expect(source('ar', 'قُتلت مقاتلتان من وحدات حماية المرأة قرب كوباني، بحسب بيان للمركز الإعلامي لقوات سوريا الديمقراطية لم يحدد موعد الهجوم.')?.name).toBe(
      'المركز الإعلامي لقوات سوريا الديمقراطية',
    );
  });
});


describe('a medium named by its word', () => {
  it('"رصدت الشبكة" after only a person spoke: the outlet itself, no person is a network', () => {
    const claims = claimsOf('ar', 'قُتل رجل برصاص مسلحين في قرية عريقة، بحسب ما أفاد به أحد أقارب المخطوفين. واحتجز مسلحون ثلاثة عناصر من قوات النظام قرب بلدة المزرعة. ورصدت الشبكة 38 حالة خطف منذ بداية العام.');
    expect(claims.map((c) => c.source.name)).toEqual(["أحد أقارب المخطوفين", "Outlet"]);
  });

  it('"activists and a monitor said" with no monitor named before: two speakers', () => {
    const claims = claimsOf('en', 'Clashes in Jaramana killed at least 13 people, activists and a monitor said.');
    expect(claims.map((c) => c.source.name)).toEqual(['activists', 'monitor']);
  });

  it('"the network added" after "Suwayda 24, a local news network, said": that network', () => {
    const claims = claimsOf('en', 'Suwayda 24, a local news network, said gunmen abducted seven soldiers near Shahba. Hours later, a member of a local armed faction was killed near Suwayda city, the network added.');
    expect(claims.map((c) => c.source.name)).toEqual(['Suwayda 24', 'Suwayda 24']);
  });
});

describe('a speaker named in a sentence of no casualty', () => {
  it.each([
    ['ar', 'أصيب مدنيان بقذيفة على حي ركن الدين. وذكر مصدر في قيادة الشرطة أن القذيفة سقطت قرب مدرسة ابتدائية في محيط ساحة شمدين، ما ألحق أضراراً مادية بالمكان. وفي وقت لاحق، أفاد المصدر بأن قذيفة ثانية أدت إلى إصابة امرأة في ساحة العباسيين.', 'مصدر في قيادة الشرطة'],
    ['en', 'Two civilians were wounded by a shell in Rukn al-Din. A police source said the shell fell near a primary school close to Shamdin Square, damaging the building and cars parked nearby. The source later said a second shell wounded a woman in Abbasiyin Square.', 'police source'],
  ])('%s: "the source" later points back to it', (language, body, name) => {
    expect(claimsOf(language as 'ar' | 'en', body).map((c) => c.source.name).at(-1)).toBe(name);
  });
});

describe("the outlet's own teams", () => {
  it('"according to our teams on the ground"; "An earlier toll issued by our centre at 3pm put the number of dead at 21": the outlet, the earlier toll preliminary', () => {
    const body = 'The death toll from the airstrikes on the market in Maarat Misrin has risen to 38 civilians. An earlier toll issued by our centre in Maarat Misrin at 3pm put the number of dead at 21. More than 100 people were injured in the strikes, according to our teams on the ground.';
    const claims = claimsOf('en', body, undefined, { id: 'sycd', name: 'Syria Civil Defence' });
    expect(claims.map((c) => `${c.source.key} ${c.count.min} ${c.preliminary}`)).toEqual(['outlet:sycd 38 false', 'outlet:sycd 21 true', 'outlet:sycd 101 false']);
  });
});

describe("the outlet's own correspondent", () => {
  it('"وأوضح المراسل" after the outlet\'s correspondent: the outlet; a part of its preliminary toll at a place of its own is preliminary too', () => {
    const body = 'قُتل سبعة مدنيين في ريف إدلب الجنوبي، في حصيلة غير نهائية، بحسب ما أفاد مراسل تلفزيون سوريا. وأوضح المراسل أن أربعة من الضحايا سقطوا في مدينة خان شيخون جراء غارات بالصواريخ الفراغية.';
    const claims = claimsOf('ar', body, undefined, { id: 'syria-tv', name: 'تلفزيون سوريا' });
    expect(claims.map((c) => `${c.source.key} ${c.count.min} ${c.preliminary}`)).toEqual(['outlet:syria-tv 7 true', 'outlet:syria-tv 4 true']);
  });


  it.each([
    ['ar', 'استشهد عضوان في قوى الأمن الداخلي قرب قرية تل حبش، وأفاد مراسل وكالتنا بأن المسيرة استهدفت سيارتهما.'],
    ['en', 'Two members of the Asayish were killed near Tal Habash, our correspondent reported.'],
  ])('%s: "مراسل وكالتنا", "our correspondent" is the outlet', (language, body) => {
    expect(claimsOf(language as 'ar' | 'en', body).map((c) => c.source.name)).toEqual(['Outlet']);
  });
});

describe('whom an English speaker speaks for', () => {
  const sources = (body: string) => claimsOf('en', body).map((c) => c.source.name);

  it('"a spokesman for the Kurdish YPG militia" is the militia', () => {
    expect(sources('Turkish air strikes killed 10 civilians in the town of Jandairis on Wednesday, a spokesman for the Kurdish YPG militia said.')).toEqual(['Kurdish YPG militia']);
  });

  it('"the White Helmets civil defence group" is the White Helmets, its description after its name', () => {
    expect(sources('The White Helmets civil defence group said its teams had recovered six bodies from the site in Atarib.')).toEqual(['White Helmets']);
  });

  it('"the spokesperson added" after "a spokesperson for the Asayish" points back to the Asayish', () => {
    const body = 'A spokesperson for the Asayish told Kurdistan24 that the camp was calm. An Asayish member was killed when a suspect opened fire on a patrol in al-Hol, the spokesperson added.';
    expect(sources(body)).toEqual(['Asayish']);
  });

  it.each([
    ['In al-Qusour, a 56-year-old man who gave only his first name, Ali, said gunmen had killed three men from his family.', '56-year-old man'],
    ['In al-Qusour, a resident who asked not to be named said gunmen had killed three men from his family.', 'resident'],
  ])('%s: how he would be named describes the speaker before it', (body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it.each([
    ['Two of their members had been killed in Sheikh Maqsoud, the Kurdish Asayish internal security forces said.', 'Kurdish Asayish'],
    ['The number of martyrs rose to 15, Damascus Police Commander Major General Hussein Jumaa told state television.', 'Damascus Police Commander'],
    ["The city's recovery team said it had exhumed the bodies of 34 people in al-Mashlab.", 'recovery team'],
  ])('%s: the name before its description, the office before its holder\'s rank and name', (body, name) => {
    expect(sources(body)).toEqual([name]);
  });

  it('"a spokesman for the group" still points back', () => {
    expect(sources('A spokesman for the group said two of its fighters were killed near Azaz.')).not.toContain('group');
  });
});

describe('a number at the end of a name', () => {
  it('"Suwayda 24 said gunmen had seized 15 Druze men": the 24 is the network\'s name', () => {
    const claims = claimsOf('en', 'Local network Suwayda 24 said gunmen had seized 15 Druze men on the road near al-Maqwas.');
    expect(claims.map((c) => `${c.outcome} ${c.count.min} | ${c.source.name}`)).toEqual(['captured 15 | Suwayda 24']);
  });
});

describe('a campaign named, then pointed back to', () => {
  it('"بحسب ما أفادت به حملة "الرقة تذبح بصمت"" then "وقالت الحملة": the same source', () => {
    const body = 'قُتل 27 مدنياً جراء غارات جوية على حي البدو في مدينة الرقة، بحسب ما أفادت به حملة "الرقة تذبح بصمت". وقالت الحملة إن ما لا يقل عن عشرة أشخاص لا يزالون تحت الأنقاض.';
    const keys = new Set(claimsOf('ar', body).map((c) => c.source.key));
    expect(keys.size).toBe(1);
  });
});

describe('a speaker after "في حين"', () => {
  it('"قُتل قرابة عشرة مدنيين …، في حين أعلنت أنقرة مقتل جنديين": Ankara speaks of its soldiers only', () => {
    const body = 'قُتل قرابة عشرة مدنيين، اليوم الأربعاء، بغارات جوية روسية على مدينة أريحا، في حين أعلنت أنقرة مقتل جنديين تركيين بقصف على إحدى نقاطها في ريف إدلب.';
    expect(claimsOf('ar', body).map((c) => `${c.count.min} | ${c.source.name}`)).toEqual(['10 | Outlet', '2 | أنقرة']);
  });
});

describe('a network named with its number', () => {
  it('"شبكة دير الزور 24 إن…", "شبكة السويداء 24 حتى ساعات الظهر": the number is the name\'s', () => {
    expect(claimsOf('ar', 'قالت شبكة دير الزور 24 إن خمسة أشخاص قتلوا في الميادين.').map((c) => c.source.name)).toEqual(['شبكة دير الزور 24']);
    expect(claimsOf('ar', 'ارتفعت الحصيلة إلى 37 قتيلاً في حي المقوس، وفق ما وثقته شبكة السويداء 24 حتى ساعات ظهر اليوم.').map((c) => c.source.name)).toEqual(['شبكة السويداء 24']);
  });
});

describe('a name that only describes another', () => {
  it('"the SDF" after "the SDF-allied Manbij Military Council" is a speaker of its own', () => {
    const body = 'IS militants killed at least 24 people in the village, a spokesman for the SDF-allied Manbij Military Council told Al-Monitor. The SDF said 19 of its fighters had been killed on Monday west of Manbij.';
    expect(claimsOf('en', body).map((c) => c.source.name)).toEqual(['SDF-allied Manbij Military Council', 'SDF']);
  });
});

describe('testimonies a speaker gathered', () => {
  it('"وفقاً لشهادات حصل عليها المرصد": the Observatory speaks', () => {
    const body = 'أعدم مسلحون 31 رجلاً في قرية المختارية بريف اللاذقية، وفقاً لشهادات حصل عليها المرصد السوري لحقوق الإنسان من أهالي القرية.';
    expect(claimsOf('ar', body).map((c) => c.source.name)).toEqual(['المرصد السوري لحقوق الإنسان']);
  });
});

describe('a word of the dead inside a name', () => {
  it('"according to the Daraa Martyrs Documentation Office", "the Daraa Martyrs Documentation Office said"', () => {
    expect(claimsOf('en', 'A landmine exploded near Tal Shihab, wounding two children, according to the Daraa Martyrs Documentation Office.').map((c) => c.source.name)).toEqual(['Daraa Martyrs Documentation Office']);
    expect(claimsOf('en', 'The Daraa Martyrs Documentation Office said a landmine wounded two children near Tal Shihab.').map((c) => c.source.name)).toEqual(['Daraa Martyrs Documentation Office']);
  });
});

describe('whose statistics', () => {
  it('"According to SOHR\'s statistics": SOHR, past the possessive', () => {
    expect(claimsOf('en', "According to SOHR's statistics, 12 civilians were killed in Daraa today.").map((c) => c.source.name)).toEqual(['SOHR']);
  });
});

describe('a verb of saying with its auxiliary', () => {
  it('"The Health Ministry has said", "activists have reported": the subject speaks', () => {
    expect(claimsOf('en', 'The Health Ministry has said that 12 people were killed in Daraa today.').map((c) => c.source.name)).toEqual(['Health Ministry']);
    expect(claimsOf('en', 'Local activists have reported that 12 people were killed in Daraa today.').map((c) => c.source.name)).toEqual(['Local activists']);
  });

  it('"By late evening the group had raised the toll": no time is a speaker', () => {
    const body = 'The Observatory said 20 people were killed in Aleppo. By late evening the group had raised the toll to 31.';
    expect(claimsOf('en', body).map((c) => c.source.name)).toEqual(['Observatory', 'Observatory']);
  });
});

describe('a speaker named by whose kin he is', () => {
  it('"a relative of one of the victims said", "a member of the local council said"', () => {
    expect(claimsOf('en', 'At least five people are still missing, a relative of one of the victims said.').map((c) => c.source.name)).toEqual(['relative of one of the victims']);
    expect(claimsOf('en', 'Gunmen killed two members of the SDF in Raqqa, a member of the local council said.').map((c) => c.source.name)).toEqual(['member of the local council']);
  });

  it('"a relative of one of them and a local activist": two speakers', () => {
    expect(claimsOf('en', 'Security forces detained seven young men in Yabroud, a relative of one of them and a local activist said.').map((c) => c.source.name)).toEqual(['relative of one of them', 'local activist']);
  });
});

describe('a report published', () => {
  it('"SNHR today released a report… The report said": the report is its author\'s word', () => {
    const body = 'The Syrian Network for Human Rights today released a report on the siege of Daraa. The report said 12 civilians were killed in Daraa on Monday.';
    expect(claimsOf('en', body).map((c) => c.source.name)).toEqual(['Syrian Network for Human Rights']);
  });

  it('"was released on Sunday": a captive freed publishes nothing', () => {
    const body = 'An aid worker who was abducted on Friday near Saraqib was released on Sunday evening, his organisation said in a statement.';
    expect(claimsOf('en', body).map((c) => c.source.name)).toEqual(['his organisation']);
  });

  it('"The Syrian Observatory today said": the day is no part of the name', () => {
    expect(claimsOf('en', 'The Syrian Observatory today said 12 civilians were killed in Daraa.').map((c) => c.source.name)).toEqual(['Syrian Observatory']);
  });
});

describe('a body named in apposition to its description', () => {
  it('"The main Western-backed opposition group, the Syrian National Coalition, said": the name speaks', () => {
    const body = 'The main Western-backed opposition group, the Syrian National Coalition, said more than 1,300 people were killed in Zamalka.';
    expect(claimsOf('en', body).map((c) => c.source.name)).toEqual(['Syrian National Coalition']);
  });

  it('"The Syrian Observatory for Human Rights, a Britain-based monitor, said": the name before a description still speaks', () => {
    const body = 'The Syrian Observatory for Human Rights, a Britain-based monitor, said 12 people were killed in Zamalka.';
    expect(claimsOf('en', body).map((c) => c.source.name)).toEqual(['Syrian Observatory for Human Rights']);
  });
});
