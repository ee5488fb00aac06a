import { addDays, endOfDay, format, getISODay, isValid, parseISO } from 'date-fns';

/** The part of a workspace that decides which days count: Workspace satisfies it. */
export interface WorkingCalendar {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** Non-working dates as YYYY-MM-DD. */
  holidays: readonly string[];
}

export const defaultCalendar: WorkingCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: [] };

/** Ten years: any search for a working day that runs longer means the calendar has none. */
const SEARCH_LIMIT_DAYS = 3660;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day as a local Date at midnight; throws naming the value when it is not a date. */
export function parseDay(day: string, what = 'date'): Date {
  const date = DAY_PATTERN.test(day) ? parseISO(day) : new Date(Number.NaN);
  if (!isValid(date)) throw new Error(`${what}: expected a date as YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return date;
}

/** The local calendar day of a moment, as YYYY-MM-DD. */
export const dayOf = (at: number | Date): string => format(at, 'yyyy-MM-dd');
export const dayStartMs = (day: string): number => parseDay(day).getTime();
export const dayEndMs = (day: string): number => endOfDay(parseDay(day)).getTime();
export const addDaysTo = (day: string, days: number): string => dayOf(addDays(parseDay(day), days));

/** A moment given as epoch ms or an ISO string (a date-time without offset is local time). */
export function toMs(at: number | string, what = 'time'): number {
  if (typeof at === 'number') {
    if (!Number.isFinite(at)) throw new Error(`${what}: not a finite time: ${at}`);
    return at;
  }
  const date = parseISO(at);
  if (!isValid(date)) throw new Error(`${what}: expected an ISO 8601 time, got ${JSON.stringify(at)}`);
  return date.getTime();
}

export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  return calendar.workingDays.includes(getISODay(parseDay(day))) && !calendar.holidays.includes(day);
}

/** Working days from `start` to `end`, both included; empty when end is before start. */
export function listWorkingDays(start: string, end: string, calendar: WorkingCalendar): string[] {
  const last = parseDay(end, 'end date').getTime();
  const holidays = new Set(calendar.holidays);
  const days: string[] = [];
  for (let date = parseDay(start, 'start date'); date.getTime() <= last; date = addDays(date, 1)) {
    const day = dayOf(date);
    if (calendar.workingDays.includes(getISODay(date)) && !holidays.has(day)) days.push(day);
  }
  return days;
}

export const countWorkingDays = (start: string, end: string, calendar: WorkingCalendar): number =>
  listWorkingDays(start, end, calendar).length;

function searchWorkingDay(from: string, step: 1 | -1, calendar: WorkingCalendar): string {
  let day = from;
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
    if (isWorkingDay(day, calendar)) return day;
    day = addDaysTo(day, step);
  }
  throw new Error('the working week has no working days: choose at least one working weekday');
}

/** The first working day strictly after `day`. */
export const nextWorkingDay = (day: string, calendar: WorkingCalendar): string =>
  searchWorkingDay(addDaysTo(day, 1), 1, calendar);

/** `day` itself when it is a working day, else the next one. */
export const workingDayOnOrAfter = (day: string, calendar: WorkingCalendar): string =>
  searchWorkingDay(day, 1, calendar);

/**
 * Dates of the sprint after one ending on `previousEnd`: it starts on the next working day and
 * lasts `lengthDays` calendar days, its end pulled back to a working day so no sprint ends on a weekend.
 */
export function nextSprintDates(
  previousEnd: string,
  lengthDays: number,
  calendar: WorkingCalendar,
): { startDate: string; endDate: string } {
  if (!Number.isInteger(lengthDays) || lengthDays < 1) {
    throw new Error(`sprint length: expected a whole number of days of at least 1, got ${lengthDays}`);
  }
  const startDate = nextWorkingDay(previousEnd, calendar);
  const rawEnd = addDaysTo(startDate, lengthDays - 1);
  const endDate = searchWorkingDay(rawEnd, -1, calendar);
  return { startDate, endDate: endDate < startDate ? startDate : endDate };
}

/** "Sprint 7" -> "Sprint 8"; a name without a trailing number gets " 2". */
export function nextSprintName(previousName: string): string {
  const match = /^(.*?)(\d+)(\D*)$/.exec(previousName);
  if (!match) return `${previousName} 2`;
  return `${match[1]}${Number(match[2]) + 1}${match[3]}`;
}
