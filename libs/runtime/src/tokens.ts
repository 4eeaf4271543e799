/** DI tokens of the adapters every service composes (ports live in their libs). */
export const GAZETTEER = Symbol('GAZETTEER');
export const EXTRACTOR_TOKEN = Symbol('EXTRACTOR');
export const METRICS = Symbol('METRICS');
