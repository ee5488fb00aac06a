import { useMemo, useState } from 'react';
import { dayOf } from '@shared/agile';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { toast } from '../../kernel/feedback/toast';
import { completeSprint, type CarryOverDestination } from './sprint-commands';
import { completionPlan, formatPoints, nextSprintFields, sprintFieldsProblem, type SprintFields } from './sprint-plan';
import { useSprintsUi } from './sprints-slice';
import { SprintFieldset } from './SprintFieldset';
import { defineSprintDialog, type SprintDialogProps } from './sprint-dialog';

/** Close the active sprint: where unfinished work goes, and the summary it leaves behind. */
function CompleteSprint({ workspace, sprint, sprints, items, onClose }: SprintDialogProps) {
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
              <SprintFieldset fields={fields} onChange={setFields} />
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

export const completeSprintDialog = defineSprintDialog('sprint-complete', CompleteSprint);
