import { lazy, type ComponentType } from 'react';
import { create } from 'zustand';

/** What the shell hands every dialog it shows: the way to close exactly this one. */
export interface DialogProps {
  onClose(): void;
}

/** A dialog a feature can open from anywhere; `P` is what the opener must pass (an item id …). */
export interface DialogDef<P extends object = object> {
  name: string;
  component: ComponentType<P & DialogProps>;
}

export const defineDialog = <P extends object = object>(name: string, component: ComponentType<P & DialogProps>): DialogDef<P> => ({ name, component });

/**
 * A dialog whose code (and the parsers it needs) loads when it first opens, not at start-up:
 * the ML import's YAML and store readers were a fifth of the first screen's JavaScript.
 */
export const lazyDialog = <P extends object = object>(name: string, load: () => Promise<ComponentType<P & DialogProps>>): DialogDef<P> =>
  defineDialog<P>(name, lazy(async () => ({ default: await load() })));

export interface OpenDialog {
  key: number;
  /** Stored without its props type; `pushDialog` checked the props against it. */
  def: DialogDef;
  props: object;
}

interface DialogStack {
  dialogs: OpenDialog[];
}

let seq = 0;

/**
 * The one way to open a dialog (as Actual's pushModal): a stack the shell renders in order,
 * so a dialog opened from another sits on top of it and Escape closes only the top one.
 */
export const useDialogs = create<DialogStack>()(() => ({ dialogs: [] }));

/** Open a dialog on top of any already open; returns its key for `closeDialog`. */
export function pushDialog<P extends object>(def: DialogDef<P>, ...props: object extends P ? [P?] : [P]): number {
  const key = ++seq;
  const entry: OpenDialog = { key, def: def as unknown as DialogDef, props: props[0] ?? {} };
  useDialogs.setState((s) => ({ dialogs: [...s.dialogs, entry] }));
  return key;
}

/** Close the top dialog. */
export const popDialog = () => useDialogs.setState((s) => ({ dialogs: s.dialogs.slice(0, -1) }));

/** Close one dialog by key, or every open instance of a definition. */
export function closeDialog<P extends object>(which: number | DialogDef<P>): void {
  useDialogs.setState((s) => ({ dialogs: s.dialogs.filter((d) => (typeof which === 'number' ? d.key !== which : !isDef(d, which))) }));
}

const isDef = <P extends object>(entry: OpenDialog, def: DialogDef<P>) => entry.def === (def as unknown as DialogDef);

/** The top dialog, or undefined when none is open. */
export const topDialog = (): OpenDialog | undefined => useDialogs.getState().dialogs.at(-1);

export const isOpen = <P extends object>(def: DialogDef<P>) => useDialogs.getState().dialogs.some((d) => isDef(d, def));
