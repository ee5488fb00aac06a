// What two datasets do not share: columns present in only one file are reported (a renamed or
// dropped feature is often the real change), never silently ignored.

export interface SchemaDifferences {
  /** Columns only the reference file has, in its order. */
  onlyInReference: string[];
  /** Columns only the current file has, in its order. */
  onlyInCurrent: string[];
}

export function schemaDifferences(referenceColumns: readonly string[], currentColumns: readonly string[]): SchemaDifferences {
  const reference = new Set(referenceColumns);
  const current = new Set(currentColumns);
  return {
    onlyInReference: referenceColumns.filter((name) => !current.has(name)),
    onlyInCurrent: currentColumns.filter((name) => !reference.has(name)),
  };
}
