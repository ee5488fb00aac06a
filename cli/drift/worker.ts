// The drift worker (its own bundle, dist/cli/drift-worker.mjs): prepares the reference file while
// the main thread prepares the current one. Started by the bin before the CLI loads, it waits for
// its request as a message.
import { parentPort } from 'node:worker_threads';
import { CliError } from '../cli-error';
import { prepareFile, type PrepareReply, type PrepareRequest } from './prepare';

parentPort?.once('message', (request: PrepareRequest) => {
  prepareFile(request.path, request.columns).then(
    (prepared) => {
      // The sorted numeric columns move to the main thread instead of being copied.
      const buffers = [...prepared.samples.values()].flatMap((s) => (s.type === 'num' ? [s.sorted.buffer as ArrayBuffer] : []));
      parentPort!.postMessage({ ok: true, prepared } satisfies PrepareReply, buffers);
    },
    (error: Error) => parentPort!.postMessage({ ok: false, message: error.message, input: error instanceof CliError } satisfies PrepareReply),
  );
});
