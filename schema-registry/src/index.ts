import 'reflect-metadata';

export { createRegistryApp, registryEntities, registryMigrations, type RegistryApp, type RegistryAppDeps } from './registry.app';
export { loadRegistryConfig, type RegistryConfig } from './config';
export { createRegistryClient, type RegistryClient, type RegistryClientOptions, type ClientResult } from './client/registry-client';
export { runCli, type CliIo } from './client/registry-cli';
export type * from './registry.types';
