import { formatCount } from '../monitoring-format';
import { asOptions, SelectField, type SelectOption } from '../../../kernel/fields/SelectField';
import type { FairnessDraft } from './use-fairness-draft';

/** The predictions file and which of its columns are the label, the prediction and the sensitive groups. */
export function FairnessColumnsPanel({ draft }: { draft: FairnessDraft }) {
  const { file, fileError, choose, options, computed, label, setLabel, prediction, setPrediction, isScore, setIsScore, threshold, setThreshold, groups, setGroups, positive, setPositive, limit, setLimit } = draft;
  const columns = file?.dataset.columns ?? [];
  const columnOptions: SelectOption<string>[] = [['', '— choose —'], ...asOptions(columns)];
  return (
    <section className="panel form" aria-label="Predictions">
      <label className="field" style={{ maxWidth: 420 }}>
        <span>Predictions CSV</span>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {fileError && (
        <p className="error" role="alert">
          {fileError}
        </p>
      )}
      {file && (
        <>
          <p className="muted">
            {file.name}: {formatCount(file.dataset.rowCount)} rows, columns {columns.join(', ')}
          </p>
          <div className="field-row" style={{ flexWrap: 'wrap' }}>
            <label className="field">
              <span>Label column</span>
              <SelectField value={label} onChange={setLabel} options={columnOptions} />
            </label>
            <label className="field">
              <span>Prediction column</span>
              <SelectField value={prediction} onChange={setPrediction} options={columnOptions} />
            </label>
            <label className="inline-check" style={{ paddingBottom: 8 }}>
              <input type="checkbox" checked={isScore} onChange={(e) => setIsScore(e.target.checked)} /> Prediction is a score
            </label>
            {isScore && (
              <label className="field">
                <span>Score threshold</span>
                <input inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
              </label>
            )}
            <label className="field">
              <span>Positive label</span>
              <input value={positive} onChange={(e) => setPositive(e.target.value)} placeholder="auto (1, true, yes)" />
            </label>
            <label className="field">
              <span>Gap limit</span>
              <input inputMode="decimal" value={limit} onChange={(e) => setLimit(e.target.value)} />
            </label>
          </div>
          <fieldset>
            <legend>Sensitive columns</legend>
            <div className="check-list">
              {columns
                .filter((c) => c !== label && c !== prediction)
                .map((c) => (
                  <label key={c}>
                    <input type="checkbox" checked={groups.includes(c)} onChange={(e) => setGroups(e.target.checked ? [...groups, c] : groups.filter((g) => g !== c))} /> {c}
                  </label>
                ))}
            </div>
          </fieldset>
          {!options && <p className="muted">Choose the label and prediction columns and at least one sensitive column.</p>}
          {computed.error && (
            <p className="error" role="alert">
              {computed.error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
