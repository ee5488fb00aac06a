import pg from 'pg';
import type { NudgeHub } from './nudge-hub';

/**
 * The NOTIFY listener that carries other processes' nudges to this one: one dedicated connection,
 * re-opened a second after it drops, until `close`.
 */
export async function listenForNudges(
  connectionString: string,
  channel: string,
  hub: NudgeHub,
  onError: (error: Error) => void,
): Promise<{ close(): Promise<void> }> {
  let listener: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString });
    client.on('error', (error) => {
      onError(error);
      void client.end().catch(() => undefined);
      if (listener === client) listener = null;
      if (!closed) retry = setTimeout(() => void listen().catch(onError), 1_000);
    });
    client.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      try {
        const { w, s } = JSON.parse(message.payload) as { w: string; s: number };
        hub.emit(w, s);
      } catch (error) {
        onError(error as Error);
      }
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
  }
  await listen();

  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await listener?.end().catch(() => undefined);
    },
  };
}
