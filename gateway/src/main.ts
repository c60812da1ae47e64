#!/usr/bin/env node
import cluster from 'node:cluster';
import { ConfigError } from '@egob/config';
import { onShutdown } from '@egob/http';
import { createLogger } from '@egob/logger';
import { STOP_MESSAGE, superviseWorkers, WORKER_SLOT_ENV } from './cluster/supervise-workers';
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

const rootLogger = createLogger('gateway', config.LOG_LEVEL);
const heapFlags = heapFlagsOf(config);
// The young generation is sized when V8 starts: a process started without the flag serves through a worker that has it.
if (cluster.isPrimary && (config.GATEWAY_WORKERS > 1 || heapFlags.length > 0)) {
  // Cluster mode: this process only supervises; the workers (this same file) serve.
  const logger = rootLogger.child({ role: 'primary' });
  if (config.REDIS_URL === undefined && config.GATEWAY_WORKERS > 1) {
    logger.warn(
      { workers: config.GATEWAY_WORKERS },
      'no REDIS_URL: each worker counts rate limits in its own memory, so a client spread over several connections may get up to one budget per worker',
    );
  }
  superviseWorkers({ workers: config.GATEWAY_WORKERS, logger, execArgv: [...process.execArgv, ...heapFlags] });
} else {
  const workerId = cluster.isWorker ? Number(process.env[WORKER_SLOT_ENV] ?? cluster.worker!.id) : 1;
  const logger = cluster.isWorker ? rootLogger.child({ worker: workerId }) : rootLogger;
  const gateway = createGatewayApp(config, {
    logger,
    workerId,
    listenWhenReady: cluster.isWorker,
  });
  let stopping = false;
  onShutdown(logger, () => {
    stopping = true;
    return gateway.stop();
  });
  if (cluster.isWorker) {
    // Asked by the primary, or orphaned by it: stop as on SIGTERM (unless a signal already started it).
    const stopOnce = () => {
      if (!stopping) process.kill(process.pid, 'SIGTERM');
    };
    process.on('message', (message) => {
      if (message === STOP_MESSAGE) stopOnce();
    });
    process.on('disconnect', stopOnce);
  }
  gateway.start().catch((error: unknown) => {
    // A signal during start abandons it on purpose: onShutdown reports and exits.
    if (stopping) return;
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  });
}

/** Returns the V8 flags the serving process needs and this one lacks (none when the operator set the semi-space already). */
function heapFlagsOf(gatewayConfig: GatewayConfig): string[] {
  if (gatewayConfig.GATEWAY_SEMI_SPACE_MB === 0) return [];
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((flag) => /^--max-semi-space-size(=|$)/.test(flag))) return [];
  return [`--max-semi-space-size=${gatewayConfig.GATEWAY_SEMI_SPACE_MB}`];
}
