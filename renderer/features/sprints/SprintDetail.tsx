import { categoryLookup, countWorkingDays } from '@shared/agile';
import type { Member, Sprint, WorkItem, Workspace } from '@shared/domain';
import { useAppStore } from '../../kernel/store';
import { CapacityPanel } from './CapacityPanel';
import { SprintAttachments } from './SprintAttachments';
import { checkCanStart } from './sprint-commands';
import { formatPoints, pointsOf } from './sprint-plan';
import { SprintItems } from './SprintItems';
import { useSprintsUi } from './sprints-slice';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { sprintFormDialog } from './SprintFormDialog';
import { startSprintDialog } from './StartSprintDialog';
import { completeSprintDialog } from './CompleteSprintDialog';
import { formatDay } from './sprint-format';
import { reportError } from '../../kernel/feedback/toast';

export const stateLabel: Record<Sprint['state'], string> = { planned: 'Planned', active: 'Active', completed: 'Completed' };

/** The read-only record a completed sprint leaves: what was promised, done, added and carried on. */
export function SprintSummaryPanel({ sprint }: { sprint: Sprint }) {
  const summary = sprint.summary ?? { committed: 0, completed: 0, added: 0, carriedOver: 0 };
  const rate = summary.committed > 0 ? Math.round((summary.completed / summary.committed) * 100) : null;
  const stats = [
    { label: 'committed', value: summary.committed },
    { label: 'completed', value: summary.completed },
    { label: 'added mid-sprint', value: summary.added },
    { label: 'carried over', value: summary.carriedOver },
  ];
  return (
    <section className="panel" aria-labelledby={`summary-heading-${sprint.id}`}>
      <h3 id={`summary-heading-${sprint.id}`} className="sp-panel-title">
        Summary
      </h3>
      <dl className="sp-stat-row sp-summary-stats">
        {stats.map((stat) => (
          <div className="stat" key={stat.label}>
            <dt className="stat-label">{stat.label}</dt>
            <dd className="stat-value">{formatPoints(stat.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {sprint.completedAt ? `Completed ${formatDay(sprint.completedAt.slice(0, 10))}. ` : ''}
        {rate === null ? 'Nothing was committed at the start.' : `${rate}% of the committed points were completed.`}
      </p>
    </section>
  );
}

function ActiveProgress({ workspace, sprint, items }: { workspace: Workspace; sprint: Sprint; items: WorkItem[] }) {
  const category = categoryLookup(workspace.workflow);
  const inSprint = items.filter((item) => item.sprintId === sprint.id);
  const done = inSprint.filter((item) => category(item.status) === 'done');
  const committed = new Set(sprint.committedItemIds);
  const added = inSprint.filter((item) => !committed.has(item.id));
  const scope = pointsOf(inSprint);
  const completed = pointsOf(done);
  return (
    <section className="panel" aria-labelledby={`progress-heading-${sprint.id}`}>
      <h3 id={`progress-heading-${sprint.id}`} className="sp-panel-title">
        Progress
      </h3>
      <div className="sp-stat-row">
        <div className="stat">
          <span className="stat-value">{formatPoints(completed)}</span>
          <span className="stat-label">done of {formatPoints(scope)}</span>
        </div>
        <div className="stat">
          <span className="stat-value">
            {done.length} / {inSprint.length}
          </span>
          <span className="stat-label">items done</span>
        </div>
        <div className="stat">
          <span className="stat-value">{formatPoints(pointsOf(added))}</span>
          <span className="stat-label">added since the start</span>
        </div>
      </div>
      <div className="sp-meter" role="progressbar" aria-label="Points done" aria-valuemin={0} aria-valuemax={scope} aria-valuenow={completed}>
        <div className="sp-meter-fill sp-done" style={{ width: `${scope > 0 ? (completed / scope) * 100 : 0}%` }} />
      </div>
    </section>
  );
}

export function SprintDetail({
  workspace, sprint, sprints, items, members,
}: { workspace: Workspace; sprint: Sprint; sprints: Sprint[]; items: WorkItem[]; members: Member[] }) {
  const go = useAppStore((s) => s.go);
  const workingDays = countWorkingDays(sprint.startDate, sprint.endDate, workspace);
  const start = () => {
    try {
      checkCanStart(sprint, sprints);
      pushDialog(startSprintDialog, { sprintId: sprint.id });
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <section className="sp-sprint-detail" aria-labelledby="sprint-detail-heading">
      <header className="sp-sprint-detail-head">
        <div>
          <h2 id="sprint-detail-heading">
            {sprint.name} <span className={`sp-badge sp-badge-${sprint.state}`}>{stateLabel[sprint.state]}</span>
          </h2>
          <p className="muted">
            {formatDay(sprint.startDate)} – {formatDay(sprint.endDate)} · {workingDays} working day{workingDays === 1 ? '' : 's'}
          </p>
          {sprint.goal && <p className="sp-sprint-goal">{sprint.goal}</p>}
        </div>
        <div className="button-row">
          {sprint.state !== 'completed' && (
            <button type="button" className="button" onClick={() => pushDialog(sprintFormDialog, { sprintId: sprint.id })}>
              Edit sprint
            </button>
          )}
          {sprint.state === 'planned' && (
            <button type="button" className="button primary" onClick={start}>
              Start sprint…
            </button>
          )}
          {sprint.state === 'active' && (
            <button type="button" className="button primary" onClick={() => pushDialog(completeSprintDialog, { sprintId: sprint.id })}>
              Complete sprint…
            </button>
          )}
          {sprint.state !== 'planned' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                useSprintsUi.getState().selectReport(sprint.id);
                go('sprint-report');
              }}
            >
              View report
            </button>
          )}
        </div>
      </header>
      {sprint.state === 'completed' && <SprintSummaryPanel sprint={sprint} />}
      {sprint.state === 'active' && <ActiveProgress workspace={workspace} sprint={sprint} items={items} />}
      {sprint.state === 'planned' && <CapacityPanel workspace={workspace} sprint={sprint} sprints={sprints} items={items} members={members} />}
      <SprintItems workspace={workspace} sprint={sprint} items={items} members={members} />
      <SprintAttachments sprint={sprint} />
    </section>
  );
}
