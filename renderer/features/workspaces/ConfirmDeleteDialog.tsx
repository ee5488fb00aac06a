import { Modal } from '../../kernel/dialogs/Modal';
import { useAppStore } from '../../kernel/store';
import { useWorkspace } from '../../entities/workspaces/queries';
import { deleteWorkspace } from '../../entities/workspaces/workspace-commands';

export function ConfirmDeleteDialog() {
  const dialog = useAppStore((s) => s.dialog);
  const close = useAppStore((s) => s.closeDialog);
  const workspace = useWorkspace(useAppStore((s) => s.workspaceId));
  const open = typeof dialog === 'object' && dialog?.kind === 'confirm' && dialog.id === 'workspace.delete';
  if (!open || !workspace) return null;
  return (
    <Modal title={`Delete ${workspace.name}?`} open onClose={close}>
      <p>The workspace and everything in it disappear from this laptop. You can undo this right after (Ctrl/⌘+Z).</p>
      <footer className="modal-footer">
        <button type="button" className="button" data-autofocus onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button danger"
          onClick={async () => {
            close();
            await deleteWorkspace(workspace);
          }}
        >
          Delete workspace
        </button>
      </footer>
    </Modal>
  );
}
