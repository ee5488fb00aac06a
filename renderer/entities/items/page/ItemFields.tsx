import { useEffect, useState } from 'react';
import { format } from 'date-fns';
import { itemTypes, priorities, type Member, type Sprint, type WorkItem } from '@shared/domain';
import { itemKey } from '@shared/work';
import { asOptions, SelectField, type SelectOption } from '../../../kernel/fields/SelectField';
import { setItemsStatus, setParent } from '../item-commands';
import { attempt, type ItemPageProps } from './item-page-context';
import { TextField } from '../../../kernel/fields/TextField';

interface Props extends ItemPageProps {
  members: Member[];
  sprints: Sprint[];
  byKey: Map<string, WorkItem>;
  edit: (patch: Partial<WorkItem>) => Promise<boolean>;
}

const priorityOptions = priorities.map((p) => [p, p === 'none' ? 'No priority' : p] as const);

/** The side column: every field of the item, each saved on change (one undoable step each). */
export function ItemFields({ workspace, item, members, sprints, edit, ...rest }: Props) {
  // The scale may not hold an estimate imported or set under another scale: keep it choosable.
  const scale = workspace.pointScale.includes(item.estimate ?? -1) || item.estimate === null ? workspace.pointScale : [...workspace.pointScale, item.estimate].sort((a, b) => a - b);
  const estimates: SelectOption<number | null>[] = [[null, 'No estimate'], ...scale.map((p) => [p, `${p} pt${p === 1 ? '' : 's'}`] as const)];
  const openSprints = sprints.filter((s) => s.state !== 'completed' || s.id === item.sprintId);
  const choice = <V extends string | number | null>(label: string, value: V, options: readonly SelectOption<V>[], onChange: (value: V) => void) => (
    <label className="field">
      <span>{label}</span>
      <SelectField value={value} onChange={onChange} options={options} />
    </label>
  );

  return (
    <div className="form ip-item-fields">
      {choice('Type', item.type, asOptions(itemTypes), (type) => void edit({ type }))}
      {choice('Status', item.status, workspace.workflow.map((s) => [s.id, s.name] as const), (status) => void attempt(() => setItemsStatus(workspace, [item], status)))}
      {choice('Assignee', item.assigneeId, [[null, 'Unassigned'], ...members.map((m) => [m.id, m.name] as const)], (assigneeId) => void edit({ assigneeId }))}
      {choice('Estimate', item.estimate, estimates, (estimate) => void edit({ estimate }))}
      {choice('Priority', item.priority, priorityOptions, (priority) => void edit({ priority }))}
      {choice('Sprint', item.sprintId, [[null, 'Backlog'], ...openSprints.map((s) => [s.id, s.name] as const)], (sprintId) => void edit({ sprintId }))}
      <label className="field">
        <span>Due date</span>
        <input type="date" value={item.dueDate ?? ''} onChange={(e) => void edit({ dueDate: e.target.value || null })} />
      </label>
      <LabelsField item={item} edit={edit} />
      <ParentField workspace={workspace} item={item} {...rest} />
      <label className="ip-checkbox">
        <input type="checkbox" checked={item.flagged} onChange={(e) => void edit({ flagged: e.target.checked })} />
        Flagged (blocked by something outside the backlog)
      </label>
      <p className="muted ip-item-meta">
        Created {format(new Date(item.createdAt), 'd MMM yyyy')}
        {item.carryOver ? ` · carried over ${item.carryOver}×` : ''}
      </p>
    </div>
  );
}

/** Labels as comma-separated text, saved (trimmed, without repeats) on Enter or blur. */
function LabelsField({ item, edit }: Pick<Props, 'item' | 'edit'>) {
  const [labels, setLabels] = useState(item.labels.join(', '));
  useEffect(() => setLabels(item.labels.join(', ')), [item.labels]);
  const save = () => {
    const next = [...new Set(labels.split(',').map((l) => l.trim()).filter(Boolean))];
    if (next.join('\u0000') !== item.labels.join('\u0000')) void edit({ labels: next });
  };
  return (
    <TextField label="Labels (comma separated)" value={labels} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} onChange={setLabels} />
  );
}

/** The parent by its key; an unknown key or a loop is named under the field, nothing saved. */
function ParentField({ workspace, item, items, byKey }: Pick<Props, 'workspace' | 'item' | 'items' | 'byKey'>) {
  const current = item.parentId ? items.get(item.parentId) : undefined;
  const [parentKey, setParentKey] = useState(current ? itemKey(workspace, current) : '');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const value = parentKey.trim().toUpperCase();
    if (!value) {
      setError(null);
      void attempt(() => setParent(workspace, item, null));
      return;
    }
    const parent = byKey.get(value);
    if (!parent) return setError(`No item ${value} in this workspace.`);
    setError(null);
    void attempt(() => setParent(workspace, item, parent), setError);
  };
  return (
    <>
      <label className="field">
        <span>Parent (item key)</span>
        <input
          value={parentKey}
          placeholder={`e.g. ${workspace.key}-1`}
          aria-invalid={!!error}
          aria-describedby={error ? 'item-parent-error' : undefined}
          onChange={(e) => setParentKey(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </label>
      {error && (
        <p id="item-parent-error" role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
