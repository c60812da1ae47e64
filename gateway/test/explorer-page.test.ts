import { runInNewContext } from 'node:vm';
import { EXPLORER_DEFAULT_QUERY } from '../src';
import { renderExplorerInitScript, renderExplorerPage } from '../src/explorer/explorer-page';

describe('explorer page', () => {
  it('mounts GraphiQL on #graphiql against the given endpoint with the default query', () => {
    const calls: { fetcherOptions?: unknown; container?: unknown; element?: unknown } = {};
    const container = { id: 'graphiql' };
    const GraphiQL = {
      createFetcher: (options: unknown) => {
        calls.fetcherOptions = options;
        return 'the-fetcher';
      },
    };
    runInNewContext(renderExplorerInitScript('/graphql'), {
      GraphiQL,
      React: { createElement: (type: unknown, props: unknown) => ({ type, props }) },
      ReactDOM: {
        createRoot: (node: unknown) => {
          calls.container = node;
          return { render: (element: unknown) => (calls.element = element) };
        },
      },
      document: { getElementById: (id: string) => (id === 'graphiql' ? container : null) },
    });
    expect(calls.fetcherOptions).toEqual({ url: '/graphql' });
    expect(calls.container).toBe(container);
    expect(calls.element).toEqual({ type: GraphiQL, props: { fetcher: 'the-fetcher', defaultQuery: EXPLORER_DEFAULT_QUERY } });
  });

  it('loads the scripts in dependency order after the element they mount on', () => {
    const html = renderExplorerPage({
      react: '/r.js',
      reactDom: '/rd.js',
      graphiqlJs: '/g.js',
      graphiqlCss: '/g.css',
      pageCss: '/p.css',
      init: '/i.js',
    });
    expect([...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1])).toEqual(['/r.js', '/rd.js', '/g.js', '/i.js']);
    expect(html.indexOf('<div id="graphiql">')).toBeLessThan(html.indexOf('<script'));
  });
});
