import type { WorkflowStatus, WorkItem } from '@shared/domain';
import { useActionHandler, type ActionContext } from '../../kernel/actions/registry';
import { openItem } from '../../entities/items/item-slice';

interface CardKeysInput {
  byId: ReadonlyMap<string, WorkItem>;
  workflow: readonly WorkflowStatus[];
  /** The cards of one cell as the board draws them (after filters and swimlanes). */
  cellList(laneKey: string, status: string): WorkItem[];
  move(item: WorkItem, status: string, list: readonly WorkItem[], index: number): Promise<boolean>;
}

/** The card a board key was pressed on: the focused card element itself, not a button inside it. */
function cardOf({ target }: ActionContext, byId: CardKeysInput['byId']) {
  const card = target instanceof HTMLElement && target.dataset.keyScope === 'board-card' ? target : null;
  const item = card?.dataset.itemId ? byId.get(card.dataset.itemId) : undefined;
  return item && card?.dataset.laneKey !== undefined ? { item, laneKey: card.dataset.laneKey } : null;
}

/** Binds the board-card actions (Enter opens, Shift+arrows move) to the cards this board shows. */
export function useCardKeys({ byId, workflow, cellList, move }: CardKeysInput): void {
  const across = (dir: -1 | 1) => (context: ActionContext) => {
    const card = cardOf(context, byId);
    if (!card) return;
    const col = Math.max(0, workflow.findIndex((s) => s.id === card.item.status));
    const next = workflow[col + dir];
    if (next) return move(card.item, next.id, cellList(card.laneKey, next.id), 0);
  };
  const within = (dir: -1 | 1) => (context: ActionContext) => {
    const card = cardOf(context, byId);
    if (!card) return;
    const list = cellList(card.laneKey, card.item.status);
    const index = list.findIndex((i) => i.id === card.item.id);
    if (index >= 0 && index + dir >= 0 && index + dir < list.length) return move(card.item, card.item.status, list, index + dir);
  };
  useActionHandler('board.openCard', (context) => {
    const card = cardOf(context, byId);
    if (card) openItem(card.item.id);
  });
  useActionHandler('board.moveCardLeft', across(-1));
  useActionHandler('board.moveCardRight', across(1));
  useActionHandler('board.moveCardUp', within(-1));
  useActionHandler('board.moveCardDown', within(1));
}
