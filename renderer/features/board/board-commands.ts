import { itemKey } from '@shared/work';
import type { WorkItem, Workspace } from '@shared/domain';
import { moveItems } from '../../entities/items/item-commands';
import { toast } from '../../kernel/feedback/toast';

export interface BoardMove {
  item: WorkItem;
  status: string;
  before: WorkItem | null;
  after: WorkItem | null;
}

/** Why a move into `status` is refused (a hard WIP limit reached), or null when it may go ahead. */
export function wipRefusal(workspace: Workspace, move: Pick<BoardMove, 'item' | 'status'>, countInStatus: number): string | null {
  if (move.status === move.item.status) return null;
  const status = workspace.workflow.find((s) => s.id === move.status);
  if (!status?.hardLimit || !status.wipLimit || countInStatus < status.wipLimit) return null;
  return `${status.name} is at its WIP limit (${countInStatus}/${status.wipLimit}): finish something there before moving ${itemKey(workspace, move.item)} in.`;
}

/**
 * The one handler behind a drop, a keyboard move and the "Move to…" dialog: status and rank
 * change in one undo step; a hard WIP limit refuses the move with a message instead.
 */
export async function moveCard(workspace: Workspace, move: BoardMove, countInStatus: number): Promise<boolean> {
  const refusal = wipRefusal(workspace, move, countInStatus);
  if (refusal) {
    toast(refusal, 'error');
    return false;
  }
  if (move.status === move.item.status && move.before?.id === undefined && move.after?.id === undefined) return false;
  const name = workspace.workflow.find((s) => s.id === move.status)?.name ?? move.status;
  const label = move.status === move.item.status ? `Reorder ${itemKey(workspace, move.item)}` : `Move ${itemKey(workspace, move.item)} to ${name}`;
  await moveItems(workspace, [move.item], { before: move.before, after: move.after, status: move.status }, label);
  return true;
}
