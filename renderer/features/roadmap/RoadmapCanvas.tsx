import { forwardRef, useMemo } from 'react';
import type { RoadmapRow } from '@shared/agile';
import type { Member } from '@shared/domain';
import { RoadmapRowView, type RowHandlers } from './RoadmapRowView';
import { dependencyLines, LABEL_WIDTH, startOf, type RowGroup } from './roadmap-layout';
import { timeline, type RoadmapScale } from './roadmap-timeline';

interface Props {
  groups: readonly RowGroup[];
  rows: readonly RoadmapRow[];
  scale: RoadmapScale;
  today: string;
  members: readonly Member[];
  handlers: RowHandlers;
}

/** Wide enough to fill the view beside the labels on a laptop screen. */
const MIN_TRACK_WIDTH = 760;

/** Every date a row draws, so the timeline spans them all. */
const datesOf = (rows: readonly RoadmapRow[]) =>
  rows.flatMap((row) => [row.target, row.forecast?.ok ? row.forecast.p95.date : null].filter((d): d is string => !!d));

/** The timeline: month or quarter ticks, today, dependency curves and the grouped rows. */
export const RoadmapCanvas = forwardRef<HTMLDivElement, Props>(function RoadmapCanvas({ groups, rows, scale, today, members, handlers }, ref) {
  const tl = useMemo(() => timeline(today, datesOf(rows), scale, MIN_TRACK_WIDTH), [today, rows, scale]);
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const memberName = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const lines = useMemo(() => dependencyLines(groups, byId, tl, today), [groups, byId, tl, today]);
  const width = LABEL_WIDTH + tl.width;
  return (
    <div className="rm-scroll" ref={ref}>
      <div className="rm-canvas" style={{ width }}>
        <div className="rm-axis" aria-hidden="true">
          <div className="rm-axis-corner" />
          <div className="rm-axis-track" style={{ width: tl.width }}>
            {tl.ticks.map((tick) => (
              <span key={tick.day} className={`rm-tick${tick.major ? ' is-major' : ''}`} style={{ left: tick.x }}>
                {tick.label}
              </span>
            ))}
          </div>
        </div>
        <div className="rm-body">
          <div className="rm-grid" style={{ left: LABEL_WIDTH, width: tl.width }} aria-hidden="true">
            {tl.ticks.map((tick) => (
              <span key={tick.day} className={`rm-gridline${tick.major ? ' is-major' : ''}`} style={{ left: tick.x }} />
            ))}
            <span className="rm-today" style={{ left: tl.x(today) }} title={`Today, ${today}`} />
            <svg className="rm-deps" width={tl.width} height="100%">
              <defs>
                <marker id="rm-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                  <path d="M0 0 L8 4 L0 8 z" className="rm-arrowhead" />
                </marker>
              </defs>
              {lines.map((line) => (
                <path key={`${line.from}>${line.to}`} d={line.path} className="rm-dep" markerEnd="url(#rm-arrow)" />
              ))}
            </svg>
          </div>
          {groups.map((group) => (
            <section key={group.key} className="rm-group" aria-label={group.title}>
              <h2 className="rm-group-title">
                {group.title} <span className="muted">({group.rows.length})</span>
              </h2>
              <ul className="rm-rows" aria-label={`Roadmap rows: ${group.title}`}>
                {group.rows.map((row) => (
                  <RoadmapRowView
                    key={row.id}
                    row={row}
                    tl={tl}
                    start={startOf(row, byId, today)}
                    owner={row.ownerId ? (memberName.get(row.ownerId) ?? 'unknown') : 'unassigned'}
                    dependsOn={row.dependsOn.map((id) => byId.get(id)?.key ?? '').filter(Boolean).join(', ')}
                    handlers={handlers}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
});
