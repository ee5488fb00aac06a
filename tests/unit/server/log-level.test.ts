import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/config';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function logLinesAt(logLevel: string): Promise<{ level: number; msg: string }[]> {
  const lines: string[] = [];
  server = await startTestServer({ logger: true, logLevel, logStream: { write: (line) => void lines.push(line) } });
  await fetch(`${server.url}/healthz`);
  await fetch(`${server.url}/v1/nowhere`);
  return lines.map((line) => JSON.parse(line) as { level: number; msg: string });
}

describe('LOG_LEVEL', () => {
  it('logs each request at info, and nothing below the chosen level', async () => {
    const info = await logLinesAt('info');
    expect(info.filter((l) => l.msg === 'request completed')).toHaveLength(2);
    await server?.close();
    const warn = await logLinesAt('warn');
    expect(warn.filter((l) => l.level < 40)).toEqual([]);
  });

  it('defaults to info and refuses an unknown level, naming the variable', () => {
    expect(readConfig({}).LOG_LEVEL).toBe('info');
    expect(readConfig({ LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
    expect(() => readConfig({ LOG_LEVEL: 'verbose' })).toThrow(/bad server configuration: LOG_LEVEL: /);
  });
});
