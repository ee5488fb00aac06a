import { memo, useState, type DragEvent, type PointerEvent } from 'react';
import { shortDate, type RoadmapRow } from '@shared/agile';
import type { Timeline } from './roadmap-timeline';

export interface RowHandlers {
  onDropRow(draggedId: string, targetId: string, after: boolean): void;
  onSetTarget(id: string, day: string): void;
}

interface Props {
  row: RoadmapRow;
  tl: Timeline;
  /** Where its work starts: today or when its dependencies are forecast to finish. */
  start: string;
  owner: string;
  dependsOn: string;
  handlers: RowHandlers;
  /** Offset within its group's list (rows are virtualised), and its place in the group. */
  top: number;
  position: [number, number];
}

const DRAG_TYPE = 'application/x-sprintlab-roadmap-row';

function forecastText(row: RoadmapRow): string {
  if (row.done) return 'done';
  if (!row.forecast) return 'forecasting…';
  if (!row.forecast.ok) return `no forecast: ${row.forecast.reason}`;
  const f = row.forecast;
  return `50 % by ${shortDate(f.p50.date)}, 85 % by ${shortDate(f.p85.date)}, 95 % by ${shortDate(f.p95.date)}`;
}

/** What a screen reader hears on focus: the row in one sentence. */
export function rowLabel(row: RoadmapRow, owner: string): string {
  const parts = [`${row.key} ${row.title}`, row.kind === 'milestone' ? 'milestone' : row.remaining.text, `owner ${owner}`];
  parts.push(row.target ? `target ${shortDate(row.target)}` : 'no target');
  parts.push(forecastText(row));
  if (row.verdict?.atRisk) parts.push(`at risk: ${row.verdict.reason}`);
  return parts.join(', ');
}

/** The target diamond: dragged along the timeline to move the date (one undoable step on release). */
function TargetMark({ row, tl, onSet }: { row: RoadmapRow; tl: Timeline; onSet(day: string): void }) {
  const [dx, setDx] = useState<number | null>(null);
  const [origin, setOrigin] = useState(0);
  if (!row.target) return null;
  const x = tl.x(row.target);
  const day = dx === null ? row.target : tl.dayAt(x + dx);
  const down = (e: PointerEvent<HTMLSpanElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    setOrigin(e.clientX);
    setDx(0);
  };
  const up = () => {
    if (dx !== null && day !== row.target) onSet(day);
    setDx(null);
  };
  return (
    <span
      className={`rm-target${row.verdict?.atRisk ? ' is-late' : ''}${dx !== null ? ' is-dragging' : ''}`}
      style={{ left: x + (dx ?? 0) }}
      title={`Target ${shortDate(day)}: drag to move it (or Alt+Left/Right on the row)`}
      aria-hidden="true"
      onPointerDown={down}
      onPointerMove={(e) => dx !== null && setDx(e.clientX - origin)}
      onPointerUp={up}
      onPointerCancel={() => setDx(null)}
    />
  );
}

/** One epic or milestone: its label on the left, its bar, forecast band and target on the timeline. */
export const RoadmapRowView = memo(function RoadmapRowView({ row, tl, start, owner, dependsOn, handlers, top, position }: Props) {
  const [hint, setHint] = useState<'before' | 'after' | null>(null);
  const f = row.forecast?.ok ? row.forecast : null;
  const late = !!row.verdict?.atRisk;
  const dropSide = (e: DragEvent<HTMLElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return e.clientY > box.top + box.height / 2 ? 'after' : 'before';
  };
  return (
    <li
      className={`rm-row${late ? ' is-late' : ''}${row.done ? ' is-done' : ''}${hint ? ` drop-${hint}` : ''}`}
      tabIndex={0}
      data-key-scope="roadmap"
      data-row-id={row.id}
      aria-label={rowLabel(row, owner)}
      aria-posinset={position[0]}
      aria-setsize={position[1]}
      style={{ top }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setHint(dropSide(e));
      }}
      onDragLeave={() => setHint(null)}
      onDrop={(e) => {
        const dragged = e.dataTransfer.getData(DRAG_TYPE);
        setHint(null);
        if (dragged && dragged !== row.id) handlers.onDropRow(dragged, row.id, dropSide(e) === 'after');
      }}
    >
      <div className="rm-label" draggable onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, row.id)} title="Drag to reorder (or Alt+Up/Down)">
        <span className="rm-grip" aria-hidden="true">⋮⋮</span>
        <div className="rm-label-text">
          <div className="rm-title">
            <span className="rm-key">{row.key}</span> {row.kind === 'milestone' ? '◆ ' : ''}
            {row.title}
          </div>
          <div className="rm-meta">
            {owner} · {row.kind === 'milestone' ? 'milestone' : row.remaining.text}
            {dependsOn && ` · after ${dependsOn}`}
          </div>
          {late && (
            <div className="rm-risk-reason" title={row.verdict!.reason}>
              At risk: P85 {row.verdict!.daysLate} day{row.verdict!.daysLate === 1 ? '' : 's'} after the target
            </div>
          )}
        </div>
      </div>
      <div className="rm-track" style={{ width: tl.width }}>
        {f && row.kind === 'epic' && <span className="rm-bar" style={{ left: tl.x(start), width: Math.max(2, tl.x(f.p50.date) - tl.x(start)) }} aria-hidden="true" />}
        {f && (
          <span className="rm-band" role="img" aria-label={`Forecast of ${row.key}: ${forecastText(row)}`} style={{ left: tl.x(f.p50.date), width: Math.max(4, tl.x(f.p95.date) - tl.x(f.p50.date) + tl.pxPerDay) }}>
            <span className="rm-p85" style={{ left: tl.x(f.p85.date) - tl.x(f.p50.date) }} />
          </span>
        )}
        <TargetMark row={row} tl={tl} onSet={(day) => handlers.onSetTarget(row.id, day)} />
        <span className="rm-notes" style={{ left: Math.max(f ? tl.x(f.p95.date) : 0, row.target ? tl.x(row.target) : 0, tl.x(start)) + 14 }}>
          {late && (
            <>
              <span className="rm-flag">At risk</span>
              <span className="rm-reason">{row.verdict!.reason}</span>
            </>
          )}
          {!f && <span className="rm-none">{forecastText(row)}</span>}
          {row.gates.map((g) => (
            <span key={g.id} className="rm-chip rm-gate" title={`Gating hypothesis, ${g.status}`}>
              Gate: {g.title} ({g.status})
            </span>
          ))}
          {row.criticalRisks.map((r) => (
            <span key={r.id} className="rm-chip rm-crit" title="Open critical risk">
              Risk: {r.title} ({r.score})
            </span>
          ))}
        </span>
      </div>
    </li>
  );
});
