// Stakeholder status reports: the pure model builder, health rules, "what changed", charts and renderers.
export * from './model';
export * from './input';
export * from './health';
export * from './diff';
export * from './build';
export * from './charts';
export * from './escape';
export * from './markdown';
export * from './html';
export * from './csv';
export { sectionTitles } from './sections';
