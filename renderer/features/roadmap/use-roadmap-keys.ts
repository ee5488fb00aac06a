import type { RoadmapRow } from '@shared/agile';
import type { WorkItem, Workspace } from '@shared/domain';
import { useActionHandler, type ActionContext } from '../../kernel/actions/registry';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { openItem } from '../../entities/items/item-slice';
import { moveRow, shiftTarget } from './roadmap-commands';
import { dependencyDialog } from './DependencyDialog';

interface RowKeysInput {
  workspace: Workspace;
  /** Every row in rank order. */
  ordered: readonly RoadmapRow[];
  /** The rows drawn in each row's group (Alt+Up/Down moves within it). */
  groupOf: ReadonlyMap<string, readonly RoadmapRow[]>;
  items: ReadonlyMap<string, WorkItem>;
  today: string;
  /** Keep focus on the moved row once it re-renders in its new place. */
  refocus(id: string): void;
}

/** The row a key was pressed on: the focused row element itself. */
const rowId = ({ target }: ActionContext) => (target instanceof HTMLElement && target.dataset.keyScope === 'roadmap' ? (target.dataset.rowId ?? null) : null);

/** Binds the roadmap row actions (Alt+arrows, D, Enter) to the rows this view draws. */
export function useRoadmapKeys({ workspace, ordered, groupOf, items, today, refocus }: RowKeysInput): void {
  const move = (dir: -1 | 1) => async (context: ActionContext) => {
    const id = rowId(context);
    if (!id) return;
    if (await moveRow(workspace, groupOf.get(id) ?? [], ordered, items, id, dir)) refocus(id);
  };
  const shift = (days: number) => async (context: ActionContext) => {
    const id = rowId(context);
    const item = id ? items.get(id) : undefined;
    if (item) await shiftTarget(workspace, item, days, today);
  };
  useActionHandler('roadmap.moveUp', move(-1));
  useActionHandler('roadmap.moveDown', move(1));
  useActionHandler('roadmap.targetEarlier', shift(-7));
  useActionHandler('roadmap.targetLater', shift(7));
  useActionHandler('roadmap.dependencies', (context) => {
    const id = rowId(context);
    if (id) pushDialog(dependencyDialog, { id });
  });
  useActionHandler('roadmap.open', (context) => {
    const id = rowId(context);
    if (id) openItem(id);
  });
}
