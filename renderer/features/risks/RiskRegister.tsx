import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { raidKinds, riskCategories, riskStatuses, type Member, type Risk } from '@shared/domain';
import {
  heatmapCellFilter, inherentScore, isReviewOverdue, queryRegister, registerFields, residualScore, riskBands, type RegisterField, type RegisterValue,
} from '@shared/risks';
import { BandBadge } from './RiskHeatmap';
import { useRisksStore } from './risks-slice';
import { SelectField } from '../../kernel/fields/SelectField';
import { TextField } from '../../kernel/fields/TextField';

const fieldLabels: Partial<Record<RegisterField, string>> = {
  id: 'ID', kind: 'Kind', title: 'Title', category: 'Category', nistFunction: 'NIST AI RMF function', characteristic: 'Trustworthiness',
  euAiActTier: 'EU AI Act tier', likelihood: 'Likelihood', impact: 'Impact', score: 'Score', band: 'Band', residualScore: 'Residual',
  residualLikelihood: 'Residual likelihood', residualImpact: 'Residual impact', ownerId: 'Owner', response: 'Response', reviewDate: 'Review',
  overdue: 'Overdue', status: 'Status', links: 'Links', createdAt: 'Created', cause: 'Cause', event: 'Event', consequence: 'Consequence',
  trigger: 'Trigger', contingency: 'Contingency',
};
export const labelOf = (field: RegisterField) => fieldLabels[field] ?? field;

const columns: { field: RegisterField; label: string; width: string }[] = [
  { field: 'title', label: 'Title', width: 'minmax(200px, 2.4fr)' },
  { field: 'kind', label: 'Kind', width: '92px' },
  { field: 'category', label: 'Category', width: 'minmax(110px, 1fr)' },
  { field: 'score', label: 'Score', width: '112px' },
  { field: 'residualScore', label: 'Residual', width: '112px' },
  { field: 'ownerId', label: 'Owner', width: 'minmax(90px, 0.8fr)' },
  { field: 'response', label: 'Response', width: '90px' },
  { field: 'status', label: 'Status', width: '100px' },
  { field: 'reviewDate', label: 'Review', width: '130px' },
];
const template = columns.map((c) => c.width).join(' ');

type Entry = { kind: 'group'; key: string; label: string; count: number } | { kind: 'risk'; risk: Risk };

/** Rows are virtualised once the register is longer than this (short lists stay plain DOM). */
const VIRTUAL_FROM = 120;
const ROW_HEIGHT = 40;

export function RiskRegister({ risks, members, today, onOpen }: { risks: readonly Risk[]; members: readonly Member[]; today: string; onOpen: (risk: Risk) => void }) {
  const { text, filters, cell, sortBy, groupBy, setText, setFilter, setCell, sortOn, setGroupBy } = useRisksStore();
  const memberName = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const result = useMemo(
    () => queryRegister(risks, {
      text,
      filters: Object.fromEntries(Object.entries(filters).map(([field, value]) => [field, [value === 'true' ? true : value === 'false' ? false : value]])) as Partial<Record<RegisterField, RegisterValue[]>>,
      where: cell ? heatmapCellFilter(cell) : undefined,
      sortBy,
      groupBy,
      today,
    }),
    [risks, text, filters, cell, sortBy, groupBy, today],
  );
  const display = (field: RegisterField, value: RegisterValue) =>
    value === null || value === '' ? '(none)' : field === 'ownerId' ? memberName.get(String(value)) ?? String(value) : String(value);
  const entries: Entry[] = useMemo(
    () => (result.groups
      ? result.groups.flatMap((group): Entry[] => [
        { kind: 'group', key: String(group.key), label: `${labelOf(groupBy!)}: ${display(groupBy!, group.key)}`, count: group.rows.length },
        ...group.rows.map((risk): Entry => ({ kind: 'risk', risk })),
      ])
      : result.rows.map((risk): Entry => ({ kind: 'risk', risk }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, groupBy, memberName],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = entries.length > VIRTUAL_FROM;
  const virtualizer = useVirtualizer({ count: virtual ? entries.length : 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const shown = virtual ? virtualizer.getVirtualItems().map((item) => ({ index: item.index, start: item.start })) : entries.map((_, index) => ({ index, start: 0 }));

  const renderEntry = (entry: Entry, index: number, style?: React.CSSProperties) => {
    if (entry.kind === 'group') {
      return (
        <div key={`g:${entry.key}`} role="row" className="risk-row risk-group-row" style={style} aria-rowindex={index + 2}>
          <div role="cell" className="risk-group-cell">{entry.label} <span className="muted">({entry.count})</span></div>
        </div>
      );
    }
    const { risk } = entry;
    const overdue = isReviewOverdue(risk, today);
    const residual = residualScore(risk);
    return (
      <div key={`${entry.risk.id}:${index}`} role="row" className={`risk-row${overdue ? ' overdue' : ''}`} style={{ ...style, gridTemplateColumns: template }} aria-rowindex={index + 2}>
        <div role="cell" className="risk-title-cell">
          <button type="button" className="link-button" onClick={() => onOpen(risk)}>{risk.title}</button>
        </div>
        <div role="cell">{risk.kind}</div>
        <div role="cell">{risk.category}</div>
        <div role="cell"><BandBadge score={inherentScore(risk)} /></div>
        <div role="cell">{residual === null ? <span className="muted">—</span> : <BandBadge score={residual} />}</div>
        <div role="cell">{risk.ownerId ? memberName.get(risk.ownerId) ?? '?' : <span className="muted">—</span>}</div>
        <div role="cell">{risk.response}</div>
        <div role="cell">{risk.status}</div>
        <div role="cell">
          {risk.reviewDate ?? <span className="muted">—</span>}
          {overdue && <span className="risk-overdue-badge">Overdue</span>}
        </div>
      </div>
    );
  };

  return (
    <section className="risk-register panel" aria-labelledby="register-heading">
      <div className="risk-register-head">
        <h2 id="register-heading">Register <span className="muted">({result.rows.length} of {risks.length})</span></h2>
        <div className="risk-filters">
          <TextField label="Search" type="search" value={text} placeholder="Words in any text field" onChange={setText} />
          <FilterSelect label="Kind" field="kind" values={raidKinds} value={filters.kind} onChange={setFilter} />
          <FilterSelect label="Status" field="status" values={riskStatuses} value={filters.status} onChange={setFilter} />
          <FilterSelect label="Category" field="category" values={riskCategories} value={filters.category} onChange={setFilter} />
          <FilterSelect label="Band" field="band" values={riskBands.map((b) => b.band)} value={filters.band} onChange={setFilter} />
          <FilterSelect label="Overdue" field="overdue" values={['true', 'false']} value={filters.overdue} onChange={setFilter} />
          <label className="field">
            <span>Group by</span>
            <SelectField value={groupBy} onChange={setGroupBy} options={[[null, 'No grouping'], ...registerFields.map((field) => [field, labelOf(field)] as const)]} />
          </label>
        </div>
        {cell && (
          <p className="risk-cell-chip">
            Showing likelihood {cell.likelihood} × impact {cell.impact}{' '}
            <button type="button" className="link-button" onClick={() => setCell(null)}>Clear heatmap filter</button>
          </p>
        )}
      </div>
      <div className="risk-table" role="table" aria-label="Risk register" aria-rowcount={entries.length + 1}>
        <div role="rowgroup">
          <div role="row" className="risk-row risk-header-row" style={{ gridTemplateColumns: template }} aria-rowindex={1}>
            {columns.map((column) => {
              const sorted = sortBy?.field === column.field ? sortBy.direction : null;
              return (
                <div key={column.field} role="columnheader" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                  <button type="button" className="risk-sort" onClick={() => sortOn(column.field)}>
                    {column.label}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" ref={scroller} className={`risk-body${virtual ? ' virtual' : ''}`}>
          {entries.length === 0 && (
            <div role="row" className="risk-row"><div role="cell" className="muted risk-group-cell">No risk matches these filters.</div></div>
          )}
          {virtual ? (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {shown.map(({ index, start }) => renderEntry(entries[index], index, { position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${start}px)` }))}
            </div>
          ) : (
            shown.map(({ index }) => renderEntry(entries[index], index))
          )}
        </div>
      </div>
    </section>
  );
}

function FilterSelect({ label, field, values, value, onChange }: { label: string; field: RegisterField; values: readonly string[]; value?: string; onChange: (field: RegisterField, value: string) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <SelectField value={value ?? ''} onChange={(v) => onChange(field, v)} options={[['', 'All'], ...values.map((v) => [v, field === 'overdue' ? (v === 'true' ? 'Overdue' : 'Not overdue') : v] as const)]} />
    </label>
  );
}
