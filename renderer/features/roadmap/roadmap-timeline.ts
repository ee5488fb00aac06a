import { addDays, addMonths, differenceInCalendarDays, format, startOfMonth, startOfQuarter } from 'date-fns';
import { dayOf, parseDay } from '@shared/agile';

export type RoadmapScale = 'month' | 'quarter';

export interface Tick {
  day: string;
  x: number;
  label: string;
  /** A period boundary (month or quarter start) rather than a minor month line. */
  major: boolean;
}

export interface Timeline {
  from: string;
  width: number;
  pxPerDay: number;
  ticks: Tick[];
  x(day: string): number;
  /** The day under a pixel offset (for dragging a target). */
  dayAt(x: number): string;
}

/** Pixels a day takes: a month is ~120 px wide on the month scale, a quarter ~110 px on the quarter scale. */
const PX_PER_DAY: Record<RoadmapScale, number> = { month: 4, quarter: 1.2 };

/**
 * The timeline the bars are drawn on: from the start of the period holding the earliest date
 * (today at the latest) to one period past the latest, so every band and target fits.
 */
export function timeline(today: string, dates: readonly string[], scale: RoadmapScale, minWidth = 0): Timeline {
  const all = [today, ...dates];
  const first = all.reduce((a, b) => (b < a ? b : a));
  const last = all.reduce((a, b) => (b > a ? b : a));
  const periodStart = scale === 'month' ? startOfMonth : startOfQuarter;
  const step = scale === 'month' ? 1 : 3;
  const start = periodStart(parseDay(first));
  const pxPerDay = PX_PER_DAY[scale];
  let end = addMonths(periodStart(parseDay(last)), step * 2);
  // A short plan still fills the view: add whole periods up to the width on offer.
  while (differenceInCalendarDays(end, start) * pxPerDay < minWidth) end = addMonths(end, step);
  const days = differenceInCalendarDays(end, start);
  const from = dayOf(start);
  const x = (day: string) => differenceInCalendarDays(parseDay(day), start) * pxPerDay;
  const ticks: Tick[] = [];
  for (let m = start; m < end; m = addMonths(m, 1)) {
    const major = scale === 'month' || m.getMonth() % 3 === 0;
    const label = scale === 'month' ? format(m, m.getMonth() === 0 || ticks.length === 0 ? 'MMM yyyy' : 'MMM') : major ? `Q${Math.floor(m.getMonth() / 3) + 1} ${m.getFullYear()}` : '';
    ticks.push({ day: dayOf(m), x: x(dayOf(m)), label, major });
  }
  return { from, width: days * pxPerDay, pxPerDay, ticks, x, dayAt: (px) => dayOf(addDays(start, Math.round(px / pxPerDay))) };
}
