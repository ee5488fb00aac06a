import { itemKey } from '@shared/work';
import { useEffect, useState } from 'react';
import type { WorkItem, Workspace } from '@shared/domain';
import { Modal } from '../../kernel/dialogs/Modal';
import { SelectField } from '../../kernel/fields/SelectField';


/** The menu alternative to dragging: pick a column and a position. */
export function MoveCardDialog({ item, workspace, onMove, onClose }: {
  item: WorkItem | null;
  workspace: Workspace;
  onMove(item: WorkItem, status: string, position: 'top' | 'bottom'): void;
  onClose(): void;
}) {
  const [status, setStatus] = useState(item?.status ?? '');
  const [position, setPosition] = useState<'top' | 'bottom'>('top');
  useEffect(() => setStatus(item?.status ?? ''), [item]);
  if (!item) return null;
  return (
    <Modal title={`Move ${itemKey(workspace, item)} to…`} open onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          onMove(item, status, position);
        }}
      >
        <label className="field">
          <span>Column</span>
          <SelectField data-autofocus value={status} onChange={setStatus} options={workspace.workflow.map((s) => [s.id, s.name] as const)} />
        </label>
        <fieldset className="segmented">
          <legend>Position</legend>
          <label>
            <input type="radio" name="position" checked={position === 'top'} onChange={() => setPosition('top')} /> Top
          </label>
          <label>
            <input type="radio" name="position" checked={position === 'bottom'} onChange={() => setPosition('bottom')} /> Bottom
          </label>
        </fieldset>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Move
          </button>
        </div>
      </form>
    </Modal>
  );
}
