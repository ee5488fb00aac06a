// Model monitoring statistics: column store and CSV reading, drift tests and distances, fairness.
export * from './column-store';
export * from './csv-columns';
export * from './column-sample';
export * from './drift';
export * from './fairness';
export * from './ks-test';
export { kolmogorovSf, smirnovSf } from './kolmogorov-distribution';
export * from './special-functions';
export * from './category-tests';
export * from './distances';
export * from './histogram';
export * from './binned-shares';
export { sortFloat64 } from './radix-sort';
export * from './monitor-eval';
export * from './retraining';
export * from './metric-series';
export * from './alerts';
