import { DEFAULT_THRESHOLDS, defaultMethod, driftMethods, type DriftMethod } from '@shared/monitoring';
import { toast } from '../../../kernel/feedback/toast';
import { formatCount } from '../monitoring-format';
import { compute } from './drift-engine';
import { useDriftStore } from './drift-slice';
import { methodLabels } from './DriftReportTable';
import { SelectField, type SelectOption } from '../../../kernel/fields/SelectField';

const TYPE_OPTIONS: SelectOption<'num' | 'cat'>[] = [['num', 'numeric'], ['cat', 'categorical']];

/** Per-column type, method and threshold, and the share of drifting columns that makes the dataset drift. */
export function DriftColumnSettings() {
  const s = useDriftStore();
  if (!s.loaded) return null;
  const busy = s.phase === 'loading' || s.phase === 'running';
  const choose = (column: string, patch: { type?: 'num' | 'cat'; method?: DriftMethod | undefined; threshold?: number | undefined }) =>
    s.set({ choices: { ...s.choices, [column]: { ...s.choices[column], ...patch } } });
  return (
    <details className="panel">
      <summary>Column types, methods and thresholds</summary>
      <table className="data-table drift-table">
        <caption className="sr-only">Column settings</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Method</th>
            <th scope="col">Threshold</th>
            <th scope="col" className="num">
              Values (ref / cur)
            </th>
          </tr>
        </thead>
        <tbody>
          {s.loaded.columns.map((c) => {
            const choice = s.choices[c.name] ?? {};
            const type = choice.type ?? c.type;
            const auto = defaultMethod(type, c.nReference, c.distinct);
            return (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td>
                  <SelectField aria-label={`Type of ${c.name}`} value={type} onChange={(chosen) => choose(c.name, { type: chosen })} options={TYPE_OPTIONS} />
                </td>
                <td>
                  <SelectField
                    aria-label={`Method for ${c.name}`}
                    value={choice.method ?? null}
                    onChange={(method) => choose(c.name, { method: method ?? undefined })}
                    options={[[null, `Default (${methodLabels[auto]})`], ...driftMethods.map((m) => [m, methodLabels[m]] as const)]}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Threshold for ${c.name}`}
                    inputMode="decimal"
                    placeholder={String(DEFAULT_THRESHOLDS[choice.method ?? auto])}
                    defaultValue={choice.threshold ?? ''}
                    onBlur={(e) => {
                      const t = e.target.value.trim();
                      const x = Number(t);
                      if (t && (!Number.isFinite(x) || x < 0)) {
                        toast(`Threshold for ${c.name} must be a non-negative number, not "${t}"`, 'error');
                        return;
                      }
                      choose(c.name, { threshold: t ? x : undefined });
                    }}
                  />
                </td>
                <td className="num">
                  {formatCount(c.nReference)} / {formatCount(c.nCurrent)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="field-row" style={{ marginTop: 10 }}>
        <label className="field">
          <span>Dataset drifts when this share of columns drift</span>
          <input inputMode="decimal" defaultValue={s.driftShare} onBlur={(e) => {
            const x = Number(e.target.value);
            if (Number.isFinite(x) && x > 0 && x <= 1) s.set({ driftShare: x });
            else toast('The drift share must be a number above 0 and at most 1', 'error');
          }} />
        </label>
        <button type="button" className="button" disabled={busy} onClick={() => void compute()}>
          Recompute drift
        </button>
      </div>
    </details>
  );
}
