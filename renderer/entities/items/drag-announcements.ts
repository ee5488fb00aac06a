import type { Announcements } from '@dnd-kit/core';

/**
 * What a screen reader hears while an item is dragged, in names people know ("FD-3 Train the
 * baseline", "the Done column") instead of dnd-kit's default internal ids.
 * `name` turns a draggable or drop target id (with its data) into words.
 */
export function dragAnnouncements(name: (id: string | number, data: Record<string, unknown> | undefined) => string): Announcements {
  const of = (x: { id: string | number; data: { current?: Record<string, unknown> } }) => name(x.id, x.data.current);
  return {
    onDragStart: ({ active }) => `Picked up ${of(active)}.`,
    onDragOver: ({ active, over }) => (over ? `${of(active)} is over ${of(over)}.` : `${of(active)} is no longer over a drop target.`),
    onDragEnd: ({ active, over }) => (over ? `${of(active)} was dropped on ${of(over)}.` : `${of(active)} was dropped.`),
    onDragCancel: ({ active }) => `Moving ${of(active)} was cancelled.`,
  };
}
