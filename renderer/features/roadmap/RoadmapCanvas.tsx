import { useMemo, type RefObject } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { RoadmapRow } from '@shared/agile';
import type { Member } from '@shared/domain';
import { RoadmapRowView, type RowHandlers } from './RoadmapRowView';
import { dependencyLines, GROUP_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, startOf, type RowGroup } from './roadmap-layout';
import { timeline, type RoadmapScale } from './roadmap-timeline';

interface Props {
  groups: readonly RowGroup[];
  rows: readonly RoadmapRow[];
  scale: RoadmapScale;
  today: string;
  members: readonly Member[];
  handlers: RowHandlers;
  scrollRef: RefObject<HTMLDivElement | null>;
}

/** Wide enough to fill the view beside the labels on a laptop screen. */
const MIN_TRACK_WIDTH = 760;

/** Every date a row draws, so the timeline spans them all. */
const datesOf = (rows: readonly RoadmapRow[]) =>
  rows.flatMap((row) => [row.target, row.forecast?.ok ? row.forecast.p95.date : null].filter((d): d is string => !!d));

const SCREENFUL = { width: 1200, height: 900 };

type Entry = { kind: 'group'; group: RowGroup } | { kind: 'row'; row: RoadmapRow; group: RowGroup; index: number };

/**
 * The timeline: month or quarter ticks, today, dependency curves and the grouped rows. Rows are
 * virtualised (a screenful of 200 is drawn), each group still one labelled list for screen readers.
 */
export function RoadmapCanvas({ groups, rows, scale, today, members, handlers, scrollRef }: Props) {
  const tl = useMemo(() => timeline(today, datesOf(rows), scale, MIN_TRACK_WIDTH), [today, rows, scale]);
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const memberName = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const lines = useMemo(() => dependencyLines(groups, byId, tl, today), [groups, byId, tl, today]);
  const entries = useMemo(() => groups.flatMap<Entry>((group) => [{ kind: 'group', group }, ...group.rows.map((row, index) => ({ kind: 'row' as const, row, group, index }))]), [groups]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (entries[i].kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 6,
    getItemKey: (i) => { const e = entries[i]; return e.kind === 'group' ? `g:${e.group.key}` : e.row.id; },
    // happy-dom and the first paint have no layout yet: draw a first screenful anyway.
    initialRect: SCREENFUL,
    // Without layout (happy-dom) the scroll box measures 0 high: keep drawing a screenful.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height ? rect : { ...rect, height: SCREENFUL.height })),
  });
  const width = LABEL_WIDTH + tl.width;
  const shownItems = virtualizer.getVirtualItems();
  const starts = new Map(shownItems.map((v) => [v.index, v.start]));
  const first = shownItems[0]?.index ?? 0;
  const last = shownItems.at(-1)?.index ?? -1;
  // The visible rows under their groups, in order; a group shows when any of it is visible.
  const visible: { group: RowGroup; top: number; rows: { row: RoadmapRow; index: number; top: number }[] }[] = [];
  let at = 0;
  for (const [i, entry] of entries.entries()) {
    if (entry.kind === 'group') {
      const top = at;
      at += GROUP_HEIGHT + entry.group.rows.length * ROW_HEIGHT;
      if (i + entry.group.rows.length >= first && i <= last) visible.push({ group: entry.group, top, rows: [] });
    } else if (starts.has(i)) visible.at(-1)?.rows.push({ row: entry.row, index: entry.index, top: starts.get(i)! });
  }
  return (
    <div className="rm-scroll" ref={scrollRef}>
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
        <div className="rm-body" style={{ height: virtualizer.getTotalSize() }}>
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
          {visible.map(({ group, top, rows: shown }) => (
            <section key={group.key} className="rm-group" aria-label={group.title} style={{ top, width, height: GROUP_HEIGHT + group.rows.length * ROW_HEIGHT }}>
              <h2 className="rm-group-title">
                {group.title} <span className="muted">({group.rows.length})</span>
              </h2>
              <ul className="rm-rows" aria-label={`Roadmap rows: ${group.title}`}>
                {shown.map(({ row, index, top: rowTop }) => (
                  <RoadmapRowView
                    key={row.id}
                    row={row}
                    tl={tl}
                    top={rowTop - top - GROUP_HEIGHT}
                    position={[index + 1, group.rows.length]}
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
}
