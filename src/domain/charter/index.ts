/** The CX Charter: its types, rules, default template, editing operations and decision rights. */
export * from './types';
export * from './decisionRights';
export * from './schema';
export * from './defaultCharter';
export * from './editCharter';
