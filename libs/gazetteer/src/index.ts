export * from './gazetteer';
export * from './normalize';
export * from './geonames';
export * from './operator-csv';
export * from './regions';
export * from './store';
