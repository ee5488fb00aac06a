import { useEffect, useMemo, useState } from 'react';
import type { StatusCategory, WorkflowStatus, Workspace } from '@shared/domain';
import { useRows } from '../../data/live-rows';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import { saveWorkflow } from './workflow-commands';
import { categoryLabels, parsePointScale, statusCategories, statusIdFor, workflowProblems } from './workflow-model';
import './workflow.css';
import { reportError, toast } from '../../kernel/feedback/toast';
import { SelectField } from '../../kernel/fields/SelectField';
import { TextField } from '../../kernel/fields/TextField';

const categoryOptions = statusCategories.map((c) => [c, categoryLabels[c]] as const);

export function WorkflowView() {
  const workspace = useCurrentWorkspace();
  if (!workspace) return null;
  // A saved (or synced, or undone) workflow resets the draft.
  return <WorkflowEditor key={`${workspace.id}:${JSON.stringify(workspace.workflow)}:${workspace.pointScale.join(',')}`} workspace={workspace} />;
}

function WorkflowEditor({ workspace }: { workspace: Workspace }) {
  const items = useRows('items', workspace.id);
  const [draft, setDraft] = useState<WorkflowStatus[]>(workspace.workflow);
  const [scaleText, setScaleText] = useState(workspace.pointScale.join(', '));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => setTried(false), [draft, scaleText]);

  const perStatus = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of items ?? []) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
    return counts;
  }, [items]);
  const scale = parsePointScale(scaleText);
  const problems = [...workflowProblems(draft, perStatus, workspace.workflow), ...('error' in scale ? [scale.error] : [])];
  const dirty = JSON.stringify(draft) !== JSON.stringify(workspace.workflow) || ('scale' in scale && scale.scale.join(',') !== workspace.pointScale.join(','));

  const patch = (index: number, change: Partial<WorkflowStatus>) => setDraft((d) => d.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const moveRow = (index: number, by: -1 | 1) =>
    setDraft((d) => {
      const next = [...d];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      return next;
    });

  const save = async () => {
    setTried(true);
    if (problems.length || !('scale' in scale)) return;
    setSaving(true);
    try {
      await saveWorkflow(workspace, draft, scale.scale);
      toast('Workflow saved', 'success');
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="view workflow-view">
      <header className="view-header">
        <h1>Workflow</h1>
        <p className="muted">The board's columns, in order. Each status counts as To do, In progress or Done in the charts; renaming keeps every item where it is.</p>
      </header>
      <section className="panel" aria-labelledby="statuses-heading">
        <h2 id="statuses-heading">Statuses</h2>
        <table className="workflow-table">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Name</th>
              <th scope="col">Category</th>
              <th scope="col">WIP limit</th>
              <th scope="col">Hard limit</th>
              <th scope="col">Items</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.map((status, i) => (
              <StatusRow key={status.id} status={status} index={i} last={i === draft.length - 1} count={perStatus.get(status.id) ?? 0} onPatch={(change) => patch(i, change)} onMove={(by) => moveRow(i, by)} onRemove={() => setDraft((d) => d.filter((_, j) => j !== i))} />
            ))}
          </tbody>
        </table>
        <AddStatus onAdd={(name, category) => setDraft((d) => [...d, { id: statusIdFor(name, d.map((x) => x.id)), name, category, wipLimit: null, hardLimit: false }])} />
      </section>
      <PointScale text={scaleText} onChange={setScaleText} />
      {tried && problems.length > 0 && (
        <ul className="workflow-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button primary" disabled={!dirty || saving} onClick={() => void save()}>
          Save workflow
        </button>
        <button
          type="button"
          className="button"
          disabled={!dirty}
          onClick={() => {
            setDraft(workspace.workflow);
            setScaleText(workspace.pointScale.join(', '));
          }}
        >
          Discard changes
        </button>
      </div>
    </div>
  );
}

interface RowProps {
  status: WorkflowStatus;
  index: number;
  last: boolean;
  /** Items in this status now (a status that holds items cannot be removed). */
  count: number;
  onPatch(change: Partial<WorkflowStatus>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/** One status: order, name, category, WIP limit and whether it is hard. */
function StatusRow({ status, index, last, count, onPatch, onMove, onRemove }: RowProps) {
  const name = status.name || `status ${index + 1}`;
  return (
    <tr>
      <td className="order-cell">
        <button type="button" className="icon-button" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="icon-button" aria-label={`Move ${name} down`} disabled={last} onClick={() => onMove(1)}>
          ↓
        </button>
      </td>
      <td>
        <input aria-label={`Name of status ${index + 1}`} value={status.name} onChange={(e) => onPatch({ name: e.target.value })} />
      </td>
      <td>
        <SelectField aria-label={`Category of ${name}`} value={status.category} onChange={(category) => onPatch({ category })} options={categoryOptions} />
      </td>
      <td>
        <input
          type="number"
          min={1}
          step={1}
          className="wip-input"
          aria-label={`WIP limit of ${name}`}
          placeholder="None"
          value={status.wipLimit ?? ''}
          onChange={(e) => onPatch({ wipLimit: e.target.value === '' ? null : Number(e.target.value) })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`Hard WIP limit for ${name}: refuse moves beyond it`}
          checked={status.hardLimit}
          disabled={status.wipLimit === null}
          onChange={(e) => onPatch({ hardLimit: e.target.checked })}
        />
      </td>
      <td className="muted">{count}</td>
      <td>
        <button type="button" className="link-button" onClick={onRemove}>
          Remove<span className="sr-only"> {name}</span>
        </button>
      </td>
    </tr>
  );
}

/** A new status at the end, with its category. */
function AddStatus({ onAdd }: { onAdd(name: string, category: StatusCategory): void }) {
  const [name, setName] = useState('');
  const [category, setCategory] = useState<StatusCategory>('inprogress');
  return (
    <form
      className="field-row workflow-add"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        onAdd(name.trim(), category);
        setName('');
      }}
    >
      <TextField className="grow" label="New status" value={name} placeholder="e.g. Evaluating" onChange={setName} />
      <label className="field">
        <span>Category</span>
        <SelectField value={category} onChange={setCategory} options={categoryOptions} />
      </label>
      <button type="submit" className="button" disabled={!name.trim()}>
        Add status
      </button>
    </form>
  );
}

/** The estimates offered, as text, with the usual scales one click away. */
function PointScale({ text, onChange }: { text: string; onChange(text: string): void }) {
  return (
    <section className="panel" aria-labelledby="scale-heading">
      <h2 id="scale-heading">Point scale</h2>
      <TextField label="Estimates offered, separated by commas" value={text} onChange={onChange} />
      <div className="button-row scale-presets">
        <button type="button" className="link-button" onClick={() => onChange('0, 1, 2, 3, 5, 8, 13, 21')}>
          Fibonacci
        </button>
        <button type="button" className="link-button" onClick={() => onChange('1, 2, 4, 8, 16')}>
          Powers of two
        </button>
        <button type="button" className="link-button" onClick={() => onChange('1, 2, 3, 4, 5')}>
          1 to 5
        </button>
      </div>
    </section>
  );
}
