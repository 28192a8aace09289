export * from './people';
export * from './organisation';
export * from './statements';
export * from './messaging';
export * from './participation';
export * from './audit';
export * from './complaints';
export * from './relations';
