import { format, parseISO } from 'date-fns';
import type { Unit } from '@shared/agile';
import { formatNumber } from './axes';

/** "5 Mar": short, unambiguous in print. */
export const shortDate = (day: string): string => format(parseISO(day), 'd MMM');

export const unitLabel = (unit: Unit, value: number): string =>
  `${formatNumber(value)} ${unit === 'points' ? (value === 1 ? 'point' : 'points') : value === 1 ? 'item' : 'items'}`;
