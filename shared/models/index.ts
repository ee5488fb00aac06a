export * from './stages';
export * from './aliases';
export * from './checklist';
export * from './registry';
export * from './lineage';
export * from './names';
export * from './provenance';
