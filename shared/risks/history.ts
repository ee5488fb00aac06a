import { riskScore, scoreBand, type RiskBand } from './scoring';

/** One assessment change: either level may be missing when only the other changed. */
export interface RiskAssessmentEvent {
  at: string;
  likelihood?: number;
  impact?: number;
}

export interface ScorePoint {
  at: string;
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
}

/**
 * A risk's score over time. Events are sorted by time; a level missing from an event carries
 * over from the one before; events before both levels are known, or that change nothing, add
 * no point, and events at the same instant collapse into one point.
 */
export function scoreSeries(events: readonly RiskAssessmentEvent[]): ScorePoint[] {
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const series: ScorePoint[] = [];
  let likelihood: number | undefined;
  let impact: number | undefined;
  for (const event of ordered) {
    likelihood = event.likelihood ?? likelihood;
    impact = event.impact ?? impact;
    if (likelihood === undefined || impact === undefined) continue;
    const score = riskScore(likelihood, impact);
    const point = { at: event.at, likelihood, impact, score, band: scoreBand(score) };
    const last = series.at(-1);
    if (last && last.at === event.at) series[series.length - 1] = point;
    else if (!last || last.likelihood !== likelihood || last.impact !== impact) series.push(point);
  }
  return series;
}

/** Assessment events from field changes (e.g. the op log), keeping likelihood and impact only. */
export function assessmentEvents(changes: readonly { at: string; field: string; value: unknown }[]): RiskAssessmentEvent[] {
  return changes.flatMap((change) =>
    (change.field === 'likelihood' || change.field === 'impact') && typeof change.value === 'number'
      ? [{ at: change.at, [change.field]: change.value }]
      : [],
  );
}
