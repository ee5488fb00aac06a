import { itemKey } from '@shared/work';
import { useMemo, useState } from 'react';
import { categoryLookup, dayOf } from '@shared/agile';
import type { Sprint, WorkItem, Workspace } from '@shared/domain';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { addItemsToSprint, completeSprint, createSprint, editSprint, type CarryOverDestination } from './sprint-commands';
import { completionPlan, formatPoints, nextSprintFields, pointsOf, sprintFieldsProblem, type SprintFields } from './sprint-plan';
import { useSprintsUi } from './sprints-slice';
import { reportError, toast } from '../../kernel/feedback/toast';


function SprintFieldset({ fields, onChange, idPrefix }: { fields: SprintFields; onChange: (next: SprintFields) => void; idPrefix: string }) {
  const set = (patch: Partial<SprintFields>) => onChange({ ...fields, ...patch });
  return (
    <>
      <label className="field">
        <span>Name</span>
        <input id={`${idPrefix}-name`} data-autofocus value={fields.name} required onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label className="field">
        <span>Goal</span>
        <textarea value={fields.goal} rows={2} placeholder="What the team means to achieve" onChange={(e) => set({ goal: e.target.value })} />
      </label>
      <div className="field-row">
        <label className="field grow">
          <span>Start date</span>
          <input type="date" value={fields.startDate} required onChange={(e) => set({ startDate: e.target.value })} />
        </label>
        <label className="field grow">
          <span>End date</span>
          <input type="date" value={fields.endDate} required onChange={(e) => set({ endDate: e.target.value })} />
        </label>
      </div>
    </>
  );
}

/** Create a sprint (proposed from the cadence) or edit one. */
export function SprintFormDialog({ workspace, sprints }: { workspace: Workspace; sprints: Sprint[] }) {
  const dialog = useSprintsUi((s) => s.dialog);
  const close = useSprintsUi((s) => s.close);
  const editing = dialog?.kind === 'edit' ? sprints.find((s) => s.id === dialog.sprintId) : undefined;
  const open = dialog?.kind === 'create' || !!editing;
  return open ? (
    <SprintForm key={editing?.id ?? 'new'} workspace={workspace} sprints={sprints} editing={editing} onClose={close} />
  ) : null;
}

function SprintForm({ workspace, sprints, editing, onClose }: { workspace: Workspace; sprints: Sprint[]; editing?: Sprint; onClose: () => void }) {
  const [fields, setFields] = useState<SprintFields>(() =>
    editing
      ? { name: editing.name, goal: editing.goal, startDate: editing.startDate, endDate: editing.endDate }
      : nextSprintFields(sprints, workspace, dayOf(Date.now())),
  );
  const submit = async () => {
    const bad = sprintFieldsProblem(fields);
    if (bad) throw new Error(bad);
    if (editing) await editSprint(workspace, editing, fields);
    else useSprintsUi.getState().select((await createSprint(workspace, fields)).id);
    onClose();
  };
  return (
    <FormDialog
      title={editing ? `Edit ${editing.name}` : 'Create a sprint'}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? 'Save sprint' : 'Create sprint'}
      noValidate
    >
      <SprintFieldset fields={fields} onChange={setFields} idPrefix="sprint" />
    </FormDialog>
  );
}

/** Choose backlog items to pull into a sprint. */
export function AddItemsDialog({ workspace, sprints, items }: { workspace: Workspace; sprints: Sprint[]; items: WorkItem[] }) {
  const dialog = useSprintsUi((s) => s.dialog);
  const close = useSprintsUi((s) => s.close);
  const sprint = dialog?.kind === 'add-items' ? sprints.find((s) => s.id === dialog.sprintId) : undefined;
  if (!sprint) return null;
  return <AddItems key={sprint.id} workspace={workspace} sprint={sprint} items={items} onClose={close} />;
}

const PICKER_LIMIT = 200;

function AddItems({ workspace, sprint, items, onClose }: { workspace: Workspace; sprint: Sprint; items: WorkItem[]; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const category = useMemo(() => categoryLookup(workspace.workflow), [workspace.workflow]);
  const backlog = useMemo(
    () => items.filter((item) => item.sprintId === null && item.type !== 'epic' && category(item.status) !== 'done'),
    [items, category],
  );
  const needle = query.trim().toLowerCase();
  const matches = needle
    ? backlog.filter((item) => item.title.toLowerCase().includes(needle) || itemKey(workspace, item).toLowerCase().includes(needle))
    : backlog;
  const picked = backlog.filter((item) => chosen.has(item.id));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = async () => {
    try {
      await addItemsToSprint(workspace, sprint, picked);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <FormDialog
      title={`Add items to ${sprint.name}`}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel={picked.length === 1 ? 'Add 1 item' : `Add ${picked.length} items`}
      submitDisabled={picked.length === 0}
      wide
      footerExtra={
        <span className="muted grow sp-footer-count" aria-live="polite">
          {picked.length} chosen · {formatPoints(pointsOf(picked))}
        </span>
      }
    >
      <label className="field">
        <span>Find in the backlog</span>
        <input type="search" data-autofocus value={query} placeholder="Title or key" onChange={(e) => setQuery(e.target.value)} />
      </label>
      {backlog.length === 0 ? (
        <p className="muted">The backlog has no unfinished items. Create one from the sprint with “Add an item”.</p>
      ) : (
        <fieldset className="sp-picker">
          <legend>
            Backlog items ({matches.length}
            {matches.length > PICKER_LIMIT ? `, showing the first ${PICKER_LIMIT}: type to narrow` : ''})
          </legend>
          <ul className="sp-picker-list">
            {matches.slice(0, PICKER_LIMIT).map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
                  <span className="sp-item-key">{itemKey(workspace, item)}</span>
                  <span className="grow">{item.title}</span>
                  <span className="muted">{item.estimate === null ? '–' : formatPoints(item.estimate)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </FormDialog>
  );
}

/** Close the active sprint: where unfinished work goes, and the summary it leaves behind. */
export function CompleteSprintDialog({ workspace, sprints, items }: { workspace: Workspace; sprints: Sprint[]; items: WorkItem[] }) {
  const dialog = useSprintsUi((s) => s.dialog);
  const close = useSprintsUi((s) => s.close);
  const sprint = dialog?.kind === 'complete' ? sprints.find((s) => s.id === dialog.sprintId) : undefined;
  if (!sprint) return null;
  return <CompleteSprint key={sprint.id} workspace={workspace} sprint={sprint} sprints={sprints} items={items} onClose={close} />;
}

function CompleteSprint({
  workspace, sprint, sprints, items, onClose,
}: { workspace: Workspace; sprint: Sprint; sprints: Sprint[]; items: WorkItem[]; onClose: () => void }) {
  const plan = useMemo(() => completionPlan(sprint, items, workspace.workflow), [sprint, items, workspace.workflow]);
  const planned = sprints.filter((s) => s.state === 'planned');
  const [choice, setChoice] = useState<string>(planned[0] ? `sprint:${planned[0].id}` : 'backlog');
  const [fields, setFields] = useState<SprintFields>(() => nextSprintFields(sprints, workspace, dayOf(Date.now())));

  const submit = async () => {
    let destination: CarryOverDestination = { kind: 'backlog' };
    if (choice === 'new') {
      const bad = sprintFieldsProblem(fields);
      if (bad) throw new Error(`New sprint: ${bad}`);
      destination = { kind: 'new', fields };
    } else if (choice.startsWith('sprint:')) destination = { kind: 'sprint', sprintId: choice.slice('sprint:'.length) };
    const { carried, to } = await completeSprint(workspace, sprint, items, sprints, destination);
    // Stay on the sprint just closed: its summary is what the team looks at next.
    useSprintsUi.getState().select(sprint.id);
    onClose();
    toast(
      carried ? `Completed ${sprint.name}: ${carried} unfinished item${carried === 1 ? '' : 's'} moved to ${to}` : `Completed ${sprint.name}`,
      'success',
    );
  };

  return (
    <FormDialog
      title={`Complete ${sprint.name}`}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Complete sprint"
      submitAutoFocus={plan.unfinished.length === 0}
      wide
      noValidate
    >
      <dl className="sp-summary-grid">
        <div>
          <dt>Done</dt>
          <dd>
            {plan.done.length} item{plan.done.length === 1 ? '' : 's'} · {formatPoints(plan.summary.completed)}
          </dd>
        </div>
        <div>
          <dt>Unfinished</dt>
          <dd>
            {plan.unfinished.length} item{plan.unfinished.length === 1 ? '' : 's'} · {formatPoints(plan.summary.carriedOver)}
          </dd>
        </div>
        <div>
          <dt>Committed at start</dt>
          <dd>{formatPoints(plan.summary.committed)}</dd>
        </div>
        <div>
          <dt>Added mid-sprint</dt>
          <dd>{formatPoints(plan.summary.added)}</dd>
        </div>
      </dl>
      {plan.unfinished.length > 0 ? (
        <fieldset>
          <legend>Move the {plan.unfinished.length} unfinished items to</legend>
          <label className="sp-radio">
            <input type="radio" name="carry-over" value="backlog" checked={choice === 'backlog'} onChange={() => setChoice('backlog')} />
            The backlog
          </label>
          {planned.map((s) => (
            <label className="sp-radio" key={s.id}>
              <input type="radio" name="carry-over" value={s.id} checked={choice === `sprint:${s.id}`} onChange={() => setChoice(`sprint:${s.id}`)} />
              {s.name} <span className="muted">(planned, starts {s.startDate})</span>
            </label>
          ))}
          <label className="sp-radio">
            <input type="radio" name="carry-over" value="new" checked={choice === 'new'} onChange={() => setChoice('new')} />A new sprint
          </label>
          {choice === 'new' && (
            <div className="sp-nested-fields">
              <SprintFieldset fields={fields} onChange={setFields} idPrefix="carry-sprint" />
            </div>
          )}
          <p className="hint">Each moved item counts one more carry-over.</p>
        </fieldset>
      ) : (
        <p className="muted">Every item in the sprint is done: nothing to carry over.</p>
      )}
    </FormDialog>
  );
}
