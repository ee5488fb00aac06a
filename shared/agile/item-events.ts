import { hlcMs } from '../sync/hlc';
import type { Op } from '../sync/op';
import { toMs } from './working-days';

/** One change of one item field at a moment: the charts' view of the op log. */
export interface ItemEvent {
  itemId: string;
  /** Epoch ms, or an ISO 8601 time (a date-time without offset is local time). */
  at: number | string;
  field: string;
  value: unknown;
}

/** Item events from ops, oldest first; ops of other entities are ignored. */
export function itemEventsFromOps(ops: readonly Pick<Op, 'hlc' | 'entity' | 'rowId' | 'field' | 'value'>[]): ItemEvent[] {
  return ops
    .filter((op) => op.entity === 'items')
    // Clock order is last-writer-wins order, so replaying in it gives the rows the store holds.
    .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0))
    .map((op) => ({ itemId: op.rowId, at: hlcMs(op.hlc), field: op.field, value: op.value }));
}

interface Change {
  at: number;
  value: unknown;
}

/** Events indexed per item and field, each list sorted by time, for "what was X at time t". */
export class ItemHistory {
  private readonly byItem = new Map<string, Map<string, Change[]>>();

  constructor(events: readonly ItemEvent[]) {
    events.forEach((event, i) => {
      const at = toMs(event.at, `event ${i + 1} (item ${event.itemId}, field ${event.field})`);
      let fields = this.byItem.get(event.itemId);
      if (!fields) this.byItem.set(event.itemId, (fields = new Map()));
      let changes = fields.get(event.field);
      if (!changes) fields.set(event.field, (changes = []));
      changes.push({ at, value: event.value });
    });
    // Stable sort keeps the input order (clock order) among changes in the same millisecond.
    for (const fields of this.byItem.values()) for (const changes of fields.values()) changes.sort((a, b) => a.at - b.at);
  }

  /** Recorded changes of one field, oldest first. */
  changes(itemId: string, field: string): readonly Change[] {
    return this.byItem.get(itemId)?.get(field) ?? [];
  }

  /** Moments at which any of `fields` of the item changed, ascending and unique. */
  changeTimes(itemId: string, fields: readonly string[]): number[] {
    const times = new Set<number>();
    for (const field of fields) for (const change of this.changes(itemId, field)) times.add(change.at);
    return [...times].sort((a, b) => a - b);
  }

  /**
   * The field's value at `t`: the last change at or before t. A field with no recorded change
   * has always had its current value (rows imported without history); one whose first change is
   * after t did not exist yet (undefined).
   */
  valueAt(itemId: string, field: string, current: unknown, t: number): unknown {
    const changes = this.changes(itemId, field);
    if (changes.length === 0) return current;
    let lo = 0;
    let hi = changes.length - 1;
    if (changes[0].at > t) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (changes[mid].at <= t) lo = mid;
      else hi = mid - 1;
    }
    return changes[lo].value;
  }
}
