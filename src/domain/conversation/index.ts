export * from './state-machine.js';
export * from './types.js';
