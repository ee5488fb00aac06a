import type { Access } from '../auth/access';
import type { Storage } from '../storage/storage';

/** What every route needs: the storage, the access checks, and the server clock (injectable for tests). */
export interface RouteContext {
  storage: Storage;
  access: Access;
  now: () => number;
}
