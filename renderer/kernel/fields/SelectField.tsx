import type { ChangeEvent, SelectHTMLAttributes } from 'react';

/** A choice as the user sees it: the value the code gets, and its label. */
export type SelectOption<V> = readonly [value: V, label: string];

/** Options shown under a heading (an <optgroup>): a model's versions, an experiment's runs. */
export type SelectGroup<V> = readonly [label: string, options: readonly SelectOption<V>[]];

type NativeProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children' | 'defaultValue'>;

interface SelectFieldProps<V extends string | number | null> extends NativeProps {
  /** Ungrouped options, shown first ("Choose a run…", "All models"). */
  options: readonly SelectOption<V>[];
  /** Grouped options, shown after `options`. */
  groups?: readonly SelectGroup<V>[];
  /** May hold a value no option offers (a stored metric this version does not list); the field then shows the first option. */
  value: V;
  // NoInfer: the options and the value decide V, and the handler must accept all of it (a property, so it is checked strictly).
  onChange: (value: NoInfer<V>) => void;
  'data-autofocus'?: boolean;
}

/** Options carry their real values (numbers, null, string unions); the DOM only holds text. */
const encode = (value: string | number | null) => (value === null ? '' : String(value));

const renderOptions = <V extends string | number | null>(options: readonly SelectOption<V>[]) =>
  options.map(([v, label]) => (
    <option key={encode(v)} value={encode(v)}>
      {label}
    </option>
  ));

/**
 * The app's one drop-down, over [value, label] tuples (the shape of Actual's Select): `onChange`
 * receives one of the option values with its own type, so callers need no casts. It is a native
 * <select>, so keyboard use, screen readers and Playwright's selectOption work as everywhere.
 * Label it as any control: wrap it in a <label>, or pass `aria-label` / `id` for a <label htmlFor>.
 */
export function SelectField<const V extends string | number | null>({ options, groups = [], value, onChange, ...rest }: SelectFieldProps<V>) {
  const change = (e: ChangeEvent<HTMLSelectElement>) => {
    const all = [...options, ...groups.flatMap(([, grouped]) => grouped)];
    const chosen = all.find(([v]) => encode(v) === e.target.value);
    if (chosen) onChange(chosen[0]);
  };
  return (
    <select {...rest} value={encode(value)} onChange={change}>
      {renderOptions(options)}
      {groups.map(([label, grouped]) => (
        <optgroup key={label} label={label}>
          {renderOptions(grouped)}
        </optgroup>
      ))}
    </select>
  );
}

/** Options whose labels are their values (item types, statuses spelled as shown). */
export const asOptions = <const V extends string | number>(values: readonly V[]): SelectOption<V>[] => values.map((v) => [v, String(v)] as const);
