/**
 * Names the news uses for Syrian places that the base gazetteer (GeoNames cities-500) lacks:
 * chiefly the Kurdish names of towns in the north-east, as Kurdish and SDF-side outlets write
 * them, and common English spellings. Each entry names a place by its Arabic name and governorate
 * as the base data has them. Written by the project from common usage.
 */
export const PLACE_ALIASES: ReadonlyArray<readonly [nameAr: string, admin1Ar: string, aliases: readonly string[]]> = [
  ['عين العرب', 'حلب', ['كوباني', 'كوبانى', 'Kobani', 'Kobane', 'Kobanî', 'Ain al-Arab', 'Ayn al-Arab']],
  ['رأس العين', 'الحسكة', ['سري كانيه', 'سري كانية', 'سرى كانيه', 'سريه كانيه', 'Serekaniye', 'Serêkaniyê', 'Sere Kaniye', 'Ras al-Ain', 'Ras al-Ayn', 'Ras al Ain']],
  ['المالكية', 'الحسكة', ['ديريك', 'Derik', 'Dêrik', 'al-Malikiyah', 'Malikiyah']],
  ['القحطانية', 'الحسكة', ['تربه سبيه', 'تربة سبي', 'تربسبيه', 'Tirbespiyê', 'Tirbespi', 'al-Qahtaniyah', 'Qahtaniyah']],
  ['تل أبيض', 'الرقة', ['كري سبي', 'گري سپي', 'Girê Spî', 'Gire Spi', 'Tal Abyad', 'Tel Abyad', 'Tell Abyad']],
  ['الدرباسية', 'الحسكة', ['دربيسية', 'Dirbêsiyê', 'Darbasiyah', 'al-Darbasiyah']],
  ['القامشلي', 'الحسكة', ['قامشلو', 'Qamishlo', 'Qamishli', 'Qamishly']],
  ['الجوادية', 'الحسكة', ['جل آغا', 'Jal Agha', 'Cil Axa', 'al-Jawadiyah']],
  ['عامودا', 'الحسكة', ['عامودة', 'Amuda', 'Amude']],
  ['عفرين', 'حلب', ['Afrin', 'Efrîn', 'Efrin']],
];
