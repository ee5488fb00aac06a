export { FolderTransport, type FolderTransportOptions } from './folder-transport';
export type { FolderFs, Sha256 } from './fs';
export type { FolderScan } from './folder-scan';
export type { Damage } from './folder-files';
export { SETTLE_MS } from './arrival';
export * from './layout';
export * from './limits';
export * from './schemas';
export { workspacesInFolder } from './workspaces';
