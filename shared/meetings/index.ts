export * from './decks';
export * from './vote-stats';
export * from './poker-session';
export * from './poker-summary';
export * from './presence';
export * from './folder-presence';
