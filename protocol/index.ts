export * from './errors.ts';
export * from './limits.ts';
export * from './common.ts';
export * from './shared-frames.ts';
export * from './visitor-frames.ts';
export * from './rest.ts';
export * from './host-messages.ts';
