// GraphiQL for the Zones API, served by the server at GET /graphql (Accept: text/html).
// Everything, including Monaco's web workers, is bundled by Vite and loaded from our own origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

const defaultQuery = `# 片区 Zones GraphQL. Ctrl+Enter 运行 / runs the query.
{
  zones(first: 5) {
    totalCount
    edges { node { name } }
  }
}
`;

// Same origin as the page; the session cookie goes along, so queries run as the signed-in user.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.origin).href });

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: false }),
);
