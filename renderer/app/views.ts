import type { ComponentType } from 'react';

/** A main view: the sidebar, "Go to" actions and Alt+digit shortcuts are made from this list. */
export interface ViewDef {
  id: string;
  label: string;
  component: ComponentType;
  /** Views of a workspace are hidden until one is open. */
  needsWorkspace: boolean;
}
