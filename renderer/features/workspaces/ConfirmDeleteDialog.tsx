import { Modal } from '../../kernel/dialogs/Modal';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { useAppStore } from '../../kernel/store';
import { useWorkspace } from '../../entities/workspaces/queries';
import { deleteWorkspace } from '../../entities/workspaces/workspace-commands';

function ConfirmDeleteDialog({ onClose: close }: DialogProps) {
  const workspace = useWorkspace(useAppStore((s) => s.workspaceId));
  if (!workspace) return null;
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

export const confirmDeleteWorkspaceDialog = defineDialog('confirm-delete-workspace', ConfirmDeleteDialog);
