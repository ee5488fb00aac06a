import type { WorkItem } from '@shared/domain';
import { Modal } from '../../kernel/dialogs/Modal';
import { targetBottom, targetTop, type BacklogGroup, type MoveTarget } from './backlog-model';
import { useBacklog } from './backlog-slice';

/** "Move to…": the keyboard and menu alternative to every drag (top or bottom of any sprint or the backlog). */
export function MoveDialog({ groups, items, onMove }: { groups: BacklogGroup[]; items: Map<string, WorkItem>; onMove: (ids: string[], target: MoveTarget, label: string) => void }) {
  const moving = useBacklog((s) => s.moving);
  const close = () => useBacklog.getState().openMove(null);
  const ids = (moving ?? []).filter((id) => items.has(id));
  if (!moving) return null;
  const set = new Set(ids);
  const n = ids.length;
  const noun = `${n} item${n === 1 ? '' : 's'}`;
  const go = (target: MoveTarget, where: string) => {
    close();
    onMove(ids, target, `Move ${noun} to ${where}`);
  };
  return (
    <Modal title={`Move ${noun} to…`} open onClose={close}>
      <ul className="bl-move-targets">
        {groups
          .filter((g) => g.droppable)
          .map((g, i) => (
            <li key={g.id}>
              <span className="bl-move-group">
                {g.title}
                {g.sprint && <span className="muted"> · {g.sprint.state}</span>}
              </span>
              <span className="button-row">
                <button type="button" className="button" data-autofocus={i === 0 || undefined} onClick={() => go(targetTop(g, set), `top of ${g.title}`)}>
                  Top<span className="sr-only"> of {g.title}</span>
                </button>
                <button type="button" className="button" onClick={() => go(targetBottom(g, set), `bottom of ${g.title}`)}>
                  Bottom<span className="sr-only"> of {g.title}</span>
                </button>
              </span>
            </li>
          ))}
      </ul>
    </Modal>
  );
}
