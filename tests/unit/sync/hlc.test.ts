import { describe, expect, it } from 'vitest';
import { HybridClock, formatHlc, parseHlc } from '@shared/sync/hlc';

describe('hybrid logical clock', () => {
  it('sorts as text in time order, then counter, then device', () => {
    const a = formatHlc({ ms: 9, counter: 0, deviceId: 'dev1' });
    const b = formatHlc({ ms: 10, counter: 0, deviceId: 'dev1' });
    const c = formatHlc({ ms: 10, counter: 1, deviceId: 'dev0' });
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(parseHlc(c)).toEqual({ ms: 10, counter: 1, deviceId: 'dev0' });
  });

  it('stays monotonic when the wall clock jumps back', () => {
    let wall = 1_000_000;
    const clock = new HybridClock('devaaa', () => wall);
    const first = clock.tick();
    wall -= 60_000;
    const second = clock.tick();
    const third = clock.tick();
    expect(second > first).toBe(true);
    expect(third > second).toBe(true);
    expect(parseHlc(third).ms).toBe(1_000_000);
  });

  it('sorts after a remote clock it has seen, even one ahead of the wall clock', () => {
    const clock = new HybridClock('devbbb', () => 5_000);
    const remote = formatHlc({ ms: 9_000, counter: 7, deviceId: 'devccc' });
    clock.receive(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(parseHlc(next)).toMatchObject({ ms: 9_000, counter: 8 });
  });

  it('rejects a malformed clock value', () => {
    expect(() => parseHlc('12:3:x')).toThrow(/not a clock value/);
  });
});
