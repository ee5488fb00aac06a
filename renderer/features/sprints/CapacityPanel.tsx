import { useEffect, useState } from 'react';
import { sprintCapacity, type SprintCapacity } from '@shared/agile';
import type { Member, Sprint, WorkItem, Workspace } from '@shared/domain';
import { setMemberCapacity } from './sprint-commands';
import { formatPoints } from './sprint-plan';
import { reportError, toast } from '../../kernel/feedback/toast';

const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The capacity numbers of a sprint, with members that left the workspace dropped. */
export function capacityOf(workspace: Workspace, sprint: Sprint, sprints: Sprint[], items: WorkItem[], members: Member[]): SprintCapacity {
  const live = new Set(members.map((m) => m.id));
  const capacity = Object.fromEntries(Object.entries(sprint.capacity).filter(([id]) => live.has(id)));
  return sprintCapacity({
    sprint: { ...sprint, capacity },
    calendar: workspace,
    items,
    sprints,
    workflow: workspace.workflow,
    memberIds: members.map((m) => m.id),
  });
}

/** A number field that saves when it loses focus or on Enter, so typing "1.5" is not three undo steps. */
function NumberCell({ label, value, step, onCommit }: { label: string; value: number; step: number; onCommit: (value: number) => Promise<void> }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    const next = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(next) || next < 0) {
      toast(`${label}: expected a number of zero or more, got “${draft}”.`, 'error');
      setDraft(String(value));
      return;
    }
    if (next !== value) onCommit(next).catch(reportError);
  };
  return (
    <input
      className="sp-number-cell"
      type="number"
      min={0}
      step={step}
      aria-label={label}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

export function CapacityPanel({
  workspace, sprint, sprints, items, members,
}: { workspace: Workspace; sprint: Sprint; sprints: Sprint[]; items: WorkItem[]; members: Member[] }) {
  const capacity = capacityOf(workspace, sprint, sprints, items, members);
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const readOnly = sprint.state === 'completed';
  const { committedPoints: committed, teamPoints: team, averageVelocity: velocity } = capacity;

  return (
    <section className="panel" aria-labelledby="capacity-heading">
      <h3 id="capacity-heading" className="sp-panel-title">
        Capacity
      </h3>
      <div className="sp-stat-row">
        <div className="stat">
          <span className="stat-value">{capacity.workingDays}</span>
          <span className="stat-label">working days</span>
        </div>
        <div className="stat">
          <span className="stat-value" data-testid="team-capacity">
            {fmt(team)}
          </span>
          <span className="stat-label">points of capacity</span>
        </div>
        <div className={capacity.overCapacity ? 'stat sp-stat-over' : 'stat'}>
          <span className="stat-value" data-testid="committed-points">
            {fmt(committed)}
          </span>
          <span className="stat-label">points committed</span>
        </div>
        <div className={capacity.overVelocity ? 'stat sp-stat-over' : 'stat'}>
          <span className="stat-value">{velocity === null ? '–' : fmt(velocity)}</span>
          <span className="stat-label">average velocity (last 3)</span>
        </div>
      </div>
      <div className="sp-meter" aria-hidden="true">
        <div className={capacity.overCapacity ? 'sp-meter-fill sp-over' : 'sp-meter-fill'} style={{ width: `${team > 0 ? Math.min(100, (committed / team) * 100) : committed > 0 ? 100 : 0}%` }} />
      </div>
      {!readOnly && capacity.overCapacity && (
        <p className="warning" role="status">
          Over capacity: {formatPoints(committed)} committed, but the team has {formatPoints(team)} of capacity ({fmt(committed - team)} over). Move items back to the
          backlog or add capacity.
        </p>
      )}
      {!readOnly && capacity.overVelocity && !capacity.overCapacity && (
        <p className="warning" role="status">
          Above recent velocity: {formatPoints(committed)} committed, the last sprints averaged {formatPoints(velocity ?? 0)}.
        </p>
      )}
      {members.length === 0 ? (
        <p className="muted">Add team members in Settings to plan capacity per person.</p>
      ) : (
        <table className="sp-data-table capacity-table">
          <caption className="sr-only">Capacity per member</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Days off</th>
              <th scope="col">Points per day</th>
              <th scope="col" className="sp-num">
                Available days
              </th>
              <th scope="col" className="sp-num">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {capacity.members.map((row) => {
              const name = nameOf.get(row.memberId) ?? 'Former member';
              const member = { id: row.memberId, name };
              return (
                <tr key={row.memberId}>
                  <th scope="row">{name}</th>
                  <td>
                    {readOnly ? (
                      fmt(row.daysOff)
                    ) : (
                      <NumberCell
                        label={`Days off for ${name}`}
                        value={row.daysOff}
                        step={0.5}
                        onCommit={(daysOff) => setMemberCapacity(workspace, sprint, member, { daysOff, pointsPerDay: row.pointsPerDay })}
                      />
                    )}
                  </td>
                  <td>
                    {readOnly ? (
                      fmt(row.pointsPerDay)
                    ) : (
                      <NumberCell
                        label={`Points per day for ${name}`}
                        value={row.pointsPerDay}
                        step={0.5}
                        onCommit={(pointsPerDay) => setMemberCapacity(workspace, sprint, member, { daysOff: row.daysOff, pointsPerDay })}
                      />
                    )}
                  </td>
                  <td className="sp-num">{fmt(row.availableDays)}</td>
                  <td className="sp-num">{fmt(row.points)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Team</th>
              <td />
              <td />
              <td className="sp-num">{fmt(capacity.members.reduce((sum, m) => sum + m.availableDays, 0))}</td>
              <td className="sp-num">{fmt(team)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
