import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Gazetteer, GazetteerPlace } from './gazetteer';
import { PLACE_ALIASES } from './aliases';
import { cities500Path, readGeoNames, syriaGovernorates } from './geonames';
import { nameKey } from './normalize';
import { GazetteerFileError, readOperatorCsv } from './operator-csv';
import { countries, regions } from './regions';

const IMPORT_DIR = 'gazetteer';

let baseCache: GazetteerPlace[] | undefined;

/** The shipped base: GeoNames cities-500 (from its npm package), Syria's governorates, regions. */
export function basePlaces(): GazetteerPlace[] {
  baseCache ??= withAliases([...syriaGovernorates(), ...regions(), ...countries(), ...readGeoNames(cities500Path())]);
  return baseCache;
}

/** Reads an operator file: a P-coded CSV (header row) or a GeoNames tab-separated dump. */
export function readGazetteerFile(file: string): GazetteerPlace[] {
  const firstLine = readFileSync(file, 'utf8').slice(0, 4096).split('\n')[0];
  if (firstLine.includes('\t')) return readGeoNames(file);
  if (extname(file).toLowerCase() === '.csv' || firstLine.includes(',')) return readOperatorCsv(file);
  throw new GazetteerFileError(`${file}: neither a CSV with a header row nor a GeoNames dump`);
}

/** Copies an operator file's places into the data dir, where every later start loads them. */
export function importGazetteerFile(dataDir: string, file: string): { places: number; storedAs: string } {
  const places = readGazetteerFile(file);
  const dir = join(dataDir, IMPORT_DIR);
  mkdirSync(dir, { recursive: true });
  const storedAs = join(dir, `${basename(file).replace(/[^\w.-]/g, '_')}.json`);
  writeFileSync(storedAs, JSON.stringify(places));
  return { places: places.length, storedAs };
}

/** Places imported into the data dir before. */
export function importedPlaces(dataDir: string): GazetteerPlace[] {
  const dir = join(dataDir, IMPORT_DIR);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GazetteerPlace[]);
}

/** Imported (operator) places first: they are the more detailed and win ties in lookups. */
export function loadGazetteer(dataDir: string | null, extra: GazetteerPlace[] = []): Gazetteer {
  return new Gazetteer([...extra, ...(dataDir ? importedPlaces(dataDir) : []), ...basePlaces()]);
}

/**
 * Adds the names news uses that the base data lacks (PLACE_ALIASES) to the places they name, and
 * makes the entry's Arabic name the place's own (GeoNames gives Kobani as "عرب بينار").
 */
function withAliases(places: GazetteerPlace[]): GazetteerPlace[] {
  const entries = new Map(PLACE_ALIASES.map(([nameAr, admin1Ar, aliases]) => [`${nameKey(nameAr)}|${admin1Ar}`, { nameAr, aliases }]));
  return places.map((place) => {
    const names = [place.nameAr, ...place.altNames].filter((n): n is string => !!n);
    const entry = names.map((n) => entries.get(`${nameKey(n)}|${place.admin1Ar}`)).find(Boolean);
    return entry ? { ...place, nameAr: entry.nameAr, altNames: [...new Set([...place.altNames, ...(place.nameAr ? [place.nameAr] : []), ...entry.aliases])] } : place;
  });
}
