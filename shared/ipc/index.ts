export * from './channels';
export * from './limits';
export * from './url-policy';
export * from './folder-rules';
export * from './file-rules';
export * from './contract';
export * from './bridge';
export * from './sync-folder';
