import type { ItemType, Priority, StatusCategory, WorkflowStatus } from '@shared/domain';

export type StatusMatch = 'name' | 'category' | 'default';

export interface StatusMapping {
  source: string;
  statusId: string;
  statusName: string;
  /** How the status was chosen, so the preview can flag guesses. */
  match: StatusMatch;
}

const DONE_WORDS = /\b(done|closed|resolved|complete|completed|finished|released|shipped|canceled|cancelled|won'?t (do|fix)|duplicate|rejected|abgeschlossen|erledigt|fertig)\b/i;
const PROGRESS_WORDS = /\b(in progress|progress|doing|started|active|review|in review|code review|testing|in test|qa|verify|verification|blocked|in arbeit)\b/i;
const BACKLOG_WORDS = /\b(backlog|triage|icebox|open|new)\b/i;
const TODO_WORDS = /\b(to ?do|selected for development|ready|planned|next up)\b/i;

/** Jira's Status Category names -> our categories ("Indeterminate" is how older exports say In Progress). */
const SOURCE_CATEGORIES: Record<string, StatusCategory> = { 'to do': 'todo', new: 'todo', 'in progress': 'inprogress', indeterminate: 'inprogress', done: 'done', complete: 'done' };

/**
 * Source status -> workflow status: same name (case-insensitive), else the source's own status
 * category (Jira's "Status Category" column), else the category the name suggests, else the first to-do status.
 */
export function mapStatus(source: string | null, workflow: WorkflowStatus[], sourceCategory: string | null = null): StatusMapping {
  const fallback = workflow.find((s) => s.category === 'todo') ?? workflow[0];
  const label = source ?? '(no status)';
  if (!fallback) throw new Error('the workspace has no workflow statuses');
  // "Todo" (Linear) is the same status as "To do": compare letters and digits only.
  const wanted = compact(source ?? '');
  const byName = workflow.find((s) => compact(s.name) === wanted || compact(s.id) === wanted);
  if (byName) return { source: label, statusId: byName.id, statusName: byName.name, match: 'name' };

  const pick = (category: StatusCategory, prefer?: RegExp) =>
    workflow.find((s) => s.category === category && prefer?.test(s.name)) ?? workflow.find((s) => s.category === category);
  let chosen: WorkflowStatus | undefined;
  const declared = sourceCategory ? SOURCE_CATEGORIES[sourceCategory.trim().toLowerCase()] : undefined;
  if (declared === 'inprogress') chosen = pick('inprogress', source && /review/i.test(source) ? /review/i : /progress/i);
  else if (declared === 'todo') chosen = pick('todo', source && BACKLOG_WORDS.test(source) ? /backlog/i : /to ?do/i);
  else if (declared) chosen = pick(declared);
  else if (source && DONE_WORDS.test(source)) chosen = pick('done');
  else if (source && PROGRESS_WORDS.test(source)) chosen = pick('inprogress', /review/i.test(source) ? /review/i : /progress/i);
  else if (source && BACKLOG_WORDS.test(source)) chosen = pick('todo', /backlog/i);
  else if (source && TODO_WORDS.test(source)) chosen = pick('todo', /to ?do/i);
  if (chosen) return { source: label, statusId: chosen.id, statusName: chosen.name, match: 'category' };
  return { source: label, statusId: fallback.id, statusName: fallback.name, match: 'default' };
}

const TYPE_NAMES: Record<string, ItemType> = {
  story: 'story',
  'user story': 'story',
  improvement: 'story',
  'new feature': 'story',
  feature: 'story',
  enhancement: 'story',
  task: 'task',
  'sub-task': 'task',
  subtask: 'task',
  'technical task': 'task',
  bug: 'bug',
  defect: 'bug',
  incident: 'bug',
  spike: 'spike',
  research: 'spike',
  chore: 'chore',
  maintenance: 'chore',
  epic: 'epic',
  experiment: 'experiment',
  retraining: 'retraining',
};

/**
 * Source issue type -> item type. Linear has no types, so its labels stand in (a "Bug" label makes a
 * bug, "Feature"/"Improvement" a story); anything unknown is a task.
 */
export function mapType(source: string | null, labels: string[] = []): ItemType {
  if (source) return TYPE_NAMES[norm(source)] ?? 'task';
  for (const label of labels) {
    const type = TYPE_NAMES[norm(label)];
    if (type) return type;
  }
  return 'task';
}

const PRIORITY_NAMES: Record<string, Priority> = {
  highest: 'urgent',
  blocker: 'urgent',
  critical: 'urgent',
  urgent: 'urgent',
  high: 'high',
  major: 'high',
  medium: 'medium',
  normal: 'medium',
  low: 'low',
  minor: 'low',
  lowest: 'low',
  trivial: 'low',
  'no priority': 'none',
  none: 'none',
};

export function mapPriority(source: string | null): Priority {
  return source ? (PRIORITY_NAMES[norm(source)] ?? 'none') : 'none';
}

const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
