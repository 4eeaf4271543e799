import { foldWithOffsets } from '@app/gazetteer';

/** Folds a lexicon entry the way the text is folded, so rules can be written in normal spelling. */
export function fold(word: string): string {
  return foldWithOffsets(word).text.toLowerCase();
}

export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

export function foldedMap<V>(entries: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  return new Map(entries.map(([k, v]) => [fold(k), v]));
}
