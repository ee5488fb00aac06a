import type { ComponentType } from 'react';
import type { ViewId } from './view-ids';

/** A main view: the sidebar, "Go to" actions and Alt+digit shortcuts are made from this list. */
export interface ViewDef {
  id: ViewId;
  label: string;
  component: ComponentType;
  /** Views of a workspace are hidden until one is open. */
  needsWorkspace: boolean;
  /** Heading the sidebar groups the view under; views without one come first. */
  section?: ViewSection;
  /** A live count shown beside the link (open alerts); its text is part of the link's name. */
  badge?: ComponentType;
}

export const viewSections = ['Plan', 'Machine learning', 'Team', 'Workspace'] as const;
export type ViewSection = (typeof viewSections)[number];
