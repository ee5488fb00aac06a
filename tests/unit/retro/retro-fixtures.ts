// Builders for retro rows as the store holds them (parsed through the domain schemas).
import { retroCardSchema, retroGroupSchema, retroSchema, type Retro, type RetroCard, type RetroGroup } from '@shared/domain';
import { applyChanges, builtInTemplates, columnsFromTemplate, type RowTables, type UndoableChange } from '@shared/retro';

export const WS = 'ws-1';
export const NOW = '2025-03-14T10:00:00.000Z';

export function makeRetro(overrides: Partial<Retro> = {}): Retro {
  return retroSchema.parse({
    id: 'retro-1',
    workspaceId: WS,
    createdAt: NOW,
    title: 'Sprint 12 retro',
    templateId: 'start-stop-continue',
    columns: columnsFromTemplate(builtInTemplates[0]),
    facilitatorId: 'ana',
    ...overrides,
  });
}

export function makeCard(id: string, text: string, overrides: Partial<RetroCard> = {}): RetroCard {
  return retroCardSchema.parse({ id, workspaceId: WS, createdAt: NOW, retroId: 'retro-1', columnId: 'start', text, ...overrides });
}

export function makeGroup(id: string, title: string, overrides: Partial<RetroGroup> = {}): RetroGroup {
  return retroGroupSchema.parse({ id, workspaceId: WS, createdAt: NOW, retroId: 'retro-1', title, ...overrides });
}

/** The board as tables, so changes can be applied the way the write path would. */
export function tablesOf(board: { retro: Retro; cards: readonly RetroCard[]; groups: readonly RetroGroup[] }): RowTables {
  return {
    retros: { [board.retro.id]: board.retro },
    retroCards: Object.fromEntries(board.cards.map((card) => [card.id, card])),
    retroGroups: Object.fromEntries(board.groups.map((group) => [group.id, group])),
  };
}

export function boardOf(tables: RowTables, retroId = 'retro-1') {
  return {
    retro: tables.retros[retroId] as Retro,
    cards: Object.values(tables.retroCards ?? {}) as RetroCard[],
    groups: Object.values(tables.retroGroups ?? {}) as RetroGroup[],
  };
}

export const apply = (tables: RowTables, changes: UndoableChange[]) => applyChanges(tables, changes, WS);

/** What a person sees of the grouping: card -> live group title (null when loose). */
export function layout(tables: RowTables): Record<string, string | null> {
  const { cards, groups } = boardOf(tables);
  const live = new Map(groups.filter((group) => !group.deleted).map((group) => [group.id, group.title]));
  return Object.fromEntries(
    cards.filter((card) => !card.deleted).map((card) => [card.id, card.groupId !== null && live.has(card.groupId) ? `${card.groupId}:${live.get(card.groupId)}` : null]),
  );
}
