import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { RoadmapRow } from '@shared/agile';
import type { WorkItem, Workspace } from '@shared/domain';
import { useActionHandler, runAction } from '../../kernel/actions/registry';
import { SelectField } from '../../kernel/fields/SelectField';
import { EmptyState } from '../../kernel/views/EmptyState';
import { reportError } from '../../kernel/feedback/toast';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import { RoadmapCanvas } from './RoadmapCanvas';
import { exportRoadmapCsv, placeRow, setTarget } from './roadmap-commands';
import { groupRows } from './roadmap-layout';
import { useRoadmapStore } from './roadmap-slice';
import { useRoadmapKeys } from './use-roadmap-keys';
import { useRoadmap } from './use-roadmap';
import './roadmap.css';

/** The roadmap: epics and milestones on a month or quarter timeline, with forecast bands from the team's throughput. */
export function RoadmapView() {
  const workspace = useCurrentWorkspace();
  if (!workspace) return null;
  return <Roadmap workspace={workspace} />;
}

function summary(rows: readonly RoadmapRow[], forecasting: boolean, weeks: number): string {
  const open = rows.filter((row) => !row.done);
  const late = open.filter((row) => row.verdict?.atRisk).length;
  const basis = forecasting ? 'forecasting…' : `forecast from ${weeks} week${weeks === 1 ? '' : 's'} of completed work, 10,000 runs`;
  return `${open.length} open epic${open.length === 1 ? '' : 's'} and milestone${open.length === 1 ? '' : 's'} · ${late} at risk · ${basis}`;
}

function Roadmap({ workspace }: { workspace: Workspace }) {
  const data = useRoadmap(workspace);
  const members = useMembers(workspace.id);
  const scale = useRoadmapStore((s) => s.scale);
  const groupBy = useRoadmapStore((s) => s.groupBy);
  const setScale = useRoadmapStore((s) => s.setScale);
  const setGroupBy = useRoadmapStore((s) => s.setGroupBy);
  const canvas = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const groups = useMemo(() => groupRows(rows, groupBy, members), [rows, groupBy, members]);
  const groupOf = useMemo(() => new Map(groups.flatMap((g) => g.rows.map((row) => [row.id, g.rows] as const))), [groups]);
  const items = useMemo(() => data?.items ?? new Map<string, WorkItem>(), [data]);
  const today = data?.today ?? '';

  // After a keyboard move the row re-renders elsewhere: put focus back on it.
  // The move is on screen before its commit returns, so the row is usually drawn already; if not,
  // the next render focuses it.
  const pendingFocus = useRef<string | null>(null);
  const focusRow = useCallback((id: string) => {
    const el = canvas.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);
    if (el && document.activeElement !== el) el.focus();
    return !!el;
  }, []);
  const refocus = useCallback((id: string) => void (pendingFocus.current = focusRow(id) ? null : id), [focusRow]);
  useEffect(() => {
    if (pendingFocus.current && focusRow(pendingFocus.current)) pendingFocus.current = null;
  });
  useRoadmapKeys({ workspace, ordered: rows, groupOf, items, today, refocus });
  useActionHandler('roadmap.export-csv', () => exportRoadmapCsv(workspace, rows, members));

  const handlers = useMemo(
    () => ({
      onDropRow: (dragged: string, target: string, after: boolean) => {
        const row = rows.find((r) => r.id === dragged);
        void placeRow(workspace, rows, items, dragged, target, after, `Move ${row?.key ?? 'an epic'} on the roadmap`).catch(reportError);
      },
      onSetTarget: (id: string, day: string) => {
        const item = items.get(id);
        if (item) void setTarget(workspace, item, day).catch(reportError);
      },
    }),
    [rows, items, workspace],
  );

  if (!data) return null;
  return (
    <div className="view roadmap-view">
      <header className="view-header rm-header">
        <div>
          <h1>Roadmap</h1>
          <p className="muted" aria-live="polite">{summary(rows, data.forecasting, data.historyWeeks)}</p>
        </div>
        <div className="rm-toolbar">
          <label className="field">
            <span>Timeline</span>
            <SelectField value={scale} onChange={setScale} options={[['month', 'Months'], ['quarter', 'Quarters']]} />
          </label>
          <label className="field">
            <span>Group by</span>
            <SelectField value={groupBy} onChange={setGroupBy} options={[['owner', 'Owner'], ['label', 'Label']]} />
          </label>
          <button type="button" className="button" onClick={() => void runAction('roadmap.export-csv')}>
            Export CSV
          </button>
        </div>
      </header>
      {rows.length === 0 ? (
        <EmptyState title="No epics on the roadmap yet">
          <p>Create items of type epic (or milestone) in the backlog, put stories under them and give them target dates: each epic&apos;s delivery date is then forecast from the team&apos;s completed work.</p>
        </EmptyState>
      ) : (
        <>
          <p className="rm-legend">
            <span className="rm-legend-bar" aria-hidden="true" /> work, from today or when its dependencies finish ·{' '}
            <span className="rm-legend-band" aria-hidden="true" /> forecast 50 % to 95 %, the line is 85 % ·{' '}
            <span className="rm-legend-target" aria-hidden="true" /> target (red: 85 % lands after it) · Alt+↑/↓ reorder, Alt+←/→ move the target a week, D dependencies
          </p>
          <RoadmapCanvas scrollRef={canvas} groups={groups} rows={rows} scale={scale} today={today} members={members} handlers={handlers} />
        </>
      )}
    </div>
  );
}
