import { useMemo, useState } from 'react';
import { dayOf, sprintCapacity, startDefaults, startWarnings, type StartFields } from '@shared/agile';
import type { Member, Sprint, WorkItem, Workspace } from '@shared/domain';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { toast } from '../../kernel/feedback/toast';
import { startSprint } from './sprint-commands';
import { formatPoints } from './sprint-plan';
import { useSprintsUi } from './sprints-slice';

/** "Start sprint" as Jira asks it: name, dates (today + cadence), goal, and committed points against capacity. */
export function StartSprintDialog({ workspace, sprints, items, members }: { workspace: Workspace; sprints: Sprint[]; items: WorkItem[]; members: Member[] }) {
  const dialog = useSprintsUi((s) => s.dialog);
  const close = useSprintsUi((s) => s.close);
  const sprint = dialog?.kind === 'start' ? sprints.find((s) => s.id === dialog.sprintId) : undefined;
  if (!sprint) return null;
  return <StartSprint key={sprint.id} workspace={workspace} sprint={sprint} sprints={sprints} items={items} members={members} onClose={close} />;
}

function StartSprint({ workspace, sprint, sprints, items, members, onClose }: { workspace: Workspace; sprint: Sprint; sprints: Sprint[]; items: WorkItem[]; members: Member[]; onClose: () => void }) {
  const [fields, setFields] = useState<StartFields>(() => startDefaults(sprint, dayOf(Date.now()), workspace.sprintLengthDays, workspace));
  const set = (patch: Partial<StartFields>) => setFields((f) => ({ ...f, ...patch }));
  const datesOk = fields.startDate && fields.endDate && fields.endDate >= fields.startDate;
  const capacity = useMemo(
    () =>
      datesOk
        ? sprintCapacity({
            sprint: { ...sprint, startDate: fields.startDate, endDate: fields.endDate }, calendar: workspace, items, sprints, workflow: workspace.workflow,
            memberIds: members.filter((m) => !m.deleted).map((m) => m.id),
          })
        : null,
    [datesOk, sprint, fields.startDate, fields.endDate, workspace, items, sprints, members],
  );
  const warnings = capacity ? startWarnings(capacity) : [];
  const count = items.filter((item) => !item.deleted && item.sprintId === sprint.id).length;
  const submit = async () => {
    await startSprint(workspace, sprint, sprints, items, fields);
    onClose();
    toast(`Started ${fields.name.trim()}`, 'success');
  };
  return (
    <FormDialog title={`Start ${sprint.name}`} open onClose={onClose} onSubmit={submit} submitLabel="Start sprint" noValidate>
      <p className="muted">
        {count} item{count === 1 ? '' : 's'} will be committed. The burndown starts on the start date.
      </p>
      <label className="field">
        <span>Sprint name</span>
        <input data-autofocus value={fields.name} required onChange={(e) => set({ name: e.target.value })} />
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
      <label className="field">
        <span>Sprint goal</span>
        <textarea value={fields.goal} rows={2} placeholder="What the team means to achieve" onChange={(e) => set({ goal: e.target.value })} />
      </label>
      {capacity && (
        <dl className="sp-start-figures" aria-label="Commitment">
          <div>
            <dt>Committed</dt>
            <dd>{formatPoints(capacity.committedPoints)}</dd>
          </div>
          <div>
            <dt>Capacity ({capacity.workingDays} working days)</dt>
            <dd>{formatPoints(capacity.teamPoints)}</dd>
          </div>
          <div>
            <dt>Recent velocity</dt>
            <dd>{capacity.averageVelocity === null ? 'no history yet' : formatPoints(capacity.averageVelocity)}</dd>
          </div>
        </dl>
      )}
      {warnings.map((warning) => (
        <p key={warning} className="warning" role="status">
          {warning} Start anyway, or move items back to the backlog first.
        </p>
      ))}
    </FormDialog>
  );
}
