import type { WorkItem } from '../domain/work';
import type { Model, ModelVersion } from '../domain/models';

export type ChecklistEntry = ModelVersion['checklist'][number];

/** The link that ties a backlog item to the model version whose checklist produced it. */
export const modelVersionLink = (versionId: string): string => `modelVersion:${versionId}`;

/**
 * A version's checklist as shown: every label of the model's template (ticked where the
 * version says so), then entries the template no longer holds but that carry evidence
 * (ticked or linked to a work item). Untouched template entries are not stored until used.
 */
export function effectiveChecklist(template: readonly string[], stored: readonly ChecklistEntry[]): ChecklistEntry[] {
  const byLabel = new Map(stored.map((e) => [e.label, e]));
  const labels = [...new Set(template.map((l) => l.trim()).filter(Boolean))];
  const out = labels.map((label) => byLabel.get(label) ?? { label, done: false, workItemId: null });
  const inTemplate = new Set(labels);
  for (const entry of stored) if (!inTemplate.has(entry.label) && (entry.done || entry.workItemId)) out.push(entry);
  return out;
}

export const openPoints = (checklist: readonly ChecklistEntry[]): ChecklistEntry[] => checklist.filter((e) => !e.done);

export function toggleEntry(checklist: readonly ChecklistEntry[], label: string, done: boolean): ChecklistEntry[] {
  return checklist.map((e) => (e.label === label ? { ...e, done } : e));
}

/** A template from free text: one label a line, trimmed, blanks and repeats dropped. */
export function parseTemplate(text: string): string[] {
  return [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];
}

export type WorkItemPrefill = Pick<WorkItem, 'id' | 'type' | 'title' | 'description' | 'labels' | 'links'>;

/**
 * The backlog items for a version's open points that have no item yet, and the checklist with
 * each of those entries pointing at its new item, so both are written in one step.
 */
export function workItemsForOpenPoints(
  model: Pick<Model, 'name'>,
  version: Pick<ModelVersion, 'id' | 'version'>,
  checklist: readonly ChecklistEntry[],
  newId: () => string,
): { items: WorkItemPrefill[]; checklist: ChecklistEntry[] } {
  const items: WorkItemPrefill[] = [];
  const next = checklist.map((entry) => {
    if (entry.done || entry.workItemId) return entry;
    const id = newId();
    items.push({
      id,
      type: 'task',
      title: `${entry.label}: ${model.name} v${version.version}`,
      description: `Open point of the promotion checklist of ${model.name} version ${version.version}.`,
      labels: ['promotion'],
      links: [modelVersionLink(version.id)],
    });
    return { ...entry, workItemId: id };
  });
  return { items, checklist: next };
}
