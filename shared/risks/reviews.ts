import type { Risk } from '../domain/risks';

/**
 * A review is overdue when its date is before today and the risk is not closed. `today` is a
 * local calendar date (YYYY-MM-DD) chosen by the caller, so time zones never shift the answer.
 */
export function isReviewOverdue(risk: Pick<Risk, 'reviewDate' | 'status' | 'deleted'>, today: string): boolean {
  return !risk.deleted && risk.status !== 'closed' && risk.reviewDate !== null && risk.reviewDate < today;
}

export function overdueReviews<R extends Risk>(risks: readonly R[], today: string): R[] {
  return risks.filter((risk) => isReviewOverdue(risk, today)).sort(byReviewDate);
}

/** Reviews falling due from today up to `withinDays` ahead (inclusive), soonest first. */
export function reviewsDue<R extends Risk>(risks: readonly R[], today: string, withinDays = 14): R[] {
  const until = addDays(today, withinDays);
  return risks
    .filter((risk) => !risk.deleted && risk.status !== 'closed' && risk.reviewDate !== null && risk.reviewDate >= today && risk.reviewDate <= until)
    .sort(byReviewDate);
}

const byReviewDate = (a: Risk, b: Risk) => ((a.reviewDate ?? '') < (b.reviewDate ?? '') ? -1 : (a.reviewDate ?? '') > (b.reviewDate ?? '') ? 1 : a.id < b.id ? -1 : 1);

/** Calendar arithmetic on YYYY-MM-DD in UTC, where days are always 24 hours long. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
