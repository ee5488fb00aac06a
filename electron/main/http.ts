import { ipcLimits, type IpcParsedRequest, type IpcResponse } from '@shared/ipc';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

async function readCapped(response: Response, label: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > ipcLimits.maxHttpResponseBytes) throw new Error(`${label}: response is too large (${declared} bytes)`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > ipcLimits.maxHttpResponseBytes) {
      await reader.cancel();
      throw new Error(`${label}: response is larger than ${ipcLimits.maxHttpResponseBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Makes an HTTP request for the renderer (MLflow's REST API has no CORS headers). The URL was
 * already checked to be http(s); a timeout and a response cap keep a bad server from hanging
 * or flooding the app. Non-2xx statuses are returned, not thrown: the importer explains them.
 */
export async function performHttpRequest(
  fetchImpl: Fetch,
  request: IpcParsedRequest<'httpRequest'>,
): Promise<IpcResponse<'httpRequest'>> {
  const label = `${request.method} ${request.url}`;
  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
      redirect: 'follow',
      signal: AbortSignal.timeout(ipcLimits.httpTimeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${ipcLimits.httpTimeoutMs / 1000} s` : (cause ?? (error as Error).message);
    throw new Error(`${label} failed: ${reason}`, { cause: error });
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const body = request.method === 'HEAD' ? '' : await readCapped(response, label);
  return { status: response.status, headers, body };
}
