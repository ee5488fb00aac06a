import { itemKey } from '@shared/work';
import { useCallback, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { closestCorners, DndContext, DragOverlay, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import type { Member, WorkItem, Workspace } from '@shared/domain';
import { EmptyState } from '../../kernel/views/EmptyState';
import { getAction, runAction } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { openItem } from '../../entities/items/item-slice';
import { useItems, useItemMap } from '../../entities/items/item-queries';
import { useSprints } from '../../entities/sprints/sprint-queries';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import {
  activeSprintOf, applyFilters, blockedIds, boardScopeItems, groupBoard, neighboursAt, statusCounts, wipState,
  type Lane,
} from './board-model';
import { useBoardStore } from './board-slice';
import { moveCard } from './board-commands';
import { BoardCell } from './BoardCell';
import { CardFace, CardHandlersContext, type CardHandlers } from './BoardCard';
import { useCardKeys } from './use-card-keys';
import { useBoardDrag } from './use-board-drag';
import { BoardToolbar } from './BoardToolbar';
import { MoveCardDialog } from './CardDialogs';
import './board.css';
import { reportError } from '../../kernel/feedback/toast';
import { dragAnnouncements } from '../../entities/items/drag-announcements';

export function BoardView() {
  const workspace = useCurrentWorkspace();
  if (!workspace) return null;
  return <Board workspace={workspace} />;
}

// Cards win over the column they sit in; outside any card, the nearest column.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const cards = hits.filter((h) => !String(h.id).startsWith('cell:'));
  if (cards.length) return cards;
  return hits.length ? hits : closestCorners(args);
};

const sprintGuide = () => {
  const nav = getAction('nav.sprints') ?? getAction('nav.backlog');
  if (nav) void runAction(nav.id);
  else useAppStore.getState().go('sprints');
};

/** The previous set while the contents are the same, so memoised columns a move did not touch skip their render. */
function useSameSet<T>(next: ReadonlySet<T>): ReadonlySet<T> {
  const last = useRef(next);
  const prev = last.current;
  if (prev !== next && (prev.size !== next.size || [...next].some((x) => !prev.has(x)))) last.current = next;
  return last.current;
}

/** Everything the board needs, derived from live rows with memoised selectors. */
export function useBoardModel(workspace: Workspace) {
  const items = useItems(workspace.id);
  const byId = useItemMap(workspace.id);
  const sprints = useSprints(workspace.id);
  const membersList = useMembers(workspace.id);
  // Only what the model reads: focus, drop hints and drag-over changes must not re-render the board.
  const { swimlane, scope, filters } = useBoardStore(useShallow((s) => ({ swimlane: s.swimlane, scope: s.scope, filters: s.filters })));
  const active = activeSprintOf(sprints);
  const members = useMemo(() => new Map<string, Member>(membersList.map((m) => [m.id, m])), [membersList]);
  const scoped = useMemo(() => boardScopeItems(items ?? [], sprints ?? [], scope, active), [items, sprints, scope, active]);
  const blocked = useSameSet(useMemo(() => blockedIds(scoped, byId, workspace.workflow), [scoped, byId, workspace.workflow]));
  const counts = useMemo(() => statusCounts(scoped), [scoped]);
  const visible = useMemo(() => applyFilters(scoped, filters, blocked), [scoped, filters, blocked]);
  const lanes = useMemo(
    () => groupBoard(visible, workspace.workflow, swimlane, { members: membersList, byId, keyOf: (i) => itemKey({ key: workspace.key }, i) }),
    [visible, workspace.workflow, workspace.key, swimlane, membersList, byId],
  );
  return { loading: items === undefined || sprints === undefined, items: items ?? [], byId, active, members, membersList, scoped, blocked, counts, lanes, scope, swimlane };
}

function Board({ workspace }: { workspace: Workspace }) {
  const model = useBoardModel(workspace);
  const { lanes, counts, byId, members, blocked, active, scope, swimlane } = model;
  const moveFor = useBoardStore((s) => s.moveFor);

  // Handlers read the latest model through a ref so their identity never changes (cards stay memoised).
  const latest = useRef({ workspace, lanes, counts });
  latest.current = { workspace, lanes, counts };

  const move = useCallback(async (item: WorkItem, status: string, list: readonly WorkItem[], index: number) => {
    const { workspace: ws, counts: c } = latest.current;
    const { before, after } = neighboursAt(list, item, index);
    const at = list.findIndex((i) => i.id === item.id);
    const unchanged = status === item.status && at >= 0 && at === Math.min(index, list.length - 1);
    if (unchanged) return false;
    // The card re-mounts in its new place: keep the keyboard focus on it, in the same render that
    // shows the move (the edit is optimistic), not one more render once IndexedDB has committed.
    useBoardStore.getState().setFocusId(item.id);
    try {
      return await moveCard(ws, { item, status, before, after }, c.get(status) ?? 0);
    } catch (error) {
      reportError(error);
      return false;
    }
  }, []);

  const cellList = (laneKey: string, status: string): WorkItem[] =>
    latest.current.lanes.find((l) => l.key === laneKey)?.cells.get(status) ?? [];

  const handlers = useMemo<CardHandlers>(
    () => ({
      onOpen: (item) => openItem(item.id),
      onMenu: (item) => useBoardStore.getState().setMoveFor(item.id),
    }),
    [],
  );
  useCardKeys({ byId, workflow: workspace.workflow, cellList, move });

  const { sensors, dragging, onDragStart, onDragMove, onDragEnd, endDrag } = useBoardDrag({ byId, cellList, move });

  if (model.loading) return null;
  const noSprint = scope === 'sprint' && !active;
  return (
    <div className="view board-view">
      <header className="view-header">
        <h1>Board</h1>
        <p className="muted">
          {scope === 'all'
            ? 'All open items (not in a completed sprint)'
            : active
              ? `${active.name} · ${active.startDate} → ${active.endDate}${active.goal ? ` · ${active.goal}` : ''}`
              : 'No active sprint'}
          <span className="board-hint"> · Focus a card: Shift+←/→ moves it between columns, Shift+↑/↓ reorders, Enter opens.</span>
        </p>
      </header>
      {noSprint ? (
        <EmptyState
          title="No active sprint"
          action={
            <>
              <button type="button" className="button primary" onClick={sprintGuide}>
                Plan a sprint
              </button>
              <button type="button" className="button" onClick={() => useBoardStore.getState().setScope('all')}>
                Show all open items
              </button>
            </>
          }
        >
          <p>The board shows the cards of the sprint in progress. Plan a sprint and start it, or look at every open item meanwhile.</p>
        </EmptyState>
      ) : (
        <>
          <BoardToolbar members={model.membersList} items={model.scoped} hasActiveSprint={!!active} />
          <DndContext
            sensors={sensors}
            collisionDetection={collision}
            onDragStart={onDragStart}
            onDragMove={onDragMove}
            onDragEnd={onDragEnd}
            onDragCancel={endDrag}
            accessibility={{
              screenReaderInstructions: { draggable: 'Shift and the arrow keys move this card; Enter opens it; the ⋯ button offers Move to.' },
              announcements: dragAnnouncements((id, data) => {
                const item = byId?.get(String(id));
                if (item) return `${itemKey(workspace, item)} ${item.title}`;
                const status = workspace.workflow.find((s) => s.id === data?.status);
                return status ? `the ${status.name} column` : 'the board';
              }),
            }}
          >
            <CardHandlersContext.Provider value={handlers}>
              <BoardGrid workspace={workspace} lanes={lanes} counts={counts} members={members} blocked={blocked} swimlane={swimlane !== 'none'} />
            </CardHandlersContext.Provider>
            <DragOverlay dropAnimation={null}>
              {dragging && (
                <div className="board-card is-overlay">
                  <CardFace
                    item={dragging}
                    itemKey={itemKey(workspace, dragging)}
                    assignee={dragging.assigneeId ? (members.get(dragging.assigneeId)?.name ?? null) : null}
                    blocked={blocked.has(dragging.id)}
                  />
                </div>
              )}
            </DragOverlay>
          </DndContext>
          {scope === 'sprint' && model.scoped.length === 0 && (
            <p className="muted board-empty-note">
              {active?.name} has no items yet: add some from sprint planning.
            </p>
          )}
        </>
      )}
      <MoveCardDialog
        item={moveFor ? (byId.get(moveFor) ?? null) : null}
        workspace={workspace}
        onClose={() => useBoardStore.getState().setMoveFor(null)}
        onMove={(item, status, position) => {
          useBoardStore.getState().setMoveFor(null);
          const lane = lanes.find((l) => [...l.cells.values()].some((c) => c.includes(item)));
          const list = lane?.cells.get(status) ?? [];
          void move(item, status, list, position === 'top' ? 0 : list.length);
        }}
      />
    </div>
  );
}

function BoardGrid({ workspace, lanes, counts, members, blocked, swimlane }: {
  workspace: Workspace;
  lanes: Lane[];
  counts: Map<string, number>;
  members: ReadonlyMap<string, Member>;
  blocked: ReadonlySet<string>;
  swimlane: boolean;
}) {
  const workflow = workspace.workflow;
  const columns = { gridTemplateColumns: `repeat(${workflow.length}, minmax(180px, 1fr))` };
  return (
    <div className={`board${swimlane ? ' has-lanes' : ''}`} style={columns}>
      {workflow.map((status) => {
        const count = counts.get(status.id) ?? 0;
        const state = wipState(count, status);
        return (
          <h2 key={status.id} className={`board-column-head wip-${state}`} id={`col-${status.id}`}>
            <span>{status.name}</span>
            <span className="wip-count">
              <span aria-hidden="true">{status.wipLimit ? `${count}/${status.wipLimit}` : count}</span>
              {status.hardLimit && status.wipLimit ? <span className="wip-hard" aria-hidden="true">hard</span> : null}
              <span className="sr-only">
                {status.wipLimit
                  ? `${count} of ${status.wipLimit} WIP limit${state === 'over' ? ', over the limit' : ''}${status.hardLimit ? ', hard limit' : ''}`
                  : `${count} cards`}
              </span>
            </span>
          </h2>
        );
      })}
      {lanes.map((lane) => (
        <section key={lane.key} className="board-lane" aria-label={swimlane ? `Swimlane ${lane.label}` : 'Cards'} style={{ gridColumn: `1 / span ${workflow.length}` }}>
          {swimlane && (
            <h3 className="lane-head">
              {lane.label} <span className="muted">({lane.count})</span>
            </h3>
          )}
          <div className="lane-cells" style={columns}>
            {workflow.map((status) => (
              <BoardCell
                key={status.id}
                laneKey={lane.key}
                status={status.id}
                statusName={swimlane ? `${lane.label}, ${status.name}` : status.name}
                items={lane.cells.get(status.id) ?? []}
                workspaceKey={workspace.key}
                members={members}
                blocked={blocked}
                virtual={!swimlane}
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
