import type { Decision } from '@shared/reports';
import { SelectField, type SelectOption } from '../../kernel/fields/SelectField';

const kindOptions: SelectOption<Decision['kind']>[] = [
  ['decision', 'Decision'],
  ['ask', 'Ask'],
];

/** The report's small list of decisions and asks: what, who owns it, by when. */
export function DecisionsEditor({ decisions, members, onChange }: { decisions: Decision[]; members: string[]; onChange(next: Decision[]): void }) {
  const patch = (index: number, change: Partial<Decision>) => onChange(decisions.map((d, i) => (i === index ? { ...d, ...change } : d)));
  return (
    <fieldset className="rp-decisions">
      <legend>Decisions and asks</legend>
      {decisions.length === 0 && <p className="hint">Record what was decided and what you need from stakeholders, with an owner and a date.</p>}
      <datalist id="rp-owner-names">
        {members.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ul className="rp-decision-list" aria-label="Decisions and asks">
        {decisions.map((d, i) => (
          <li key={d.id} className="rp-decision">
            <SelectField aria-label={`Entry ${i + 1} kind`} value={d.kind} onChange={(kind) => patch(i, { kind })} options={kindOptions} />
            <input aria-label={`Entry ${i + 1} text`} className="rp-decision-text" value={d.text} placeholder="What was decided, or what you ask for" onChange={(e) => patch(i, { text: e.target.value })} />
            <input aria-label={`Entry ${i + 1} owner`} list="rp-owner-names" value={d.owner} placeholder="Owner" onChange={(e) => patch(i, { owner: e.target.value })} />
            <input aria-label={`Entry ${i + 1} date`} type="date" value={d.date} onChange={(e) => patch(i, { date: e.target.value })} />
            <button type="button" className="icon-button" aria-label={`Remove entry ${i + 1}`} onClick={() => onChange(decisions.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div>
        <button type="button" className="button" onClick={() => onChange([...decisions, { id: crypto.randomUUID(), kind: 'decision', text: '', owner: '', date: '' }])}>
          + Add decision or ask
        </button>
      </div>
    </fieldset>
  );
}
