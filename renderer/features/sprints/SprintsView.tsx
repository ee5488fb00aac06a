import type { Sprint } from '@shared/domain';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { ViewHeader } from '../../kernel/views/ViewHeader';
import { useItems } from '../../entities/items/item-queries';
import { useSprints } from '../../entities/sprints/sprint-queries';
import { useCurrentWorkspace, useMemberList } from '../../entities/workspaces/queries';
import { formatDay } from './sprint-format';
import { formatPoints, pointsOf } from './sprint-plan';
import { SprintDetail, stateLabel } from './SprintDetail';
import { useSprintsUi } from './sprints-slice';
import { TeamCalendarPanel } from './TeamCalendarPanel';
import type { WorkItem } from '@shared/domain';
import './sprints.css';

const groups: { state: Sprint['state']; title: string }[] = [
  { state: 'active', title: 'Active' },
  { state: 'planned', title: 'Planned' },
  { state: 'completed', title: 'Completed' },
];

/** Which sprint the detail shows: the chosen one, else the active, the next planned, the latest completed. */
export function defaultSprint(sprints: readonly Sprint[], selectedId: string | null): Sprint | undefined {
  return (
    sprints.find((s) => s.id === selectedId) ??
    sprints.find((s) => s.state === 'active') ??
    sprints.find((s) => s.state === 'planned') ??
    sprints.filter((s) => s.state === 'completed').at(-1)
  );
}

function SprintList({ sprints, items, selected }: { sprints: Sprint[]; items: WorkItem[]; selected?: Sprint }) {
  const select = useSprintsUi((s) => s.select);
  return (
    <nav className="sp-sprint-list" aria-label="Sprints">
      {groups.map((group) => {
        const list = sprints.filter((s) => s.state === group.state);
        const ordered = group.state === 'completed' ? [...list].reverse() : list;
        if (!list.length) return null;
        return (
          <section key={group.state} aria-labelledby={`sprint-group-${group.state}`}>
            <h2 id={`sprint-group-${group.state}`} className="sp-group-title">
              {group.title} <span className="muted">({list.length})</span>
            </h2>
            <ul>
              {ordered.map((sprint) => {
                const inSprint = items.filter((item) => item.sprintId === sprint.id);
                return (
                  <li key={sprint.id}>
                    <button
                      type="button"
                      className={selected?.id === sprint.id ? 'sp-sprint-row sp-selected' : 'sp-sprint-row'}
                      aria-current={selected?.id === sprint.id ? 'true' : undefined}
                      onClick={() => select(sprint.id)}
                    >
                      <span className="sp-sprint-row-name">
                        {sprint.name}
                        <span className={`sp-badge sp-badge-${sprint.state}`}>{stateLabel[sprint.state]}</span>
                      </span>
                      <span className="muted sp-small">
                        {formatDay(sprint.startDate)} – {formatDay(sprint.endDate)}
                      </span>
                      {sprint.goal && <span className="sp-sprint-row-goal sp-small">{sprint.goal}</span>}
                      <span className="muted sp-small">
                        {sprint.state === 'completed' && sprint.summary
                          ? `${formatPoints(sprint.summary.completed)} of ${sprint.summary.committed} done`
                          : `${inSprint.length} item${inSprint.length === 1 ? '' : 's'} · ${formatPoints(pointsOf(inSprint))}`}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

export function SprintsView() {
  const workspace = useCurrentWorkspace();
  const sprints = useSprints(workspace?.id ?? null);
  const items = useItems(workspace?.id ?? null);
  // Capacity counts members: drawn before they load, it would flash 0 points and a false warning.
  const members = useMemberList(workspace?.id ?? null);
  const selectedId = useSprintsUi((s) => s.selectedSprintId);
  if (!workspace || !sprints || !items || !members) return null;
  const selected = defaultSprint(sprints, selectedId);

  return (
    <div className="view sp-sprints-view">
      <ViewHeader title="Sprints" summary={`Plan against capacity, start, and close with carry-over. Sprints last ${workspace.sprintLengthDays} days by default.`} alignEnd>
        <ActionButton id="sprints.next" className="button primary" />
        <ActionButton id="sprints.create" />
        <ActionButton id="sprints.report" />
      </ViewHeader>
      {sprints.length === 0 ? (
        <>
          <EmptyState
            title="No sprints yet"
            action={
              <>
                <ActionButton id="sprints.next" className="button primary" />
                <ActionButton id="sprints.create" />
              </>
            }
          >
            <p>Create the first sprint: it starts on the next working day and runs for {workspace.sprintLengthDays} days. Then pull items in and plan against the team’s capacity.</p>
          </EmptyState>
          <TeamCalendarPanel workspace={workspace} />
        </>
      ) : (
        <div className="sp-sprints-layout">
          <div className="sp-sprints-side">
            <SprintList sprints={sprints} items={items} selected={selected} />
            <TeamCalendarPanel workspace={workspace} />
          </div>
          {selected && <SprintDetail workspace={workspace} sprint={selected} sprints={sprints} items={items} members={members} />}
        </div>
      )}
    </div>
  );
}
