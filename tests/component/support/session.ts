import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SprintlabDb } from '../../../renderer/data/db';
import { resetLiveRows } from '../../../renderer/data/live-rows';
import { closeSession, openSession, type DataSession } from '../../../renderer/data/session';
import { useAppStore } from '../../../renderer/kernel/store';
import { useDialogs } from '../../../renderer/kernel/dialogs/dialog-stack';
import { registerAllActions } from '../../../renderer/app/actions/all-actions';
import { createWorkspace } from '../../../renderer/entities/workspaces/workspace-commands';

let seq = 0;

/** A fresh database and app state for one component test, with every action registered. */
export async function freshSession(): Promise<DataSession> {
  closeSession();
  resetLiveRows();
  registerAllActions();
  useAppStore.setState({ past: [], future: [], workspaceId: null, view: 'home', toasts: [] });
  useDialogs.setState({ dialogs: [] });
  return openSession(new SprintlabDb(`component-${++seq}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
}

/** A session with one open workspace named "Test", key "T", and two members. */
export async function sessionWithWorkspace(): Promise<{ session: DataSession; workspaceId: string }> {
  const session = await freshSession();
  const workspaceId = await createWorkspace({
    name: 'Test',
    key: 'T',
    members: [
      { name: 'Ada', role: 'data scientist' },
      { name: 'Grace', role: 'ML engineer' },
    ],
  });
  return { session, workspaceId };
}
