const show = (value: number | null) => (value === null || !Number.isFinite(value) ? '…' : String(value));

/** The hypothesis sentence of a card: "If we <change>, then <metric> moves from <baseline> to <target>." */
export function composeHypothesis(parts: { change: string; metric: string; baseline: number | null; target: number | null }): string {
  const change = parts.change.trim().replace(/^if we\s+/i, '').replace(/[.,\s]+$/, '');
  const metric = parts.metric.trim() || 'the metric';
  return `If we ${change || '…'}, then ${metric} moves from ${show(parts.baseline)} to ${show(parts.target)}.`;
}

/** A number typed into a form field: '' is "not set", anything else must be a finite number. */
export function parseOptionalNumber(text: string): { value: number | null; error: string | null } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, error: null };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { value, error: null } : { value: null, error: `"${trimmed}" is not a number` };
}
