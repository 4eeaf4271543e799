import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GazetteerPlace, PLACE_KINDS, PlaceKind } from './gazetteer';

/**
 * An operator's gazetteer in the P-coded CSV layout (OCHA-style): a header row with
 * id, name_ar, name_en, alt_names (| separated), admin1_ar, admin1_en, admin2_ar, admin2_en,
 * lat, lon, kind, source. Unknown columns are ignored; a row without an id or any name is an error.
 */
const RowSchema = z.object({
  id: z.string().min(1),
  name_ar: z.string().default(''),
  name_en: z.string().default(''),
  alt_names: z.string().default(''),
  admin1_ar: z.string().default(''),
  admin1_en: z.string().default(''),
  admin2_ar: z.string().default(''),
  admin2_en: z.string().default(''),
  lat: z.string().default(''),
  lon: z.string().default(''),
  kind: z.string().default('village'),
  source: z.string().default('operator'),
});

export class GazetteerFileError extends Error {
  readonly code = 'GAZETTEER_FILE_INVALID';
}

export function readOperatorCsv(file: string): GazetteerPlace[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header?.includes('id') || !(header.includes('name_ar') || header.includes('name_en'))) {
    throw new GazetteerFileError(`${file}: expected a header with id and name_ar or name_en, got ${header?.join(',')}`);
  }
  return rows
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells, i) => {
      const parsed = RowSchema.safeParse(Object.fromEntries(header.map((h, j) => [h.trim(), cells[j] ?? ''])));
      if (!parsed.success || !(parsed.data.name_ar || parsed.data.name_en)) {
        throw new GazetteerFileError(`${file}: row ${i + 2} needs an id and a name`);
      }
      const row = parsed.data;
      return {
        id: row.id,
        nameAr: row.name_ar || null,
        nameEn: row.name_en || null,
        altNames: row.alt_names.split('|').map((n) => n.trim()).filter(Boolean),
        admin1Ar: row.admin1_ar || null,
        admin1En: row.admin1_en || null,
        admin2Ar: row.admin2_ar || null,
        admin2En: row.admin2_en || null,
        lat: row.lat ? Number(row.lat) : null,
        lon: row.lon ? Number(row.lon) : null,
        kind: (PLACE_KINDS as readonly string[]).includes(row.kind) ? (row.kind as PlaceKind) : 'village',
        source: row.source,
      };
    });
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}
