import { GazetteerPlace } from './gazetteer';

/**
 * Named regions that news reports use as places but that are no admin unit of Syria's, so no
 * P-coded gazetteer lists them, and a few of the neighbours'. Written for this project; centroids
 * are approximate (precision 5).
 */
const REGIONS: Array<[id: string, ar: string, en: string, alt: string[], admin1Ar: string, admin1En: string, lat: number, lon: number]> = [
  ['region:eastern-ghouta', 'الغوطة الشرقية', 'Eastern Ghouta', ['East Ghouta', 'Ghouta', 'الغوطة'], 'ريف دمشق', 'Rif Dimashq', 33.54, 36.42],
  ['region:western-ghouta', 'الغوطة الغربية', 'Western Ghouta', ['West Ghouta'], 'ريف دمشق', 'Rif Dimashq', 33.45, 36.2],
  ['region:qalamoun', 'القلمون', 'Qalamoun', ['Qalamoun Mountains', 'Eastern Qalamoun', 'القلمون الشرقي'], 'ريف دمشق', 'Rif Dimashq', 33.9, 36.6],
  ['region:wadi-barada', 'وادي بردى', 'Wadi Barada', [], 'ريف دمشق', 'Rif Dimashq', 33.63, 36.13],
  ['region:hauran', 'حوران', 'Hauran', ['Horan'], 'درعا', 'Daraa', 32.75, 36.2],
  ['region:jabal-al-zawiya', 'جبل الزاوية', 'Jabal al-Zawiya', ['Jabal Zawiya'], 'إدلب', 'Idlib', 35.7, 36.55],
  ['region:houla', 'الحولة', 'Houla', ['al-Houla'], 'حمص', 'Homs', 34.88, 36.53],
  ['region:badia', 'البادية السورية', 'Syrian Desert', ['Badia', 'البادية'], 'حمص', 'Homs', 34.5, 38.5],
  ['region:jazira', 'الجزيرة السورية', 'Jazira', ['Syrian Jazira'], 'الحسكة', 'Al-Hasakah', 36.5, 40.75],
  ['region:afrin', 'منطقة عفرين', 'Afrin region', [], 'حلب', 'Aleppo', 36.51, 36.87],
  ['region:north-east-syria', 'شمال وشرق سوريا', 'North and East Syria', ['northeast Syria', 'north-east Syria', 'northeastern Syria', 'North-East Syria', 'شمال شرق سوريا', 'شمال شرقي سوريا'], 'الحسكة', 'Al-Hasakah', 36.5, 40.5],
  ['region:syrian-coast', 'الساحل السوري', 'Syrian coast', ['coastal Syria', 'coastal provinces', 'coastal areas', 'coastal region', 'الساحل', 'المنطقة الساحلية', 'مناطق الساحل'], 'اللاذقية', 'Latakia', 35.3, 35.95],
  // Neighbours' regions Syrian news names: a toll there is the neighbour's (admin1 is not Syria's).
  ['region:lb-bekaa', 'البقاع', 'Bekaa', ['Bekaa Valley', 'Beqaa', 'Beqaa Valley', 'Bekaa valley', 'سهل البقاع'], 'البقاع', 'Beqaa', 33.85, 35.9],
  ['region:lb-south', 'جنوب لبنان', 'South Lebanon', ['southern Lebanon', 'south Lebanon'], 'الجنوب', 'South Lebanon', 33.27, 35.4],
  ['region:iq-anbar', 'الأنبار', 'Anbar', ['Anbar province', 'محافظة الأنبار'], 'الأنبار', 'Anbar', 33.4, 42.0],
  ['region:iq-nineveh', 'نينوى', 'Nineveh', ['Ninewa', 'Nineveh province', 'محافظة نينوى'], 'نينوى', 'Nineveh', 36.2, 42.7],
  ['region:iq-kurdistan', 'إقليم كردستان', 'Kurdistan Region', ['Iraqi Kurdistan', 'كردستان العراق'], 'أربيل', 'Erbil', 36.2, 44.0],
  ['region:tr-hatay', 'هاتاي', 'Hatay', ['Hatay province', 'ولاية هاتاي', 'لواء اسكندرون'], 'هاتاي', 'Hatay', 36.4, 36.3],
  ['region:jo-mafraq', 'محافظة المفرق', 'Mafraq governorate', [], 'المفرق', 'Mafraq', 32.34, 36.2],
];

/** Countries, for reports that name no place finer ("in northern Syria"). */
const COUNTRIES: Array<[id: string, ar: string, en: string, alt: string[]]> = [
  ['country:SY', 'سوريا', 'Syria', []],
  ['country:IQ', 'العراق', 'Iraq', []],
  ['country:YE', 'اليمن', 'Yemen', []],
  ['country:LB', 'لبنان', 'Lebanon', []],
  ['country:LY', 'ليبيا', 'Libya', []],
  ['country:SD', 'السودان', 'Sudan', []],
  ['country:PS', 'فلسطين', 'Palestine', []],
  // Neighbours whose news reaches the same outlets: a toll there is no toll of Syria's.
  ['country:TR', 'تركيا', 'Turkey', ['Türkiye', 'Turkiye']],
  ['country:JO', 'الأردن', 'Jordan', ['الاردن']],
  ['country:IL', 'إسرائيل', 'Israel', ['اسرائيل']],
];

export function countries(): GazetteerPlace[] {
  return COUNTRIES.map(([id, ar, en, alt]) => ({ id, nameAr: ar, nameEn: en, altNames: alt, admin1Ar: null, admin1En: null, lat: null, lon: null, kind: 'country', source: 'incident-ledger-countries' }));
}

export function regions(): GazetteerPlace[] {
  return REGIONS.map(([id, ar, en, alt, admin1Ar, admin1En, lat, lon]) => ({
    id,
    nameAr: ar,
    nameEn: en,
    altNames: alt,
    admin1Ar,
    admin1En,
    lat,
    lon,
    kind: 'region',
    source: 'incident-ledger-regions',
  }));
}
