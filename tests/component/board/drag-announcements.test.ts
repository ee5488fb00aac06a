import { describe, expect, it } from 'vitest';
import { dragAnnouncements } from '../../../renderer/entities/items/drag-announcements';

const names: Record<string, string> = { 'item-7f3a': 'FD-3 Train the baseline', 'cell:none:done': 'the Done column' };
const announce = dragAnnouncements((id) => names[String(id)] ?? String(id));
const at = (id: string) => ({ id, data: { current: {} } }) as never;

describe('drag announcements', () => {
  it('read the item and the column by name, never internal ids', () => {
    expect(announce.onDragStart({ active: at('item-7f3a') })).toBe('Picked up FD-3 Train the baseline.');
    expect(announce.onDragOver({ active: at('item-7f3a'), over: at('cell:none:done') })).toBe('FD-3 Train the baseline is over the Done column.');
    expect(announce.onDragEnd({ active: at('item-7f3a'), over: at('cell:none:done') })).toBe('FD-3 Train the baseline was dropped on the Done column.');
    expect(announce.onDragCancel({ active: at('item-7f3a'), over: null })).toBe('Moving FD-3 Train the baseline was cancelled.');
  });
});
