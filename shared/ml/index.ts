// Pure ML helpers for the experiments and runs views: downsampling, best run, verdicts, comparison.
export * from './lttb';
export * from './best-run';
export * from './verdict';
export * from './compare';
export * from './hypothesis';
export * from './run-entry';
export * from './run-tree';
export * from './param-axes';
