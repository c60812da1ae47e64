// The import rules of STYLE.md, checked on every `npm test`.
const PACKAGE = '(libs/[^/]+|subgraphs/[^/]+|gateway|schema-registry|web|tests|bench/[^/]+)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles are errors (STYLE.md): split the shared part into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'subgraph-imports-no-other-subgraph',
      severity: 'error',
      comment: 'A subgraph imports only the kit, libs/ and its own files; other entities are reached through the gateway.',
      from: { path: '^subgraphs/(?!kit/)([^/]+)/' },
      to: { path: '^subgraphs/', pathNot: ['^subgraphs/$1/', '^subgraphs/kit/'] },
    },
    {
      name: 'kit-imports-no-subgraph',
      severity: 'error',
      from: { path: '^subgraphs/kit/' },
      to: { path: ['^subgraphs/(?!kit/)', '^gateway/', '^schema-registry/', '^web/'] },
    },
    {
      name: 'services-import-no-subgraph',
      severity: 'error',
      comment: 'The gateway and the registry import no subgraph (and not each other).',
      from: { path: '^(gateway|schema-registry)/' },
      to: { path: ['^subgraphs/', '^web/'] },
    },
    {
      name: 'gateway-and-registry-apart',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^schema-registry/' },
    },
    {
      name: 'registry-and-gateway-apart',
      severity: 'error',
      from: { path: '^schema-registry/' },
      to: { path: '^gateway/' },
    },
    {
      name: 'libs-import-only-libs',
      severity: 'error',
      comment: 'libs/ is the bottom layer: it imports npm packages and other libs only.',
      from: { path: '^libs/' },
      to: { path: ['^subgraphs/', '^gateway/', '^schema-registry/', '^web/', '^tests/', '^scripts/'] },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'web-talks-http-only',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^subgraphs/', '^gateway/', '^schema-registry/', '^libs/'] },
    },
    {
      name: 'bench-imports-entry-points-only',
      severity: 'error',
      comment: 'Benchmark rigs use @egob/* packages by name (their built entry points), never their sources, tests or test helpers.',
      from: { path: '^bench/' },
      to: { path: ['^tests/', '^libs/test-kit/', '^(libs/[^/]+|subgraphs/[^/]+|gateway|schema-registry)/(src|test)/'] },
    },
    {
      name: 'no-relative-import-across-packages',
      severity: 'error',
      comment: "No package imports another package's files by a relative path: import it by its name.",
      from: { path: `^${PACKAGE}/` },
      to: { dependencyTypes: ['local'], path: `^${PACKAGE}/`, pathNot: '^$1/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '/dist/'] },
    exclude: { path: ['(^|/)node_modules/', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
