import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Router, type Response } from 'express';
import { EXPLORER_PAGE_CSS, renderExplorerInitScript, renderExplorerPage, type ExplorerAssetUrls } from './explorer-page';

/** Content-Security-Policy of the explorer page. Styles keep 'unsafe-inline': GraphiQL's dialogs inject style elements. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ONE_YEAR_SECONDS = 31_536_000;
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

interface Asset {
  contentType: string;
  body: Buffer;
  /** Compressed once at start: graphiql.min.js is 3.5 MB raw, under 1 MB gzipped. */
  gzipped: Buffer;
}

/** Options of createExplorerRouter. */
export interface ExplorerRouterOptions {
  /** Where the router is mounted, e.g. `/explorer`. */
  basePath: string;
  /** URL of the GraphQL endpoint the explorer queries, e.g. `/graphql`. */
  graphqlUrl: string;
}

/**
 * Returns the router of the self-hosted GraphiQL explorer: the page at `/` and its
 * files under `/assets/`, read once from the installed react, react-dom and graphiql
 * packages. File names carry a content hash, so browsers cache them for a year.
 */
export function createExplorerRouter(options: ExplorerRouterOptions): Router {
  const sources: Record<keyof ExplorerAssetUrls, [contentType: string, body: Buffer]> = {
    react: [JS, packageFile('react', 'umd/react.production.min.js')],
    reactDom: [JS, packageFile('react-dom', 'umd/react-dom.production.min.js')],
    graphiqlJs: [JS, packageFile('graphiql', 'graphiql.min.js')],
    graphiqlCss: [CSS, packageFile('graphiql', 'graphiql.min.css')],
    pageCss: [CSS, Buffer.from(EXPLORER_PAGE_CSS)],
    init: [JS, Buffer.from(renderExplorerInitScript(options.graphqlUrl))],
  };
  const assets = new Map<string, Asset>();
  const urls = {} as ExplorerAssetUrls;
  for (const [key, [contentType, body]] of Object.entries(sources) as [keyof ExplorerAssetUrls, [string, Buffer]][]) {
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const fileName = `${key}.${hash}.${contentType === CSS ? 'css' : 'js'}`;
    assets.set(fileName, { contentType, body, gzipped: gzipSync(body) });
    urls[key] = `${options.basePath}/assets/${fileName}`;
  }
  const page = renderExplorerPage(urls);

  const router = Router();
  router.get('/', (_req, res) => {
    setSecurityHeaders(res);
    res.setHeader('Content-Security-Policy', EXPLORER_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  });
  router.get('/assets/:file', (req, res) => {
    setSecurityHeaders(res);
    const asset = assets.get(req.params.file);
    if (!asset) {
      res.status(404).type('text/plain').send('No encontrado');
      return;
    }
    res.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_SECONDS}, immutable`);
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(asset.gzipped);
    } else {
      res.send(asset.body);
    }
  });
  return router;
}

function setSecurityHeaders(res: Response): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

/** Reads a file shipped inside an installed package; its `exports` map hides the UMD builds from require.resolve. */
function packageFile(packageName: string, file: string): Buffer {
  const root = path.dirname(require.resolve(`${packageName}/package.json`));
  return readFileSync(path.join(root, file));
}
