import { useState, type ReactNode } from 'react';
import { priorities, type Member, type Sprint, type WorkItem, type Workspace } from '@shared/domain';
import { moveItems, setItemsStatus, updateEachItem, updateItems } from '../../entities/items/item-commands';
import { targetBottom, type BacklogGroup } from './backlog-model';
import { deleteTargets } from './backlog-actions';
import { useBacklog } from './backlog-slice';
import { reportError } from '../../kernel/feedback/toast';
import { SelectField } from '../../kernel/fields/SelectField';


/** Edits every selected item at once; each change is one undo step, whatever the count. */
export function BulkBar({ workspace, items, members, sprints, groups, labels }: { workspace: Workspace; items: Map<string, WorkItem>; members: Member[]; sprints: Sprint[]; groups: BacklogGroup[]; labels: string[] }) {
  const selectedIds = useBacklog((s) => s.selected);
  const clear = useBacklog((s) => s.clearSelection);
  const openMove = useBacklog((s) => s.openMove);
  const [newLabel, setNewLabel] = useState('');
  const selected = [...selectedIds].map((id) => items.get(id)).filter((i): i is WorkItem => !!i);
  if (!selected.length) return null;
  const n = selected.length;
  const noun = `${n} item${n === 1 ? '' : 's'}`;
  const run = (p: Promise<unknown>) => void p.catch(reportError);
  const edit = (patch: Partial<WorkItem>, what: string) => run(updateItems(workspace, selected, patch, `Set ${what} of ${noun}`));
  const chooser = (label: string, options: [string, string][], apply: (value: string) => void): ReactNode => (
    <label className="field">
      <span className="sr-only">{label}</span>
      <SelectField value="" aria-label={label} onChange={(v) => v && apply(v)} options={[['', `${label}…`], ...options]} />
    </label>
  );
  const present = [...new Set(selected.flatMap((i) => i.labels))].sort();
  return (
    <div className="bl-bulk-bar" role="toolbar" aria-label={`Edit ${noun}`}>
      <strong className="bl-bulk-count">{noun} selected</strong>
      {chooser('Status', workspace.workflow.map((s) => [s.id, s.name]), (status) =>
        run(setItemsStatus(workspace, selected, status, `Set status of ${noun}`)),
      )}
      {chooser('Assignee', [['__none', 'Unassigned'], ...members.map((m): [string, string] => [m.id, m.name])], (id) => edit({ assigneeId: id === '__none' ? null : id }, 'assignee'))}
      {chooser('Estimate', [['__none', 'No estimate'], ...workspace.pointScale.map((p): [string, string] => [String(p), `${p} pts`])], (v) =>
        edit({ estimate: v === '__none' ? null : Number(v) }, 'estimate'),
      )}
      {chooser('Priority', priorities.map((p) => [p, p === 'none' ? 'No priority' : p]), (p) => edit({ priority: p as WorkItem['priority'] }, 'priority'))}
      {chooser('Sprint', [['__none', 'Backlog'], ...sprints.map((s): [string, string] => [s.id, s.name])], (id) => {
        const group = groups.find((g) => (id === '__none' ? g.id === 'backlog' : g.id === id));
        if (group) run(moveItems(workspace, selected, targetBottom(group, selectedIds), `Move ${noun} to ${group.title}`));
      })}
      <form
        className="bl-bulk-label"
        onSubmit={(e) => {
          e.preventDefault();
          const label = newLabel.trim();
          if (!label) return;
          run(updateEachItem(workspace, selected, (i) => (i.labels.includes(label) ? null : { labels: [...i.labels, label] }), `Add label ${label} to ${noun}`));
          setNewLabel('');
        }}
      >
        <input value={newLabel} list="backlog-labels" aria-label="Add label" placeholder="Add label" onChange={(e) => setNewLabel(e.target.value)} />
        <datalist id="backlog-labels">
          {labels.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
      </form>
      {present.length > 0 &&
        chooser('Remove label', present.map((l) => [l, l]), (label) =>
          run(updateEachItem(workspace, selected, (i) => (i.labels.includes(label) ? { labels: i.labels.filter((l) => l !== label) } : null), `Remove label ${label} from ${noun}`)),
        )}
      <button type="button" className="button" onClick={() => openMove(selected.map((i) => i.id))}>
        Move to…
      </button>
      <button type="button" className="button danger" onClick={() => void deleteTargets().catch(reportError)}>
        Delete
      </button>
      <button type="button" className="icon-button" aria-label="Clear selection" title="Clear selection (Esc)" onClick={clear}>
        ×
      </button>
    </div>
  );
}
