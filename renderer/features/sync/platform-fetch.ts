import type { FetchLike } from '@shared/sync/client';
import { getPlatform } from '../../platform';

/**
 * The sync client's fetch over the platform bridge: the desktop makes the request from the main
 * process (no CORS); the browser uses fetch, so the server must allow the page's origin.
 */
export const platformFetch: FetchLike = async (url, init) => {
  const response = await getPlatform().httpRequest({
    url,
    method: init.method as 'GET',
    headers: init.headers,
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  return {
    status: response.status,
    text: async () => response.body,
    headers: { get: (name: string) => response.headers[name.toLowerCase()] ?? null },
  };
};
