import { format, parseISO } from 'date-fns';
import type { Unit } from '@shared/agile';
import { formatNumber } from './axes';

/** "5 Mar": short, unambiguous in print. */
export const shortDate = (day: string): string => format(parseISO(day), 'd MMM');

export const unitLabel = (unit: Unit, value: number): string =>
  `${formatNumber(value)} ${unit === 'points' ? (value === 1 ? 'point' : 'points') : value === 1 ? 'item' : 'items'}`;

/** At most `max` evenly spaced entries (first and last kept), so labels never overlap. */
export function thin<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  const step = Math.ceil((values.length - 1) / Math.max(1, max - 1));
  const kept = values.filter((_, i) => i % step === 0);
  if (kept.at(-1) !== values.at(-1)) kept.push(values.at(-1) as T);
  return kept;
}
