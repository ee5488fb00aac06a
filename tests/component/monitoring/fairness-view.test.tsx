import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FairnessView } from '../../../renderer/features/monitoring/fairness/FairnessView';
import { useAppStore } from '../../../renderer/kernel/store';
import { sessionWithWorkspace } from '../support/session';

const userGuide = readFileSync(join(__dirname, '../../fixtures/fairness/fairlearn-user-guide.csv'), 'utf8');

beforeEach(async () => {
  const { workspaceId } = await sessionWithWorkspace();
  useAppStore.getState().selectWorkspace(workspaceId);
});

const rowsOf = () => within(screen.getByRole('table', { name: 'Rates per group' })).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent);
const metric = (name: string) => screen.getByText(new RegExp(`^${name}`)).previousSibling?.textContent;

describe('fairness: which groups are compared, and the chart', () => {
  it('compares only the chosen groups (the gaps follow), draws each rate with its parity band, and can go back to all', async () => {
    render(<FairnessView />);
    const input = await screen.findByLabelText('Predictions CSV');
    fireEvent.change(input, { target: { files: [new File([userGuide], 'fairlearn-user-guide.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(rowsOf()).toEqual(['a', 'b', 'c']));
    expect(metric('Demographic parity difference')).toBe('0.25');

    const filter = screen.getByRole('group', { name: 'Groups compared' });
    expect(within(filter).getByRole('status')).toHaveTextContent('All 3 groups compared.');
    fireEvent.click(within(filter).getByRole('checkbox', { name: 'a' }));
    expect(rowsOf()).toEqual(['b', 'c']);
    // b and c select at the same rate: no demographic parity gap between them; TPR 0.6 vs 0.4.
    expect(metric('Demographic parity difference')).toBe('0');
    expect(metric('Equal opportunity difference')).toBe('0.2');
    expect(within(filter).getByRole('status')).toHaveTextContent('2 of 3 groups compared; the gaps are between these only.');

    const chart = screen.getByRole('img', { name: /^Rates per group with the parity band\./ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('True positive rate: b 0.6, c 0.4 (gap 0.2, over the 0.1 limit)'));
    expect(chart.querySelectorAll('.fair-rate')).toHaveLength(3);
    expect(chart.querySelectorAll('.parity-band')).toHaveLength(3);
    // Over the limit: the dots outside the band are drawn in the danger colour.
    const tpr = chart.querySelector('[data-rate="tpr"]')!;
    expect([...tpr.querySelectorAll('circle')].map((c) => c.getAttribute('fill'))).toEqual(['var(--danger)', 'var(--danger)']);
    const selection = chart.querySelector('[data-rate="selectionRate"]')!;
    expect([...selection.querySelectorAll('circle')].map((c) => c.getAttribute('fill'))).toEqual(['var(--accent)', 'var(--accent)']);

    fireEvent.click(within(filter).getByRole('checkbox', { name: 'b' }));
    fireEvent.click(within(filter).getByRole('checkbox', { name: 'c' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one group to compare.');
    fireEvent.click(within(filter).getByRole('button', { name: 'Compare all groups' }));
    expect(rowsOf()).toEqual(['a', 'b', 'c']);
  });
});
