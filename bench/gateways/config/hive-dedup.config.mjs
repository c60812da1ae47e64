// Hive Gateway (d): its defaults plus inbound in-flight request deduplication, the setting
// graphql-gateways-benchmark runs Hive Gateway with. Identical requests (method, URL,
// headers, document, operation name, variables) that arrive while one is executing share
// its result. Passed to the CLI with --config-path; (c) runs without any config file.
export const gatewayConfig = {
  inboundInflightRequestDeduplication: true,
};
