import type { Op } from '../op';
import { validateOp } from '../op-validation';

/** The ops of one segment or snapshot to hand to the store, and the lines found invalid (with where and why). */
export interface CheckedOps {
  ops: Op[];
  setAside: { line: number; reason: string }[];
}

/**
 * Checks every line of a file whose checksum already matched (so the writer meant exactly this
 * text) with the shared op validator, noting each invalid line with its number and reason so the
 * file can be named. Invalid ops still go on to the store, whose apply runs the same validator
 * and keeps them in the set-aside store (shown, exportable): one bad op never blocks the stream
 * and none is dropped. A line that is not even a JSON object cannot be stored and is only noted.
 */
export function checkSegmentOps(text: string, workspaceId: string, firstLine = 1): CheckedOps {
  const result: CheckedOps = { ops: [], setAside: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      result.setAside.push({ line: i + firstLine, reason: 'not valid JSON' });
      continue;
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      result.setAside.push({ line: i + firstLine, reason: 'not an op object' });
      continue;
    }
    const verdict = validateOp(json, { workspaceId });
    if (verdict.kind === 'set_aside') result.setAside.push({ line: i + firstLine, reason: verdict.reason });
    result.ops.push(verdict.kind === 'set_aside' ? (json as Op) : verdict.op);
  }
  return result;
}
