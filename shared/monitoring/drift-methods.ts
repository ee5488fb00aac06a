/** The drift tests a column can be scored with (Evidently's names), in a module of its own so the CLI's help can list them without loading the statistics. */
export const driftMethods = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'] as const;
export type DriftMethod = (typeof driftMethods)[number];
