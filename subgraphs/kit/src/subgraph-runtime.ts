import { ConfigError } from '@egob/config';
import { DatabaseUnavailableError } from '@egob/database';
import { onShutdown } from '@egob/http';
import { createLogger, createSilentLogger, type Logger } from '@egob/logger';
import { loadSubgraphConfig, type SubgraphConfig } from './config';
import type { SubgraphDefinition } from './subgraph-definition';
import { buildFederatedSchema, type FederatedSchema } from './schema/build-federated-schema';
import { createSubgraphApp, type SubgraphApp } from './server/subgraph.app';

/** A defined subgraph: what tests, scripts and its own process use. */
export interface Subgraph<TServices, TLoaders> {
  definition: SubgraphDefinition<TServices, TLoaders>;
  /** Builds the schema once (no database needed): the served schema and the SDL. */
  buildSchema(): Promise<FederatedSchema>;
  /** Parses `env` like the process would. */
  loadConfig(env: Record<string, string | undefined>): SubgraphConfig;
  /** Opens the database and returns the app (what tests call, with real dependencies). */
  createApp(config: SubgraphConfig, logger?: Logger): Promise<SubgraphApp<TServices>>;
  /** The process: `serve` (default), `seed [--citizens N]` or `print-schema`. */
  main(argv?: string[], env?: Record<string, string | undefined>): Promise<void>;
}

/** Returns the runtime of a definition (see defineSubgraph). */
export function createSubgraphRuntime<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
): Subgraph<TServices, TLoaders> {
  let schema: Promise<FederatedSchema> | undefined;
  const buildSchema = () =>
    (schema ??= buildFederatedSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes ?? [],
      references: definition.references ?? {},
      rules: definition.rules,
      personalData: definition.personalData ?? {},
    }));
  const loadConfig = (env: Record<string, string | undefined>) => loadSubgraphConfig(definition.name, definition.port, env);
  const createApp = async (config: SubgraphConfig, logger: Logger = createSilentLogger()) =>
    createSubgraphApp(definition, await buildSchema(), config, logger);

  return {
    definition,
    buildSchema,
    loadConfig,
    createApp,
    async main(argv = process.argv.slice(2), env = process.env) {
      const [command = 'serve', ...rest] = argv;
      if (command === 'print-schema') {
        process.stdout.write(`${(await buildSchema()).sdl}\n`);
        return;
      }
      if (command !== 'serve' && command !== 'seed') fail(`unknown command "${command}" (use serve, seed or print-schema)`);
      let config: SubgraphConfig;
      try {
        config = loadConfig(env);
      } catch (error) {
        return fail(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
      }
      const logger = createLogger(definition.name, config.LOG_LEVEL);
      let app: SubgraphApp<TServices>;
      try {
        app = await createApp(config, logger);
      } catch (error) {
        if (error instanceof DatabaseUnavailableError || error instanceof ConfigError) return fail(error.message);
        throw error;
      }
      if (command === 'seed') {
        const citizens = parseCitizens(rest) ?? config.SEED_CITIZENS;
        const result = await app.seed(citizens);
        logger.info(result, result.ran ? 'seed done' : 'seed already done');
        await app.stop();
        return;
      }
      if (config.SEED_ON_START) await app.seed(config.SEED_CITIZENS);
      const running = await app.start();
      logger.info({ url: running.graphqlUrl }, `${definition.name} listening`);
      const publishing = new AbortController();
      if (config.REGISTRY_PUBLISH) {
        app.publish(publishing.signal).then(
          (outcome) =>
            outcome.ok
              ? logger.info({ unchanged: outcome.unchanged, supergraph: outcome.supergraphId }, 'schema published')
              : logger.error({ status: outcome.status, error: outcome.error }, 'the registry refused the schema'),
          (error: unknown) => {
            if (!publishing.signal.aborted) logger.error({ err: error }, 'publishing the schema failed');
          },
        );
      }
      onShutdown(logger, async () => {
        publishing.abort();
        await app.stop();
      });
    },
  };
}

function parseCitizens(args: string[]): number | undefined {
  const index = args.indexOf('--citizens');
  if (index === -1) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) fail('--citizens needs a whole number of at least 1');
  return value;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
