import { standupNoteSchema, type StandupNote } from '@shared/domain';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { createChanges, updateChanges, type Change } from '../../data/write-path';

/** One row per workspace and day, with an id both devices derive alike, so two notes on one day merge. */
export const standupNoteId = (workspaceId: string, date: string) => `standup-${workspaceId}-${date}`;

async function changeNote(workspaceId: string, date: string, label: string, patch: (row: StandupNote | null) => Partial<StandupNote>): Promise<void> {
  const rows = await loadRows('standupNotes', workspaceId);
  const id = standupNoteId(workspaceId, date);
  const row = rows.find((r) => r.id === id) ?? null;
  const changes: Change[] = row
    ? updateChanges('standupNotes', id, patch(row))
    : createChanges('standupNotes', standupNoteSchema.parse({ id, workspaceId, date, createdAt: new Date().toISOString(), ...patch(null) }));
  await mutate(label, workspaceId, changes);
}

export async function saveStandupNote(workspaceId: string, date: string, memberId: string, memberName: string, text: string): Promise<void> {
  const rows = await loadRows('standupNotes', workspaceId);
  const current = rows.find((r) => r.id === standupNoteId(workspaceId, date))?.notes[memberId] ?? '';
  if (current === text) return;
  await changeNote(workspaceId, date, `Stand-up notes for ${memberName}`, (row) => ({ notes: { ...(row?.notes ?? {}), [memberId]: text } }));
}

export async function addParkingTopic(workspaceId: string, date: string, topic: string): Promise<void> {
  const text = topic.trim();
  if (!text) return;
  await changeNote(workspaceId, date, `Park "${text}"`, (row) => ({ parkingLot: [...(row?.parkingLot ?? []), text] }));
}

export async function removeParkingTopic(workspaceId: string, date: string, index: number): Promise<void> {
  await changeNote(workspaceId, date, 'Remove a parking-lot topic', (row) => ({ parkingLot: (row?.parkingLot ?? []).filter((_, i) => i !== index) }));
}
