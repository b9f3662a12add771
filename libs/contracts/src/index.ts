export * from './roles';
export * from './users';
export * from './problem';
export * from './job-template';
export * from './jobs';
export * from './candidates';
export * from './applications';
export * from './scoring';
