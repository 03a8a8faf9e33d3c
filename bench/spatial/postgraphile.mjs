// The peer: PostGraphile v4 with @graphile/postgis, postgraphile-plugin-connection-filter and
// postgraphile-plugin-connection-filter-postgis over the same database, production settings (no
// watch, no GraphiQL, no query log, no mutations). Usage: node postgraphile.mjs <port>
// (connection from the PG* environment). BENCH_PEER_PLAN_CACHE sets plan_cache_mode for its
// sessions: unset = PostgreSQL's default (auto: its named prepared statements switch to a generic
// plan after five runs, ~27× slower for the within-a-zone filter — PostGraphile as deployed out of the
// box, what issue #12's targets compare with); force_custom_plan = a tuned deployment.
import {createServer} from 'node:http';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const {postgraphile} = require('postgraphile');
const PostgisPlugin = require('@graphile/postgis').default;
const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');
const PostgisFilterPlugin = require('postgraphile-plugin-connection-filter-postgis');

const port = Number(process.argv[2]);
const planCache = process.env.BENCH_PEER_PLAN_CACHE;
const {PGUSER, PGPASSWORD, PGHOST, PGPORT, PGDATABASE} = process.env;
const pool = {
  user: PGUSER, password: PGPASSWORD, host: PGHOST, port: Number(PGPORT), database: PGDATABASE,
  max: 10, ...(planCache ? {options: `-c plan_cache_mode=${planCache}`} : {}),
};

const handler = postgraphile(pool, ['zones', 'bench_peer'], {
  appendPlugins: [PostgisPlugin, ConnectionFilterPlugin, PostgisFilterPlugin],
  disableDefaultMutations: true,
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
  graphileBuildOptions: {connectionFilterAllowedFieldTypes: undefined},
});

createServer(handler).listen(port, '127.0.0.1', () => console.log(`PostGraphile on http://127.0.0.1:${port}/graphql`));
