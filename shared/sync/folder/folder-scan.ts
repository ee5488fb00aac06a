import type { SyncProblem } from '../engine/transport';
import type { SetAside } from './cursor';
import type { Damage } from './folder-files';
import { DAMAGE_NAMED } from './limits';

/** What the last sync found in the folder, for Settings → Sync. */
export interface FolderScan {
  /** Other devices' streams: segments present, and how far this laptop has read. */
  streams: { stream: string; segments: number; highest: number; read: number }[];
  /** Files that could not be used (their stream waits behind them). */
  damaged: Damage[];
  /** Files a sync tool is still writing or downloading: not damage; read again soon. */
  arriving: Damage[];
  /** Ops set aside as invalid, per stream (kept count, last file). */
  setAside: ({ stream: string } & SetAside)[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** File names carry a 64-digit checksum; 12 digits identify the file in a message and keep it readable. */
export const shortFileName = (file: string) => file.replace(/([0-9a-f]{12})[0-9a-f]{52}/g, '$1…');

/** The scan's findings as status problems, in words a user can act on. */
export function scanProblems(scan: FolderScan, where: string): SyncProblem[] {
  const problems: SyncProblem[] = [];
  if (scan.damaged.length) {
    const named = scan.damaged.slice(0, DAMAGE_NAMED).map((d) => `${shortFileName(d.file)}: ${d.reason}`);
    const more = scan.damaged.length - named.length;
    problems.push({
      code: 'damaged',
      message: `${plural(scan.damaged.length, 'file')} in ${where} cannot be used, so changes behind ${scan.damaged.length === 1 ? 'it' : 'them'} wait: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Nothing was changed; a good copy from its device fixes this.`,
    });
  }
  for (const aside of scan.setAside) {
    problems.push({
      code: 'damaged',
      message: `${plural(aside.count, 'change')} from ${aside.stream} ${aside.count === 1 ? 'was' : 'were'} set aside as invalid, not applied (last in ${shortFileName(aside.file)}, ${aside.reason}). Sync goes on with the rest.`,
    });
  }
  return problems;
}
