export { FolderTransport, ACTIVE_WINDOW_MS, type FolderTransportOptions } from './folder-transport';
export type { FolderFs, Sha256 } from './fs';
export * from './layout';
