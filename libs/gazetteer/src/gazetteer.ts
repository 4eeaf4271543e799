import { nameKey, placeKey, withoutArticle } from './normalize';

export const PLACE_KINDS = [
  'neighbourhood',
  'village',
  'town',
  'city',
  'subdistrict',
  'district',
  'region',
  'governorate',
  'country',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export type GazetteerPlace = {
  id: string;
  nameAr: string | null;
  nameEn: string | null;
  altNames: string[];
  admin1Ar: string | null;
  admin1En: string | null;
  admin2Ar?: string | null;
  admin2En?: string | null;
  lat: number | null;
  lon: number | null;
  kind: PlaceKind;
  population?: number;
  source: string;
};

/** Smaller is more specific. */
export const KIND_RANK: Record<PlaceKind, number> = {
  neighbourhood: 0,
  village: 1,
  town: 1,
  city: 1,
  subdistrict: 2,
  district: 3,
  region: 4,
  governorate: 5,
  country: 6,
};

/** UCDP GED `where_prec` for a place of this kind. */
export function precisionOf(kind: PlaceKind): number {
  switch (kind) {
    case 'neighbourhood':
    case 'village':
    case 'town':
    case 'city':
      return 1;
    case 'subdistrict':
      return 2;
    case 'district':
      return 3;
    case 'governorate':
      return 4;
    case 'region':
      return 5;
    case 'country':
      return 6;
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

/**
 * An in-memory index of places by every spelling (Arabic and Latin, with and without the article).
 * Later sources override nothing: a name simply gains more candidates, and the extractor chooses
 * among them by context.
 */
export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerPlace[]>();
  private readonly byId = new Map<string, GazetteerPlace>();
  /** Longest name, in words: how far a lookup needs to look ahead. */
  maxWords = 1;
  /** First words of every key: a token that is none of them starts no place name. */
  private readonly firstWords = new Set<string>();
  /**
   * Arabic keys a place is known by only with its article ("الرقة" as "رقه"): Arabic writes the
   * article wherever the name has one, so a bare word is not that place ("فرقه" is "its teams",
   * "بادية" is not "البادية", "باب توما" is not "الباب").
   */
  private readonly onlyWithArticle = new Map<string, Set<string>>();

  constructor(places: Iterable<GazetteerPlace> = []) {
    for (const place of places) this.add(place);
  }

  get size(): number {
    return this.byId.size;
  }

  add(place: GazetteerPlace): void {
    if (this.byId.has(place.id)) return;
    this.byId.set(place.id, place);
    const names = [place.nameAr, place.nameEn, ...place.altNames].filter((n): n is string => !!n);
    const keys = new Set<string>();
    const stripped = new Set<string>();
    for (const name of names) {
      const key = nameKey(name);
      if (key.length < 2) continue;
      keys.add(key);
      const bare = withoutArticle(key);
      keys.add(bare);
      // (Also under its transliteration evened out: "Jisr al-Shughur" finds "Jisr ash Shughur".)
      keys.add(placeKey(key));
      keys.add(placeKey(bare));
      if (bare !== key && key.startsWith('ال')) stripped.add(bare);
    }
    for (const bare of stripped) {
      if (names.some((n) => nameKey(n) === bare)) continue;
      const ids = this.onlyWithArticle.get(bare) ?? new Set<string>();
      ids.add(place.id);
      this.onlyWithArticle.set(bare, ids);
    }
    for (const key of keys) {
      this.firstWords.add(key.split(' ')[0]);
      const list = this.byKey.get(key);
      if (list) list.push(place);
      else this.byKey.set(key, [place]);
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
    }
  }

  /** Places known by this name (any spelling); the caller picks by context. */
  lookup(name: string): GazetteerPlace[] {
    const key = nameKey(name);
    return this.byKey.get(key) ?? this.byKey.get(withoutArticle(key)) ?? this.byKey.get(placeKey(key)) ?? this.byKey.get(withoutArticle(placeKey(key))) ?? [];
  }

  /** Whether some place name starts with this (folded) word. */
  startsName(word: string): boolean {
    return this.firstWords.has(word) || (word.charCodeAt(0) < 128 && this.firstWords.has(placeKey(word)));
  }

  /**
   * Lookup by an already folded key (the extractor's hot path). `written` without the article:
   * places whose Arabic name has one are left out.
   */
  lookupKey(key: string, withArticle = true): GazetteerPlace[] | undefined {
    // (The evened-out key only for Latin names: Arabic ones have no transliteration to even out.)
    const places = this.byKey.get(key) ?? (key.charCodeAt(0) < 128 ? this.byKey.get(placeKey(key)) : undefined);
    const needArticle = withArticle ? undefined : this.onlyWithArticle.get(key);
    if (!places || !needArticle) return places;
    const bare = places.filter((p) => !needArticle.has(p.id));
    return bare.length ? bare : undefined;
  }

  get(id: string): GazetteerPlace | undefined {
    return this.byId.get(id);
  }

  /** Governorates (first-order admin units) known by this name. */
  governorates(name: string): GazetteerPlace[] {
    return this.lookup(name).filter((p) => p.kind === 'governorate');
  }
}
