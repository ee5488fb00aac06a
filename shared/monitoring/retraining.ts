import { addMonths, addWeeks, setDate, startOfDay } from 'date-fns';
import type { RetrainingPolicy } from '../domain/monitoring';

export type RetrainingTrigger = 'schedule' | 'drift' | 'performance' | 'fairness' | 'new data';

export interface RetrainingDecision {
  create: boolean;
  reason: string;
}

const DAY = 86_400_000;

/** When the schedule next asks for retraining, counted from the last retraining (or the policy's creation). */
export function nextScheduledRetraining(policy: Pick<RetrainingPolicy, 'schedule' | 'lastTriggeredAt' | 'createdAt'>): Date | null {
  const from = startOfDay(new Date(policy.lastTriggeredAt ?? policy.createdAt));
  switch (policy.schedule.kind) {
    case 'none':
      return null;
    case 'weeks':
      return addWeeks(from, policy.schedule.every);
    case 'monthly': {
      const thisMonth = setDate(from, policy.schedule.day);
      return thisMonth > from ? thisMonth : setDate(addMonths(from, 1), policy.schedule.day);
    }
  }
}

/**
 * Whether a trigger creates a "Retrain …" item: the policy must cover the trigger, at most one
 * retraining item may be open per model, and the cooldown since the last one must have passed
 * (a manual "new data" trigger ignores the cooldown, not the open item).
 */
export function decideRetraining(
  policy: Pick<RetrainingPolicy, 'schedule' | 'onDrift' | 'onPerformance' | 'cooldownDays' | 'lastTriggeredAt' | 'createdAt'>,
  trigger: RetrainingTrigger,
  context: { now: Date; openRetrainingItem: boolean },
): RetrainingDecision {
  if (trigger === 'drift' && !policy.onDrift) return { create: false, reason: 'The policy does not retrain on drift.' };
  if ((trigger === 'performance' || trigger === 'fairness') && !policy.onPerformance) return { create: false, reason: 'The policy does not retrain on performance.' };
  if (trigger === 'schedule') {
    const next = nextScheduledRetraining(policy);
    if (!next || next > context.now) return { create: false, reason: next ? `Next scheduled retraining is ${next.toISOString().slice(0, 10)}.` : 'No schedule.' };
  }
  if (context.openRetrainingItem) return { create: false, reason: 'A retraining item for this model is already open.' };
  if (trigger !== 'new data' && policy.lastTriggeredAt) {
    const until = Date.parse(policy.lastTriggeredAt) + policy.cooldownDays * DAY;
    if (context.now.getTime() < until) return { create: false, reason: `In cooldown until ${new Date(until).toISOString().slice(0, 10)}.` };
  }
  return { create: true, reason: `Retraining triggered by ${trigger}.` };
}
