// Runs graphql-http's serverAudits (the GraphQL-over-HTTP draft's MUST / SHOULD / MAY rules)
// against ZONES_BASE_URL/graphql. Prints every result; exits 1 when a MUST fails. The last lines
// are TAP-style counts of the MUST audits, which scripts/test.sh adds to its totals.
import { serverAudits } from 'graphql-http';

const base = process.env.ZONES_BASE_URL;
if (!base) {
  console.error('Set ZONES_BASE_URL to a running Zones server, e.g. http://127.0.0.1:5077');
  process.exit(2);
}
const url = new URL('/graphql', base).href;

const counts = { MUST: { ok: 0, fail: 0 }, SHOULD: { ok: 0, fail: 0 }, MAY: { ok: 0, fail: 0 } };
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  const ok = result.status === 'ok';
  counts[level][ok ? 'ok' : 'fail']++;
  const line = `${ok ? 'ok    ' : level === 'MUST' ? 'FAIL  ' : 'notice'} ${audit.id} ${audit.name}`;
  console.log(ok ? line : `${line}\n         ${result.reason}`);
}

for (const [level, { ok, fail }] of Object.entries(counts))
  console.log(`${level}: ${ok} ok, ${fail} not ok`);
console.log(`# pass ${counts.MUST.ok}`);
console.log(`# fail ${counts.MUST.fail}`);
process.exit(counts.MUST.fail > 0 ? 1 : 0);
