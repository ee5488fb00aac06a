import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { ipcContract, type IpcName, type IpcParsedRequest, type IpcResponse } from '@shared/ipc';
import type { OriginPolicy } from './security';

/** One implementation per channel; each receives an already validated request. */
export type IpcHandlers = {
  [N in IpcName]: (request: IpcParsedRequest<N>, event: IpcMainInvokeEvent) => Promise<IpcResponse<N>> | IpcResponse<N>;
};

/** The part of ipcMain used here. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/** Refuses calls from anything but the app's own top-level page (a navigated-away or embedded frame). */
export function assertTrustedSender(event: IpcMainInvokeEvent, policy: OriginPolicy, channel: string): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !policy.isAppUrl(frame.url)) {
    throw new Error(`${channel}: refused a call from ${frame ? frame.url || 'an empty frame' : 'a closed frame'}`);
  }
}

/** Validates one payload against its channel's schema; the error names the channel and each bad field. */
export function parseRequest<N extends IpcName>(name: N, payload: unknown): IpcParsedRequest<N> {
  const { channel, request } = ipcContract[name];
  const result = request.safeParse(payload);
  if (!result.success) {
    throw new Error(`${channel}: invalid request\n${z.prettifyError(result.error)}`);
  }
  return result.data as IpcParsedRequest<N>;
}

/** Registers every channel of the contract: sender check, then zod validation, then the handler. */
export function registerIpcHandlers(ipcMain: IpcRegistrar, handlers: IpcHandlers, policy: OriginPolicy): void {
  for (const name of Object.keys(ipcContract) as IpcName[]) {
    const { channel } = ipcContract[name];
    const handler = handlers[name] as (request: unknown, event: IpcMainInvokeEvent) => unknown;
    ipcMain.handle(channel, async (event, payload) => {
      assertTrustedSender(event, policy, channel);
      return handler(parseRequest(name, payload), event);
    });
  }
}
