/** Environment for loadGatewayConfig in tests: free port, silent logs, a fast poll. */
export function gatewayEnv(overrides: Record<string, string>): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    EGOB_MODE: 'test',
    REGISTRY_POLL_INTERVAL_MS: '100',
    REGISTRY_TIMEOUT_MS: '1000',
    ...overrides,
  };
}
