import { wireOpSchema } from '../protocol';
import type { Op } from '../op';

/** The ops of one segment or snapshot that may be applied, and the lines set aside. */
export interface CheckedOps {
  ops: Op[];
  setAside: { line: number; reason: string }[];
}

/**
 * Is this line of a folder file an op this device may apply? The one seam where ops read from
 * the folder are validated (the shared op validator plugs in here).
 */
function checkOp(json: unknown, workspaceId: string): { op: Op } | { reason: string } {
  const parsed = wireOpSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: `not an op (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})` };
  }
  if (parsed.data.workspaceId !== workspaceId) return { reason: 'an op of another workspace' };
  return { op: parsed.data as Op };
}

/**
 * Checks every line of a file whose checksum already matched (so the writer meant exactly this
 * text): valid ops go on, each invalid line is set aside with its line number and reason, so one
 * bad op never blocks the stream behind it.
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
    const checked = checkOp(json, workspaceId);
    if ('op' in checked) result.ops.push(checked.op);
    else result.setAside.push({ line: i + firstLine, reason: checked.reason });
  }
  return result;
}
