import 'reflect-metadata';
import { onShutdown } from '@egob/http';
import { createLogger } from '@egob/logger';
import { loadRegistryConfig } from './config';
import { createRegistryApp } from './registry.app';

// Composition root: configuration and database problems end the process with one line on stderr.
async function main(): Promise<void> {
  const config = loadRegistryConfig(process.env);
  const logger = createLogger('schema-registry', config.LOG_LEVEL);
  const registry = await createRegistryApp(config, { logger });
  const server = await registry.start();
  logger.info({ url: server.url, mode: config.EGOB_MODE, open: config.REGISTRY_ADMIN_KEY === undefined }, 'schema registry listening');
  onShutdown(logger, () => registry.stop());
}

main().catch((error: unknown) => {
  // ConfigError and DatabaseUnavailableError are one line already; anything else is cut to its first line.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`schema-registry: ${message.split('\n')[0]}\n`);
  process.exit(1);
});
