import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  headers: [string, string][];
  body?: string;
}

/**
 * Sends one request byte for byte over a socket (fetch and http.request would refuse or fix
 * up the malformed ones) and returns the status the server answered, or 0 if it answered none.
 */
export function rawRequest(port: number, request: RawRequest | string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      resolve(match ? Number(match[1]) : 0);
    };
    socket.setTimeout(10_000, finish);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (/\r\n\r\n/.test(received)) setTimeout(finish, 5);
    });
    socket.on('error', finish);
    socket.on('close', finish);
    if (typeof request === 'string') {
      socket.write(request, 'latin1');
      return;
    }
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    const lines = [`${request.method} ${request.path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
    for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
    if (body) lines.push(`Content-Length: ${body.length}`);
    socket.write(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
    if (body) socket.write(body, () => undefined);
  });
}
