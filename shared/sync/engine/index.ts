export { SyncEngine, type SyncEngineOptions, type SyncStatus } from './engine';
export type { LocalStore } from './local-store';
export { ServerTransport, type ServerTransportOptions } from './server-transport';
export { SyncProblemError, type PushResult, type SyncProblem, type SyncProblemCode, type Transport, type TransportContext } from './transport';
