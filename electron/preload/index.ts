// Runs sandboxed before the page: exposes exactly one object, window.sprintlab.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeKey } from '@shared/ipc/channels';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(bridgeKey, createBridge(ipcRenderer));
