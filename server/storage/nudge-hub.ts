import type { NudgeListener } from './storage';

/** In-process fan-out of "workspace has ops through seq"; a listener that throws never stops the others. */
export class NudgeHub {
  private readonly listeners = new Set<NudgeListener>();

  on(listener: NudgeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(workspaceId: string, seq: number): void {
    for (const listener of this.listeners) {
      try {
        listener(workspaceId, seq);
      } catch {
        // A broken socket is the live route's concern; the push already succeeded.
      }
    }
  }
}
