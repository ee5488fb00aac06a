/** Every main view, closed: `go('datasets')` or a link to a view that does not exist fails to compile. */
export const viewIds = [
  'home', 'backlog', 'sprints', 'board', 'standup', 'sprint-report',
  'experiments', 'runs', 'models', 'model-health', 'monitors', 'drift', 'fairness', 'alerts',
  'retro', 'poker', 'risks', 'reports', 'workflow', 'settings', 'sync',
  'roadmap',
] as const;

export type ViewId = (typeof viewIds)[number];

export const isViewId = (value: string): value is ViewId => (viewIds as readonly string[]).includes(value);
