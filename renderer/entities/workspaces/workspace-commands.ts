import { memberSchema, workspaceSchema, type Workspace } from '@shared/domain';
import { createChanges, deleteChanges, updateChanges } from '../../data/write-path';
import { mutate } from '../../kernel/history/history';
import { useAppStore } from '../../kernel/store';
import { listWorkspaces } from './queries';
import { UNDO, toast } from '../../kernel/feedback/toast';

export interface NewWorkspace {
  name: string;
  key: string;
  members: { name: string; role: string }[];
}

const newId = () => crypto.randomUUID();

/** Item-key prefix suggested from a name: "Fraud detection" -> "FD". */
export function suggestKey(name: string): string {
  const words = name.toUpperCase().replace(/[^A-Z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  const key = words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? '').slice(0, 3);
  return /^[A-Z]/.test(key) ? key.slice(0, 10) : `W${key}`.slice(0, 10);
}

export async function createWorkspace(input: NewWorkspace): Promise<string> {
  const id = newId();
  const createdAt = new Date().toISOString();
  const workspace = workspaceSchema.parse({ id, workspaceId: id, createdAt, name: input.name.trim(), key: input.key.trim() });
  const members = input.members
    .filter((m) => m.name.trim())
    .map((m) => memberSchema.parse({ id: newId(), workspaceId: id, createdAt, name: m.name.trim(), role: m.role }));
  await mutate(`Create workspace ${workspace.name}`, id, [
    ...createChanges('workspaces', workspace),
    ...members.flatMap((m) => createChanges('members', m)),
  ]);
  useAppStore.getState().selectWorkspace(id);
  return id;
}

export async function renameWorkspace(workspace: Workspace, name: string): Promise<void> {
  if (!name.trim() || name.trim() === workspace.name) return;
  await mutate(`Rename workspace to ${name.trim()}`, workspace.id, updateChanges('workspaces', workspace.id, { name: name.trim() }));
}

export async function deleteWorkspace(workspace: Workspace): Promise<void> {
  await mutate(`Delete workspace ${workspace.name}`, workspace.id, deleteChanges('workspaces', workspace.id));
  const next = (await listWorkspaces())[0];
  const store = useAppStore.getState();
  store.selectWorkspace(next?.id ?? null);
  store.go('home');
  toast(`Deleted ${workspace.name}`, 'info', UNDO);
}

export async function addMember(workspaceId: string, name: string, role: string): Promise<void> {
  const member = memberSchema.parse({ id: newId(), workspaceId, createdAt: new Date().toISOString(), name: name.trim(), role });
  await mutate(`Add member ${member.name}`, workspaceId, createChanges('members', member));
}

export async function removeMember(workspaceId: string, memberId: string, name: string): Promise<void> {
  await mutate(`Remove member ${name}`, workspaceId, deleteChanges('members', memberId));
}
