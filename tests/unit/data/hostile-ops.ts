import { formatHlc } from '@shared/sync/hlc';
import type { Op } from '@shared/sync/op';

const DAY = 86_400_000;

/**
 * Ops a hostile workspace member could inject, each one distinct (its own id or junk text) and
 * each one illegal: reserved and prototype fields, forged ids and clocks, a victim's device id
 * dated far ahead, values too deep, too big or of the wrong type, rows moved between workspaces,
 * and plain junk. Typed as ops because that is what a transport claims to hand over.
 */
export function hostileOps(count: number, workspaceId: string, now: number, int: (max: number) => number, victims: string[]): Op[] {
  const out: unknown[] = [];
  for (let n = 0; n < count; n++) {
    const me = 'hostile1';
    const hlc = formatHlc({ ms: now - int(DAY), counter: n, deviceId: me });
    const base = { id: hlc, hlc, deviceId: me, workspaceId, entity: 'items', rowId: `hot${int(3)}`, field: 'title', value: `evil-${n}`, schemaVersion: 1 };
    const victim = victims[int(victims.length)];
    const forged = formatHlc({ ms: now + 365 * DAY + int(DAY), counter: n, deviceId: victim });
    const attacks: unknown[] = [
      { ...base, field: ['_clk', 'id', '__proto__', 'constructor', 'toString', '_live', 'valueOf'][int(7)] },
      { ...base, entity: ['__proto__', 'constructor', 'items.x'][int(3)] },
      { ...base, id: formatHlc({ ms: now, counter: n, deviceId: me }).replace(/^\d/, '9') },
      { ...base, hlc: formatHlc({ ms: now, counter: n, deviceId: victim }), id: formatHlc({ ms: now, counter: n, deviceId: victim }) },
      { ...base, id: forged, hlc: forged, deviceId: victim },
      { ...base, value: deep(65 + int(5_000)) },
      { ...base, value: 'x'.repeat(300_000) },
      { ...base, field: 'estimate', value: 'five' },
      { ...base, field: 'workspaceId', value: 'elsewhere' },
      { ...base, workspaceId: 'elsewhere' },
      [{ nothing: n }, n, `junk-${n}`, [n]][int(4)],
    ];
    out.push(attacks[int(attacks.length)]);
  }
  return out as Op[];
}

function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
