export * from './plot';
export * from './velocity';
export * from './sprint-lines';
export * from './histogram';
export * from './stacked-flow';
