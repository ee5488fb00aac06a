import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { SelectField, asOptions } from '../../../renderer/kernel/fields/SelectField';

describe('SelectField', () => {
  it('hands onChange the option value with its own type: numbers stay numbers, "none" is null', () => {
    const onChange = vi.fn<(value: number | null) => void>();
    render(
      <label>
        Likelihood
        <SelectField value={null} onChange={onChange} options={[[null, 'Not assessed'], [1, '1 – rare'], [5, '5 – almost certain']]} />
      </label>,
    );
    const select = screen.getByRole('combobox', { name: 'Likelihood' });
    expect(select).toHaveDisplayValue('Not assessed');
    fireEvent.change(select, { target: { value: '5' } });
    expect(onChange).toHaveBeenLastCalledWith(5);
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('narrows a string union from the options, so callers need no cast', () => {
    let chosen: 'story' | 'bug' = 'story';
    render(<SelectField aria-label="Type" value={chosen} onChange={(v) => (chosen = v)} options={asOptions(['story', 'bug'] as const)} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), { target: { value: 'bug' } });
    expect(chosen).toBe('bug');
    // @ts-expect-error a handler that cannot take every option does not compile
    void (<SelectField value="story" onChange={(v: 'story') => v} options={asOptions(['story', 'bug'] as const)} />);
  });
});
