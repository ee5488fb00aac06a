import type { Experiment } from '../domain/experiments';

export type Verdict = 'validated' | 'refuted' | 'inconclusive';

export interface VerdictProposal {
  verdict: Verdict;
  /** One sentence a person can check, e.g. "accuracy 0.975 reached the target 0.95". */
  reason: string;
}

type Goal = Pick<Experiment, 'metric' | 'direction' | 'baseline' | 'target'>;

const show = (value: number) => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6))));

/**
 * What the winning run says about the hypothesis. With a target: reaching it validates, falling
 * short refutes (the hypothesis named the target). Without a target, beating the baseline
 * validates and not beating it refutes. With neither, or no result, the evidence is inconclusive.
 * A proposal only: the team confirms it.
 */
export function proposeVerdict(goal: Goal, result: number | null | undefined): VerdictProposal {
  const metric = goal.metric || 'the metric';
  if (result === null || result === undefined || !Number.isFinite(result)) {
    return { verdict: 'inconclusive', reason: `the winning run has no value for ${metric}` };
  }
  const better = (a: number, b: number) => (goal.direction === 'minimize' ? a <= b : a >= b);
  const word = goal.direction === 'minimize' ? 'at or below' : 'at or above';
  if (goal.target !== null && Number.isFinite(goal.target)) {
    return better(result, goal.target)
      ? { verdict: 'validated', reason: `${metric} ${show(result)} is ${word} the target ${show(goal.target)}` }
      : { verdict: 'refuted', reason: `${metric} ${show(result)} falls short of the target ${show(goal.target)}` };
  }
  if (goal.baseline !== null && Number.isFinite(goal.baseline)) {
    if (result !== goal.baseline && better(result, goal.baseline)) {
      return { verdict: 'validated', reason: `${metric} ${show(result)} beats the baseline ${show(goal.baseline)} (no target set)` };
    }
    return { verdict: 'refuted', reason: `${metric} ${show(result)} does not beat the baseline ${show(goal.baseline)} (no target set)` };
  }
  return { verdict: 'inconclusive', reason: `no baseline or target to judge ${metric} ${show(result)} against` };
}
