import { differenceInCalendarDays, format } from 'date-fns';
import type { EpicForecast } from './epic-forecast';
import { parseDay } from './working-days';

export interface TargetVerdict {
  /** P85 lands after the target date. */
  atRisk: boolean;
  /** The reason in words, e.g. "P85 lands 12 Mar, 9 days after the target 3 Mar". */
  reason: string;
  /** Calendar days P85 lands after the target (negative: before it). */
  daysLate: number;
}

/** "12 Mar", with the year when the two dates compared fall in different years. */
export function shortDate(day: string, other?: string): string {
  const sameYear = other === undefined || day.slice(0, 4) === other.slice(0, 4);
  return format(parseDay(day), sameYear ? 'd MMM' : 'd MMM yyyy');
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * The at-risk rule: an epic is at risk when its 85 % date (P85) lands after its target date.
 * Without a target or a forecast there is no verdict (null), never a guess.
 */
export function targetVerdict(target: string | null, forecast: EpicForecast | null): TargetVerdict | null {
  if (!target || !forecast?.ok) return null;
  const p85 = forecast.p85.date;
  const late = differenceInCalendarDays(parseDay(p85), parseDay(target));
  const lands = `P85 lands ${shortDate(p85, target)}`;
  const targetText = `the target ${shortDate(target, p85)}`;
  if (late > 0) return { atRisk: true, reason: `${lands}, ${days(late)} after ${targetText}`, daysLate: late };
  if (late === 0) return { atRisk: false, reason: `${lands}, on ${targetText}`, daysLate: 0 };
  return { atRisk: false, reason: `${lands}, ${days(-late)} before ${targetText}`, daysLate: late };
}
