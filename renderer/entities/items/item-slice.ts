import { closeDialog, defineDialog, pushDialog } from '../../kernel/dialogs/dialog-stack';
import { ItemPage } from './ItemPage';

/** The item page as a dialog any view (backlog, board, stand-up, alerts …) opens on the shell's stack. */
export const itemPageDialog = defineDialog<{ id: string }>('item-page', ItemPage);

export const openItem = (id: string) => void pushDialog(itemPageDialog, { id });
export const closeItem = () => closeDialog(itemPageDialog);
