import type { SourceField, SourceValues } from './three-way-merge';

/** How a person calls each field a re-import may change. */
export const FIELD_WORDS: Record<SourceField, string> = {
  type: 'type', title: 'title', description: 'description', status: 'status', assigneeId: 'assignee', estimate: 'estimate',
  priority: 'priority', labels: 'labels', parentId: 'parent', dueDate: 'due date', sprintId: 'sprint', completedAt: 'resolved date',
};

/** Names for the ids a field holds (status, member, sprint, parent item); an unknown id reads as itself. */
export interface ChangeNames {
  status(id: string): string;
  member(id: string): string;
  sprint(id: string): string;
  item(id: string): string;
}

function valueWords(field: SourceField, value: unknown, names: ChangeNames): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return field === 'assigneeId' ? 'nobody' : field === 'sprintId' ? 'the backlog' : 'none';
  }
  switch (field) {
    case 'status': return names.status(String(value));
    case 'assigneeId': return names.member(String(value));
    case 'sprintId': return names.sprint(String(value));
    case 'parentId': return names.item(String(value));
    case 'labels': return (value as string[]).join(', ');
    case 'completedAt': return String(value).slice(0, 10);
    case 'title': return `"${String(value)}"`;
    default: return String(value);
  }
}

/** "status To do → Done", "description changed": one phrase per field, in words a user knows. */
export function changeWords(field: SourceField, from: SourceValues[SourceField] | undefined, to: SourceValues[SourceField], names: ChangeNames): string {
  if (field === 'description') return 'description changed';
  return `${FIELD_WORDS[field]} ${valueWords(field, from, names)} → ${valueWords(field, to, names)}`;
}
