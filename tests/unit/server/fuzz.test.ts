import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUTURE_LIMIT_MS } from '@shared/sync/op';
import { MAX_PUSH_BYTES, pushRequestSchema } from '@shared/sync/protocol';
import { makeOps, pullAll } from './helpers/ops';
import { rawRequest, type RawRequest } from './helpers/raw-http';
import { newWorkspaceWithDevice, startTestServer, type Device, type TestServer } from './helpers/test-server';

const WS = 'fuzzed';
const OTHER = 'bystander';

describe('sync server under 1,000 malformed, oversized, deeply nested and fuzzed requests', () => {
  let server: TestServer;
  let port: number;
  let own: Device;
  let other: Device;
  const baseline = makeOps(WS, 'dev1', 20);

  beforeAll(async () => {
    server = await startTestServer();
    port = Number(new URL(server.url).port);
    own = await newWorkspaceWithDevice(server, WS, 'dev1');
    other = await newWorkspaceWithDevice(server, OTHER, 'dev2');
    await own.client.pushOps(WS, baseline);
  });
  afterAll(() => server.close());

  it('answers every one with a 4xx and keeps serving, with the stored ops untouched', async () => {
    const fuzzed = fc.sample(requestArbitrary(() => own.token, () => other.token), { numRuns: 964, seed: 7 });
    // Values nested far past the cap (in the value, or around the whole body) and huge single fields.
    const hostile = fc.sample(hostilePushArbitrary(() => own.token), { numRuns: 30, seed: 11 });
    // A few bodies past the 4 MB limit (few, because each is 4-8 MB on the wire).
    const oversized = [1, 2, 3, 4, 5, 6].map((i): RawRequest => ({
      method: 'POST',
      path: `/v1/workspaces/${WS}/ops`,
      headers: [['Authorization', `Bearer ${own.token}`], ['Content-Type', 'application/json']],
      body: `{"ops":["${'x'.repeat(MAX_PUSH_BYTES + i * 700_000)}"]}`,
    }));
    const cases = [...fuzzed, ...hostile, ...oversized];
    expect(cases).toHaveLength(1_000);
    const statuses = await runWithConcurrency(cases, 16, (request) => rawRequest(port, request));

    const unexpected = statuses
      .map((status, i) => ({ status, request: cases[i] }))
      .filter(({ status }) => status < 400 || status >= 500);
    expect(unexpected.slice(0, 3)).toEqual([]);
    // The fuzzer reached every layer: parser, router, auth, validation, body limits.
    expect(new Set(statuses)).toEqual(new Set([400, 401, 403, 404, 413, 415, 431]));

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await pullAll(own.client, WS)).toEqual(baseline);
    expect(await pullAll(other.client, OTHER)).toEqual([]);
  });
});

/** Pushes that are well-formed JSON from the right device but nest 65-20,000 deep or carry a 257 KB-3 MB field. */
function hostilePushArbitrary(token: () => string): fc.Arbitrary<RawRequest> {
  const nest = (depth: number, open: string, close: string, inner: string) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
  const body = fc.oneof(
    fc.tuple(fc.integer({ min: 65, max: 20_000 }), fc.boolean()).map(([depth, arrays]) => {
      const [op] = makeOps(WS, 'dev1', 1);
      return JSON.stringify({ ops: [{ ...op, value: 0 }] }).replace('"value":0', `"value":${arrays ? nest(depth, '[', ']', '1') : nest(depth, '{"a":', '}', '1')}`);
    }),
    fc.integer({ min: 100, max: 20_000 }).map((depth) => nest(depth, '[', ']', '{"ops":[]}')),
    fc.integer({ min: 257 * 1024, max: 3 * 1024 * 1024 }).map((size) => {
      const [op] = makeOps(WS, 'dev1', 1);
      return JSON.stringify({ ops: [{ ...op, value: 'x'.repeat(size) }] });
    }),
  );
  return body.map((text) => ({
    method: 'POST',
    path: `/v1/workspaces/${WS}/ops`,
    headers: [['Authorization', `Bearer ${token()}`], ['Content-Type', 'application/json']] as [string, string][],
    body: text,
  }));
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const tokenChars = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), minLength: 1, maxLength: 20 });
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });
const segment = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })).map(encodeURIComponent);
const fuzzedHeaders = fc.array(fc.tuple(tokenChars.map((n) => `x-${n}`), headerValue), { maxLength: 4 });

/** A push body that is almost right: a valid op with one field replaced by anything at all. */
const mutatedOp = fc
  .tuple(fc.constantFrom('id', 'hlc', 'deviceId', 'workspaceId', 'entity', 'rowId', 'field', 'schemaVersion'), fc.anything())
  .map(([field, junk]) => {
    const [op] = makeOps(WS, 'dev1', 1);
    return { ops: [{ ...op, [field]: junk }] };
  });

const json = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return '{}';
  }
};

/** Would this push be a legitimate one? Those are the only pushes that may succeed; the fuzzer skips them. */
function isValidPush(text: string): boolean {
  try {
    const parsed = pushRequestSchema.safeParse(JSON.parse(text));
    return (
      parsed.success &&
      parsed.data.ops.every((op) => op.workspaceId === WS && Number(op.hlc.slice(0, 15)) < Date.now() + FUTURE_LIMIT_MS)
    );
  } catch {
    return false;
  }
}

function requestArbitrary(ownToken: () => string, otherToken: () => string): fc.Arbitrary<RawRequest | string> {
  const auth = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
  const jsonType: [string, string] = ['Content-Type', 'application/json'];

  const anyPathNoToken = fc.record({
    method: fc.constantFrom(...METHODS),
    path: fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`),
    headers: fuzzedHeaders,
    body: fc.option(fc.json(), { nil: undefined }),
  });
  const knownRoutesBadToken = fc.record({
    method: fc.constantFrom(...METHODS),
    path: fc.constantFrom(`/v1/workspaces/${WS}/ops`, `/v1/workspaces/${WS}/tokens`, `/v1/workspaces/${WS}/invites`, '/v1/workspaces'),
    headers: fc.tuple(fc.oneof(tokenChars, headerValue), fuzzedHeaders).map(([t, rest]) => [['Authorization', `Bearer ${t}`] as [string, string], ...rest]),
    body: fc.option(fc.json(), { nil: undefined }),
  });
  const fuzzedPushes = fc
    .record({
      body: fc.oneof(
        fc.json(),
        mutatedOp.map(json),
        fc.anything().map((ops) => json({ ops })),
        fc.string(),
        fc.constantFrom('{"ops":[', '{"__proto__":{"x":1},"ops":[]}', '{"ops":[]}', '', 'null', '[]'),
      ),
      headers: fuzzedHeaders,
    })
    .filter(({ body }) => !isValidPush(body))
    .map(({ body, headers }) => ({ method: 'POST', path: `/v1/workspaces/${WS}/ops`, headers: [auth(ownToken()), jsonType, ...headers], body }));
  const fuzzedPulls = fc
    .tuple(fc.oneof(headerValue, fc.integer({ min: -5, max: 20_000 }).map(String)), fc.oneof(headerValue, fc.integer().map(String)))
    .filter(([after, limit]) => !(/^\d{1,15}$/.test(after) && /^\d{1,15}$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 10_000))
    .map(([after, limit]) => ({
      method: 'GET',
      path: `/v1/workspaces/${WS}/ops?after=${encodeURIComponent(after)}&limit=${encodeURIComponent(limit)}`,
      headers: [auth(ownToken())],
    }));
  const otherWorkspace = fc.record({
    method: fc.constantFrom('GET', 'POST'),
    path: fc.constantFrom(`/v1/workspaces/${WS}/ops`, `/v1/workspaces/${WS}/tokens`, `/v1/workspaces/${WS}/invites`),
    headers: fc.constant(null).map(() => [auth(otherToken()), jsonType]),
    body: fc.constant(json({ ops: makeOps(WS, 'dev2', 2) })),
  });
  const wrongContentType = fc
    .tuple(fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'), fc.string())
    .map(([type, body]) => ({ method: 'POST', path: `/v1/workspaces/${WS}/ops`, headers: [auth(ownToken()), ['Content-Type', type] as [string, string]], body }));
  const badRedeems = fc
    .record({ code: fc.anything(), deviceId: fc.anything() })
    .map((body) => ({ method: 'POST', path: '/v1/invites/redeem', headers: [jsonType], body: json(body) }));
  const brokenHttp = fc.oneof(
    // A request line of junk (leading blank lines alone are legal HTTP and simply awaited).
    fc.string({ unit: 'binary', maxLength: 200 }).map((junk) => `X${junk}\r\n\r\n`),
    headerValue.map((junk) => `GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header Name: ${junk}\r\n\r\n`),
    fc.constant(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    fc.constant('POST /v1/invites/redeem HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n'),
  );

  return fc.oneof(
    { arbitrary: anyPathNoToken, weight: 3 },
    { arbitrary: knownRoutesBadToken, weight: 2 },
    { arbitrary: fuzzedPushes, weight: 4 },
    { arbitrary: fuzzedPulls, weight: 2 },
    { arbitrary: otherWorkspace, weight: 1 },
    { arbitrary: wrongContentType, weight: 1 },
    { arbitrary: badRedeems, weight: 1 },
    { arbitrary: brokenHttp, weight: 1 },
  ) as fc.Arbitrary<RawRequest | string>;
}

async function runWithConcurrency<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}
