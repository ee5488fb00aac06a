export * from './ranks';
export * from './dependencies';

export const itemKey = (workspaceKey: string, number: number) => `${workspaceKey}-${number}`;
