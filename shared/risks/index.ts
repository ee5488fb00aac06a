export * from './scoring';
export * from './heatmap';
export * from './reviews';
export * from './history';
export * from './register';
export * from './from-alert';
export * from './csv';
