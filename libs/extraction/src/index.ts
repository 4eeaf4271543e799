export * from './extractor';
export * from './text';
export * from './numbers';
export * from './figures';
export { arabic } from './ar/lexicon.ar';
export { english } from './en/lexicon.en';
export * from './evaluation';
