import { useState } from 'react';
import type { Model, RetrainingPolicy } from '@shared/domain';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { savePolicy, type PolicyInput } from './retraining-commands';
import { sweepMonitoring } from './monitoring-commands';
import { toast } from '../../kernel/feedback/toast';
import { SelectField } from '../../kernel/fields/SelectField';

/** A model's retraining policy: schedule, which findings retrain, and the cooldown. */
interface PolicyDialogProps {
  workspaceId: string;
  model: Model;
  policy?: RetrainingPolicy;
}

export function PolicyDialog({ workspaceId, model, policy, onClose: close }: PolicyDialogProps & DialogProps) {
  const schedule = policy?.schedule ?? { kind: 'none' as const };
  const [kind, setKind] = useState<PolicyInput['schedule']['kind']>(schedule.kind);
  const [every, setEvery] = useState(String(schedule.kind === 'weeks' ? schedule.every : 4));
  const [day, setDay] = useState(String(schedule.kind === 'monthly' ? schedule.day : 1));
  const [onDrift, setOnDrift] = useState(policy?.onDrift ?? true);
  const [onPerformance, setOnPerformance] = useState(policy?.onPerformance ?? true);
  const [cooldown, setCooldown] = useState(String(policy?.cooldownDays ?? 7));

  const whole = (label: string, text: string, min: number, max = Number.POSITIVE_INFINITY) => {
    const x = Number(text.trim());
    if (!text.trim() || !Number.isInteger(x) || x < min || x > max) throw new Error(`${label} must be a whole number${max < Infinity ? ` from ${min} to ${max}` : ` of at least ${min}`}, not "${text}"`);
    return x;
  };
  const submit = async () => {
    const input: PolicyInput = {
      schedule: kind === 'weeks' ? { kind, every: whole('Every (weeks)', every, 1) } : kind === 'monthly' ? { kind, day: whole('Day of the month', day, 1, 28) } : { kind: 'none' },
      onDrift,
      onPerformance,
      cooldownDays: whole('Cooldown', cooldown, 0),
    };
    await savePolicy(workspaceId, model, input);
    close();
    // Alerts already open are asked again under the new policy, so the work they call for exists now.
    const { retrainingItems } = await sweepMonitoring(workspaceId);
    const created = retrainingItems.length ? `; open alerts created ${retrainingItems.join(', ')}` : '';
    toast(`Saved the retraining policy of ${model.name}${created}`, 'success');
  };
  return (
    <FormDialog title={`Retraining policy: ${model.name}`} open onClose={close} onSubmit={submit} submitLabel="Save policy">
      <div className="field-row">
        <label className="field grow">
          <span>Schedule</span>
          <SelectField data-autofocus value={kind} onChange={setKind} options={[['none', 'No schedule'], ['weeks', 'Every N weeks'], ['monthly', 'Monthly on a day']]} />
        </label>
        {kind === 'weeks' && (
          <label className="field">
            <span>Every (weeks)</span>
            <input inputMode="numeric" value={every} onChange={(e) => setEvery(e.target.value)} />
          </label>
        )}
        {kind === 'monthly' && (
          <label className="field">
            <span>Day of the month</span>
            <input inputMode="numeric" value={day} onChange={(e) => setDay(e.target.value)} />
          </label>
        )}
      </div>
      <fieldset>
        <legend>Also retrain</legend>
        <label className="inline-check">
          <input type="checkbox" checked={onDrift} onChange={(e) => setOnDrift(e.target.checked)} /> when a drift report finds dataset drift
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={onPerformance} onChange={(e) => setOnPerformance(e.target.checked)} /> when a monitor triggers or a fairness gap exceeds its limit
        </label>
      </fieldset>
      <label className="field">
        <span>Cooldown (days between retraining items)</span>
        <input inputMode="numeric" value={cooldown} onChange={(e) => setCooldown(e.target.value)} />
      </label>
      <p className="hint">At most one retraining item is open per model; it appears in the backlog for the next sprint planning.</p>
    </FormDialog>
  );
}

export const policyDialog = defineDialog<PolicyDialogProps>('monitoring.policy', PolicyDialog);
