import { useMemo, useState } from 'react';
import { dayOf, sprintCapacity, startDefaults, startWarnings, type StartFields } from '@shared/agile';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { toast } from '../../kernel/feedback/toast';
import { startSprint } from './sprint-commands';
import { formatPoints } from './sprint-plan';
import { SprintFieldset } from './SprintFieldset';
import { defineSprintDialog, type SprintDialogProps } from './sprint-dialog';

/** "Start sprint" as Jira asks it: name, dates (today + cadence), goal, and committed points against capacity. */
function StartSprint({ workspace, sprint, sprints, items, members, onClose }: SprintDialogProps) {
  const [fields, setFields] = useState<StartFields>(() => startDefaults(sprint, dayOf(Date.now()), workspace.sprintLengthDays, workspace));
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
      <SprintFieldset fields={fields} onChange={setFields} spelledOut />
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

export const startSprintDialog = defineSprintDialog('sprint-start', StartSprint);
