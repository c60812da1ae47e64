import path from 'node:path';

/** The scenarios of the rig, in the order `all` runs them. */
export const SCENARIOS = ['identical', 'distinct', 'slow-subgraph', 'malformed'] as const;

/** One scenario. */
export type ScenarioName = (typeof SCENARIOS)[number];

/** The gateways under test, in the order of every round (A B C D). */
export const GATEWAY_NAMES = ['egob', 'egob-nodedup', 'apollo', 'hive', 'hive-dedup'] as const;

/** One gateway under test. */
export type GatewayName = (typeof GATEWAY_NAMES)[number];

/** The rig's parsed, frozen options. */
export interface BenchOptions {
  scenarios: readonly ScenarioName[];
  gateways: readonly GatewayName[];
  quick: boolean;
  /** Measured seconds of one run. */
  durationSeconds: number;
  /** Seconds of load before each measured run (not counted). */
  warmupSeconds: number;
  /** Rounds of A B C D… per scenario. */
  rounds: number;
  connections: number;
  /** Latency added to the slow subgraph in the slow-subgraph scenario. */
  slowLatencyMs: number;
  /** Malformed requests in the burst of the malformed scenario. */
  malformedBurst: number;
  /** CPU list of the gateway under test; the fixture subgraphs and the load use `loadCpus`. */
  gatewayCpus: string;
  loadCpus: string;
  /** The repository root (parent of bench/). */
  root: string;
  /** Where the JSON result goes. */
  outputFile: string;
  /** Where the children's logs and the gateways' files go. */
  workDir: string;
  /** The only variables the children inherit (PATH, HOME, locale): nothing else leaks into them. */
  childEnv: Record<string, string>;
}

const USAGE = `usage: node bench/gateways/dist/main.js [--scenario identical|distinct|slow-subgraph|malformed|all]
       [--gateways egob,egob-nodedup,apollo,hive,hive-dedup] [--quick]
environment: BENCH_GW_DURATION (s, 20), BENCH_GW_WARMUP (s, 5), BENCH_GW_ROUNDS (3), BENCH_GW_CONNECTIONS (50)`;

/** Returns the options parsed from the command line and the environment; throws a one-line error (with the usage) on a bad one. */
export function loadBenchOptions(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  let scenarios: readonly ScenarioName[] = SCENARIOS;
  let gateways: readonly GatewayName[] = GATEWAY_NAMES;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--scenario') {
      const name = value();
      if (name === 'all') scenarios = SCENARIOS;
      else if (isOneOf(SCENARIOS, name)) scenarios = [name];
      else throw new Error(`unknown scenario "${name}"\n${USAGE}`);
    } else if (flag === '--gateways') {
      const names = value().split(',').map((name) => name.trim()).filter(Boolean);
      const unknown = names.find((name) => !isOneOf(GATEWAY_NAMES, name));
      if (unknown !== undefined || names.length === 0) throw new Error(`unknown gateway "${unknown ?? ''}"\n${USAGE}`);
      // Keep the A B C D order whatever order they were given in.
      gateways = GATEWAY_NAMES.filter((name) => names.includes(name));
    } else if (flag === '--quick') quick = true;
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  const root = path.resolve(__dirname, '..', '..', '..');
  return Object.freeze({
    scenarios,
    gateways,
    quick,
    durationSeconds: quick ? 5 : positiveInt(env, 'BENCH_GW_DURATION', 20),
    warmupSeconds: quick ? 2 : positiveInt(env, 'BENCH_GW_WARMUP', 5),
    rounds: quick ? 1 : positiveInt(env, 'BENCH_GW_ROUNDS', 3),
    connections: positiveInt(env, 'BENCH_GW_CONNECTIONS', 50),
    slowLatencyMs: 2_000,
    malformedBurst: 10_000,
    gatewayCpus: '0',
    loadCpus: '1',
    root,
    outputFile: path.join(root, '.data', 'bench', 'gateways.json'),
    workDir: path.join(root, '.data', 'bench', 'gateways'),
    childEnv: Object.fromEntries(
      ['PATH', 'HOME', 'LANG', 'TMPDIR'].flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]!]])),
    ),
  });
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function positiveInt(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}
