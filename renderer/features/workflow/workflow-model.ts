import { statusCategories, workflowStatus, type StatusCategory, type WorkflowStatus } from '@shared/domain';

/** Pure rules of the workflow editor: what a draft may be saved as, and the point-scale text. */

export const categoryLabels: Record<StatusCategory, string> = { todo: 'To do', inprogress: 'In progress', done: 'Done' };
export { statusCategories };

/** A new status id from its name, unique among `taken` (ids never change on rename: items keep pointing at them). */
export function statusIdFor(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'status';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** Problems that stop a draft from being saved; empty when it is fine. */
export function workflowProblems(draft: readonly WorkflowStatus[], itemsPerStatus: ReadonlyMap<string, number>, current: readonly WorkflowStatus[]): string[] {
  const problems: string[] = [];
  if (!draft.length) problems.push('A workflow needs at least one status.');
  const names = new Set<string>();
  draft.forEach((status, i) => {
    const name = status.name.trim();
    if (!name) problems.push(`Status ${i + 1} needs a name.`);
    else if (names.has(name.toLowerCase())) problems.push(`Two statuses are called "${name}": names must differ.`);
    names.add(name.toLowerCase());
    if (status.wipLimit !== null && (!Number.isInteger(status.wipLimit) || status.wipLimit < 1)) {
      problems.push(`${name || `Status ${i + 1}`}: the WIP limit must be a whole number of at least 1, or empty for none.`);
    }
    if (status.hardLimit && status.wipLimit === null) problems.push(`${name || `Status ${i + 1}`}: a hard limit needs a WIP limit.`);
    const check = workflowStatus.safeParse(status);
    if (!check.success && name) problems.push(`${name}: ${check.error.issues[0]?.message ?? 'invalid'}`);
  });
  if (draft.length && !draft.some((s) => s.category === 'done')) problems.push('At least one status must count as Done, or no work could ever finish in the charts.');
  const kept = new Set(draft.map((s) => s.id));
  for (const status of current) {
    const count = itemsPerStatus.get(status.id) ?? 0;
    if (!kept.has(status.id) && count > 0) {
      problems.push(`${status.name} still holds ${count} item${count === 1 ? '' : 's'}: move ${count === 1 ? 'it' : 'them'} to another status before removing it.`);
    }
  }
  return problems;
}

/** "0, 1, 2, 3, 5, 8" -> numbers ascending and unique, or a message naming the bad entry. */
export function parsePointScale(text: string): { scale: number[] } | { error: string } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length) return { error: 'The point scale needs at least one value.' };
  const values: number[] = [];
  for (const part of parts) {
    const value = Number(part);
    if (!Number.isFinite(value) || value < 0) return { error: `"${part}" is not a point value: use numbers of 0 or more, separated by commas.` };
    values.push(value);
  }
  return { scale: [...new Set(values)].sort((a, b) => a - b) };
}
