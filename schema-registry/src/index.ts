import 'reflect-metadata';

export { createRegistryApp, registryEntities, registryMigrations, type RegistryApp, type RegistryAppDeps } from './registry.app';
export { loadRegistryConfig, type RegistryConfig } from './config';
export { createRegistryClient, type RegistryClient, type RegistryClientOptions, type ClientResult } from './client/registry-client';
export { runCli, type CliIo } from './client/registry-cli';
export type * from './registry.types';
export { deriveContract, type ContractResult, type ContractError } from './contracts/derive-contract';
export { signSupergraph, verifySupergraph, supergraphSigningString, type SignedSupergraph } from './signing/supergraph-signature';
export { benchComposition, syntheticSubgraphSdl, type ComposeBenchResult } from './bench/compose-bench';
export type * from './checks/checks.types';
export { UsageService, type UsageConsumer, type UsageOperation, type UsageWindow } from './usage/usage.service';
export { noPublicVariant, type PublishPublicVariant, type PublicVariantOutcome } from './checks/public-variant-hook';
export { PUBLISH_KEY } from './keys/publish-key.service';
export { USAGE_COORDINATE } from './usage/parse-usage-report';
