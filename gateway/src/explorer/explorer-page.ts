/** Query shown the first time someone opens the explorer: a federated query on the demo citizen. */
export const EXPLORER_DEFAULT_QUERY = `# Consulta federada de ejemplo: ciudadano de demostración (CI 1234567)
{
  citizen(ci: "1234567") {
    names
    residence { name department { name } }
  }
}`;

/** URLs of the files the explorer page loads, all served by the gateway itself. */
export interface ExplorerAssetUrls {
  react: string;
  reactDom: string;
  graphiqlJs: string;
  graphiqlCss: string;
  pageCss: string;
  init: string;
}

/** Returns the explorer's HTML: no inline script, nothing from another origin. */
export function renderExplorerPage(assets: ExplorerAssetUrls): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Explorador GraphQL — egob</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets.graphiqlCss}">
<link rel="stylesheet" href="${assets.pageCss}">
</head>
<body>
<noscript>El explorador GraphQL necesita JavaScript.</noscript>
<div id="graphiql">Cargando el explorador…</div>
<script src="${assets.react}"></script>
<script src="${assets.reactDom}"></script>
<script src="${assets.graphiqlJs}"></script>
<script src="${assets.init}"></script>
</body>
</html>
`;
}

/** Returns the script that mounts GraphiQL against `graphqlUrl` (served as a file so that CSP script-src 'self' suffices). */
export function renderExplorerInitScript(graphqlUrl: string): string {
  return `'use strict';
(function () {
  var fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlUrl)} });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(EXPLORER_DEFAULT_QUERY)} }));
})();
`;
}

/** The page's own styles: GraphiQL fills the window. */
export const EXPLORER_PAGE_CSS = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; }
`;
