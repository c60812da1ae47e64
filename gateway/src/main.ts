#!/usr/bin/env node
import { ConfigError } from '@egob/config';
import { onShutdown } from '@egob/http';
import { createLogger } from '@egob/logger';
import { loadGatewayConfig, type GatewayConfig } from './config';
import { createGatewayApp } from './gateway.app';

let config: GatewayConfig;
try {
  config = loadGatewayConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`egob gateway: ${error.message}\n`);
  process.exit(1);
}

const logger = createLogger('gateway', config.LOG_LEVEL);
const gateway = createGatewayApp(config, { logger });
let stopping = false;
onShutdown(logger, () => {
  stopping = true;
  return gateway.stop();
});
gateway.start().catch((error: unknown) => {
  // A signal during start abandons it on purpose: onShutdown reports and exits.
  if (stopping) return;
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
