/**
 * Armed actors by a stable key, with the names news gives them in Arabic and English. Keys are
 * what claims carry as victims' affiliation and perpetrator.
 */
export const ACTORS: ReadonlyArray<readonly [key: string, names: readonly string[]]> = [
  ['regime_forces', ['القوات النظامية', 'الجيش النظامي', 'قوات حفظ النظام', 'قوات النظام', 'قوات النظام السوري', 'جيش النظام', 'الجيش السوري', 'الجيش العربي السوري', 'قوات الأسد', 'قوات أسد', 'جيش أسد', 'ميليشيات أسد', 'ميليشيات الأسد', 'ميليشيا أسد', 'ميليشيا الأسد', 'عصابات الأسد', 'عصابات أسد',
    // The regime's divisions, guards and intelligence branches by name.
    'الفرقة الرابعة', 'الحرس الجمهوري', 'قوات النمر', 'الأمن العسكري', 'فرع الأمن العسكري', 'الأمن الجوي', 'المخابرات الجوية', 'الأمن السياسي', 'أمن الدولة', 'الدفاع الجوي', 'قوات الدفاع الجوي',
    'Fourth Division', 'Republican Guard', 'Tiger Forces', 'Military Security', 'Air Force Intelligence', 'القوات الحكومية', 'القوات الحكومية السورية', 'ميليشيات النظام', 'عناصر النظام', 'النظام السوري', 'الشبيحة', 'ميليشيا الشبيحة', 'shabiha',
    // The National Defence militia is counted with the forces it fights beside.
    'الدفاع الوطني', 'ميليشيا الدفاع الوطني', 'قوات الدفاع الوطني', 'National Defence Forces', 'National Defense Forces', 'NDF', 'regime forces', 'Syrian regime forces', 'government forces', 'Syrian government forces', 'pro-government forces', 'Syrian army', 'Syrian troops', 'regime troops', 'Assad forces',
    // The army and the security forces as the state's own news (and most others) name them.
    'the army', 'army and security forces', 'security forces', 'Syrian security forces', 'government security forces', 'الجيش', 'قوات الأمن', 'الأجهزة الأمنية', 'الأمن', 'الشرطة',
    // The state's forces after December 2024 (no side of the fallen regime's: see `sideInItsTime` in extractor.ts).
    'الأمن العام', 'جهاز الأمن العام', 'قوات الأمن العام', 'General Security', 'General Security forces', 'وزارة الدفاع السورية', 'القوات الحكومية الجديدة']],
  // Armed loyalists of the fallen government (2025): counted as regime_forces, apart from the
  // state they fight (see `sideInItsTime` in extractor.ts).
  ['assad_loyalists', ['Bashar al-Assad', 'loyal to Assad', 'loyal to Bashar al-Assad', 'loyal to Bashar Assad', 'loyal to former President Bashar Assad', 'loyal to former President Bashar al-Assad', 'loyal to ousted President Bashar Assad', 'loyal to ousted President Bashar al-Assad', 'affiliated with Assad', 'affiliated with the Assad regime', 'affiliated with the former regime', 'linked to Assad', 'linked to the former regime', 'remnants of the regime', 'regime remnants', 'remnants of the Assad regime', 'loyalists of Assad', 'Assad loyalists', 'Assad loyalist', 'pro-Assad fighters', 'pro-Assad gunmen', 'former regime remnants', 'remnants of the former regime', 'فلول النظام', 'فلول النظام البائد', 'فلول النظام السابق', 'فلول الأسد', 'فلول النظام المخلوع',
    // ("أسر 25 عنصراً من الفلول", "94 من المسلحين الموالين للنظام": the regime's armed men, then or since.)
    'الفلول', 'الموالين للنظام', 'الموالية للنظام', 'الموالي للنظام', 'المسلحين الموالين للنظام',
    'الموالين للنظام السابق', 'الموالين للنظام البائد', 'الموالين للنظام المخلوع', 'الموالية للنظام السابق', 'loyal to the former regime', 'loyal to the former government', 'loyal to the ousted government', 'loyal to the ousted regime']],
  ['isis', ['داعش', 'تنظيم داعش', 'تنظيم الدولة', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'ISIS', 'ISIL', 'Islamic State', 'IS', 'Daesh']],
  ['sdf', ['قسد', 'الوحدات', 'الوحدات الكردية', 'Kurdish YPG', 'قوات سوريا الديمقراطية', 'وحدات حماية الشعب', 'وحدات الحماية', 'SDF', 'Syrian Democratic Forces', 'YPG', "People's Protection Units", 'YPJ', "Women's Protection Units", 'وحدات حماية المرأة',
    // The SDF's military councils and internal security.
    'مجلس منبج العسكري', 'مجلس تل تمر العسكري', 'مجلس دير الزور العسكري', 'مجلس الرقة العسكري', 'مجلس الباب العسكري', 'مجلس جرابلس العسكري',
    'Manbij Military Council', 'Deir ez-Zor Military Council', 'Deir Ezzor Military Council', 'Raqqa Military Council', 'Tal Tamr Military Council',
]],
  // The internal security of the north-east (Asayish): a police force of the Kurdish-led
  // administration, which the ledger gives no side (see `sideInItsTime` in extractor.ts).
  ['asayish', ['الأسايش', 'الآسايش', 'قوى الأمن الداخلي', 'Asayish', 'Internal Security Forces', 'internal security forces', 'Kurdish security forces', 'Kurdish-led security forces']],
  ['hts', ['هيئة تحرير الشام', 'تحرير الشام', 'جبهة النصرة', 'النصرة', 'HTS', 'Hayat Tahrir al-Sham', 'Tahrir al-Sham', 'Hayat Tahrir al Sham', 'Nusra Front', 'al-Nusra Front', 'Jabhat al-Nusra']],
  ['faylaq_al_rahman', ['فيلق الرحمن', 'Faylaq al-Rahman', 'Failaq al-Rahman']],
  ['jaysh_al_islam', ['جيش الإسلام', 'Jaysh al-Islam', 'Jaish al-Islam']],
  ['fsa', ['الجيش الحر', 'الجيش السوري الحر', 'Free Syrian Army', 'FSA', 'لواء التوحيد', 'Tawhid Brigade', 'al-Tawhid Brigade', 'كتائب الفاروق', 'Farouq Brigades', 'Farouq Battalions']],
  ['sna', ['الجيش الوطني', 'الجيش الوطني السوري', 'Syrian National Army', 'SNA', 'أحرار الشرقية', 'Ahrar al-Sharqiya', 'Ahrar al-Sharqiyah', 'الفيلق الثالث', 'Third Legion', 'فرقة الحمزة', 'Hamza Division', 'فرقة السلطان سليمان شاه', 'Sultan Suleiman Shah Division', 'Sultan Murad Division', 'فرقة السلطان مراد',
    // As the SDF's and the Kurdish outlets' side calls them, and as the rest of the press does.
    'مرتزقة الاحتلال التركي', 'مرتزقة تركيا', 'الفصائل الموالية لتركيا', 'الفصائل المدعومة من تركيا', 'فصائل موالية لتركيا', 'الفصائل الموالية لأنقرة',
    'Turkish-backed factions', 'Turkey-backed factions', 'Turkish-backed fighters', 'Turkey-backed fighters', 'Turkish-backed rebels', 'Turkey-backed rebels', 'Ankara-backed factions', 'Turkish-backed groups']],
  ['opposition_factions', ['الجبهة الشامية', 'Levant Front', 'حركة نور الدين الزنكي', 'نور الدين الزنكي', 'الزنكي', 'Nour al-Din al-Zenki', 'Nour al-Din al-Zinki', 'Zenki', 'الجبهة الوطنية للتحرير', 'National Liberation Front', 'أحرار الشام', 'حركة أحرار الشام', 'Ahrar al-Sham', 'Ahrar', 'جيش العزة', 'Jaish al-Izza', 'Jaysh al-Izza', 'فصائل المعارضة', 'الفصائل', 'الكتائب', 'كتائب المعارضة', 'الكتائب المقاتلة', 'المعارضة المسلحة', 'فصائل المعارضة السورية', 'opposition fighters', 'rebels', 'rebel fighters', 'opposition factions']],
  ['hezbollah', ['حزب الله', 'Hezbollah']],
  ['russian_forces', ['الشرطة العسكرية الروسية', 'الشرطة الروسية', 'Russian military police', 'القوات الروسية', 'الطيران الروسي', 'الطائرات الروسية', 'Russian forces', 'Russian aircraft', 'Russian warplanes', 'Russian troops']],
  ['us_led_coalition', ['التحالف الدولي', 'طيران التحالف', 'التحالف', 'US-led coalition', 'coalition', 'coalition aircraft']],
  ['turkish_forces', ['الجيش التركي', 'القوات التركية', 'جيش الاحتلال التركي', 'قوات الاحتلال التركي', 'الاحتلال التركي', 'Turkish army', 'Turkish forces', 'Turkish troops', 'Turkish military', 'Turkish Armed Forces', 'Turkish soldiers',
    'وزارة الدفاع التركية', "Turkey's defence ministry", "Turkey's defense ministry", 'Turkish defence ministry', 'Turkish defense ministry', 'Turkish Defence Ministry', "Turkey's Defence Ministry"]],
  ['iranian_militias', ['الميليشيات الإيرانية', 'الميليشيات الموالية لإيران', 'ميليشيات موالية لإيران', 'ميليشيات إيرانية', 'مجموعات موالية لإيران', 'الحرس الثوري', 'الحرس الثوري الإيراني', 'لواء فاطميون', 'فاطميون', 'لواء زينبيون', 'Iranian militias', 'Iran-backed militias', 'Revolutionary Guard', 'Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'IRGC', 'Quds Force', 'Fatemiyoun', 'Zainabiyoun']],
  ['israeli_forces', ['الجيش الإسرائيلي', 'جيش الاحتلال', 'قوات الاحتلال', 'Israeli forces', 'Israeli army', 'Israeli military', 'IDF']],
];
