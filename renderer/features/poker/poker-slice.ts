import { create } from 'zustand';

const meKey = (workspaceId: string) => `sprintlab.poker.me.${workspaceId}`;

/** Planning-poker state of this laptop only (never synced): who sits here, the shared-screen turn, the card to accept. */
export interface PokerUiState {
  openSessionId: string | null;
  /** The member using this laptop, per workspace (remembered across restarts). */
  me: Record<string, string>;
  /** One shared screen: votes are cast in turns, by whoever is chosen as "voting now". */
  sharedScreen: boolean;
  turnMemberId: string | null;
  /** The card the facilitator will accept; null means the suggested one. */
  acceptCard: string | null;
  message: string | null;
  newSessionOpen: boolean;
  openSession(id: string | null): void;
  setMe(workspaceId: string, memberId: string): void;
  setSharedScreen(on: boolean): void;
  setTurn(memberId: string | null): void;
  setAcceptCard(card: string | null): void;
  say(message: string | null): void;
  setNewSessionOpen(open: boolean): void;
}

const storage = () => (typeof localStorage === 'undefined' ? null : localStorage);

export const usePokerStore = create<PokerUiState>()((set) => ({
  openSessionId: null,
  me: {},
  sharedScreen: false,
  turnMemberId: null,
  acceptCard: null,
  message: null,
  newSessionOpen: false,
  openSession: (id) => set({ openSessionId: id, turnMemberId: null, acceptCard: null, message: null }),
  setMe: (workspaceId, memberId) => {
    storage()?.setItem(meKey(workspaceId), memberId);
    set((s) => ({ me: { ...s.me, [workspaceId]: memberId }, message: null }));
  },
  setSharedScreen: (on) => set({ sharedScreen: on, turnMemberId: null, message: null }),
  setTurn: (memberId) => set({ turnMemberId: memberId, message: null }),
  setAcceptCard: (card) => set({ acceptCard: card }),
  say: (message) => set({ message }),
  setNewSessionOpen: (open) => set({ newSessionOpen: open }),
}));

/** This laptop's member in a workspace: chosen here before, else none (the session asks). */
export function myMemberId(workspaceId: string): string | null {
  return usePokerStore.getState().me[workspaceId] ?? storage()?.getItem(meKey(workspaceId)) ?? null;
}
