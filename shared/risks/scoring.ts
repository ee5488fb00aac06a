import type { Risk } from '../domain/risks';

/**
 * Colour bands of the common 5x5 matrix used in project-office RAID registers: a score is
 * likelihood x impact, so only 1-6, 8-10, 12, 15, 16, 20 and 25 occur.
 *   low 1-4 (green), medium 5-9 (amber), high 10-16 (orange), critical 20-25 (red).
 * 5 x 2 = 10 is high while 3 x 3 = 9 is medium: a near-certain moderate harm outranks a
 * possible moderate one. No product falls in 17-19, so critical starts at 17 only to leave no
 * gap in the table; boundaries are inclusive and written once here.
 */
export const riskBands = [
  { band: 'low', min: 1, max: 4, label: 'Low', colour: '#2e7d32' },
  { band: 'medium', min: 5, max: 9, label: 'Medium', colour: '#f9a825' },
  { band: 'high', min: 10, max: 16, label: 'High', colour: '#ef6c00' },
  { band: 'critical', min: 17, max: 25, label: 'Critical', colour: '#c62828' },
] as const;
export type RiskBand = (typeof riskBands)[number]['band'];

const isLevel = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= 5;

/** likelihood x impact (each 1-5). */
export function riskScore(likelihood: number, impact: number): number {
  if (!isLevel(likelihood) || !isLevel(impact)) throw new RangeError(`likelihood and impact must be whole numbers from 1 to 5 (got ${likelihood} and ${impact})`);
  return likelihood * impact;
}

export function scoreBand(score: number): RiskBand {
  const found = riskBands.find((band) => score >= band.min && score <= band.max);
  if (!found) throw new RangeError(`a risk score runs from 1 to 25 (got ${score})`);
  return found.band;
}

export const bandOf = (band: RiskBand) => riskBands.find((candidate) => candidate.band === band) ?? riskBands[0];

/** Inherent score: before the response takes effect. */
export const inherentScore = (risk: Pick<Risk, 'likelihood' | 'impact'>): number => riskScore(risk.likelihood, risk.impact);

/** Score after the response; null until both residual levels are set. */
export function residualScore(risk: Pick<Risk, 'residualLikelihood' | 'residualImpact'>): number | null {
  return risk.residualLikelihood !== null && risk.residualImpact !== null ? riskScore(risk.residualLikelihood, risk.residualImpact) : null;
}

/** The score that matters now: residual when assessed, otherwise inherent. */
export const currentScore = (risk: Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>): number =>
  residualScore(risk) ?? inherentScore(risk);
