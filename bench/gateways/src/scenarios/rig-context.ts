import type { BenchOptions } from '../bench-options';
import type { FixtureProcess } from '../fixture/fixture-process';
import type { GatewayUnderTest } from '../gateways/start-gateways';
import type { IdentityStandIn } from '../stand-ins/identity-stand-in';

/** Everything a scenario uses: the options, the running gateways and fixture, a token source and a progress log. */
export interface RigContext {
  options: BenchOptions;
  gateways: readonly GatewayUnderTest[];
  fixture: FixtureProcess;
  identity: IdentityStandIn;
  /** Writes one progress line (stderr). */
  log(line: string): void;
}

/** Returns the headers of one load run: a fresh user token (the same bytes go to every gateway; only egob verifies it). */
export async function loadHeaders(context: RigContext): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await context.identity.citizenToken()}` };
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
