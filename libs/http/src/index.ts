export { createHttpApp, type ReadinessCheck } from './http-app';
export { listen, type RunningServer } from './listen';
export { onShutdown } from './shutdown';
