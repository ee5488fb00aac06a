import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore, type AppState } from '../../kernel/store';
import { session } from '../../data/session';
import { addMinute, loadBoard, nextPhase, reveal, toggleTimer, type RetroBoard } from './retro-commands';
import { exportMarkdown } from './retro-export';
import { useRetroStore } from './retro-slice';

/** The retro open on screen, read fresh from the live rows. */
export async function currentBoard(): Promise<RetroBoard | null> {
  const workspaceId = useAppStore.getState().workspaceId;
  const retroId = useRetroStore.getState().openRetroId;
  if (!workspaceId || !retroId) return null;
  const workspace = await session().db.entity('workspaces').get(workspaceId);
  return workspace ? loadBoard(workspace, retroId) : null;
}

async function withBoard(run: (board: RetroBoard) => Promise<unknown>): Promise<void> {
  const board = await currentBoard();
  if (board) await run(board);
}

const inRetro = (s: AppState) => s.view === 'retro' && !!s.workspaceId && useRetroStore.getState().openRetroId !== null;

/**
 * The facilitator's single keys (N, Space, +, R, Esc) are scoped to the open retro (its root
 * carries data-key-scope="retro"), so they never fire in another view or while typing a card.
 */
export const retroActions: ActionDef[] = [
  {
    id: 'retro.new', label: 'New retro…', group: 'Retro', keywords: 'retrospective start template',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      useAppStore.getState().go('retro');
      useRetroStore.getState().openRetro(null);
      useRetroStore.getState().setNewRetroOpen(true);
    },
  },
  { id: 'retro.next', label: 'Next retro phase', group: 'Retro', shortcut: 'N', keyScope: 'retro', keywords: 'advance facilitator', enabled: inRetro, run: () => withBoard(nextPhase) },
  { id: 'retro.timer', label: 'Start or pause the retro timer', group: 'Retro', shortcut: 'Space', keyScope: 'retro', keywords: 'countdown', enabled: inRetro, run: () => withBoard(toggleTimer) },
  { id: 'retro.add-minute', label: 'Add a minute to the retro timer', group: 'Retro', shortcut: 'Plus', keyScope: 'retro', keywords: 'countdown extend', enabled: inRetro, run: () => withBoard(addMinute) },
  { id: 'retro.reveal', label: 'Reveal retro cards', group: 'Retro', shortcut: 'R', keyScope: 'retro', keywords: 'show hidden cards', enabled: inRetro, run: () => withBoard(reveal) },
  {
    id: 'retro.leave-presenter', label: 'Leave presenter mode', group: 'Retro', shortcut: 'Escape', keyScope: 'retro', keywords: 'exit full screen',
    enabled: (s) => inRetro(s) && useRetroStore.getState().presenter, run: () => setPresenter(false),
  },
  {
    id: 'retro.presenter', label: (s) => (inRetro(s) && useRetroStore.getState().presenter ? 'Leave presenter mode' : 'Presenter mode'),
    group: 'Retro', keywords: 'projector full screen large', enabled: inRetro,
    run: () => setPresenter(!useRetroStore.getState().presenter),
  },
  {
    id: 'retro.export-markdown', label: 'Export retro summary as Markdown', group: 'Retro', keywords: 'download md', enabled: inRetro,
    run: () => withBoard(async (board) => {
      const members = await session().db.entity('members').where('workspaceId').equals(board.workspace.id).toArray();
      await exportMarkdown(board, members.filter((member) => !member.deleted));
    }),
  },
];

/** Presenter mode: the whole screen where the browser allows it, large type, high contrast. */
export function setPresenter(on: boolean): void {
  useRetroStore.getState().setPresenter(on);
  const doc = document as Document & { fullscreenElement?: Element | null };
  if (on && !doc.fullscreenElement && document.documentElement.requestFullscreen) {
    document.documentElement.requestFullscreen().catch(() => {
      // Not allowed here (no user gesture, or an embedded browser): the large layout still fills the window.
    });
  } else if (!on && doc.fullscreenElement) {
    void document.exitFullscreen?.().catch(() => {});
  }
}
