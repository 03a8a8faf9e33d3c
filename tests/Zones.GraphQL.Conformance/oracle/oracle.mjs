// graphql-js as the conformance oracle.
//
//   node oracle/oracle.mjs <corpus-dir>
//
// Reads every case of the corpus and prints one JSON object on stdout:
//   { "graphqlVersion": "16.15.0", "cases": { "<name>": { "source": "...", ...answer } } }
// The C# suite (Oracle.cs) runs this once per test run and compares our engine case by case.
//
// Case names (Corpus.cs follows the same rules):
//   corpus/<kind>/<file>.graphql            -> "<kind>/<file>"          one document per file
//   corpus/<kind>/<table>.table.json        -> "<kind>/<table>/<key>"   { "<key>": source | { source, options } }
// Kinds:
//   "parse"  — print(parse(doc)): answer { printed } or { error: { message, locations } }.
//   "schema" — printSchema(buildSchema(sdl)): answer { printed } or { error: { message, locations } }.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, print, printSchema, version, GraphQLError } from 'graphql';

const corpusDir = process.argv[2];
if (!corpusDir) {
  console.error('usage: node oracle/oracle.mjs <corpus-dir>');
  process.exit(2);
}

/** Every case of one kind folder: [{ name, source, options }]. */
function readCases(kind) {
  const dir = path.join(corpusDir, kind);
  const cases = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, file);
    if (file.endsWith('.graphql')) {
      cases.push({ name: `${kind}/${file.slice(0, -'.graphql'.length)}`, source: fs.readFileSync(full, 'utf8'), options: {} });
    } else if (file.endsWith('.table.json')) {
      const table = JSON.parse(fs.readFileSync(full, 'utf8'));
      const prefix = `${kind}/${file.slice(0, -'.table.json'.length)}`;
      for (const [key, value] of Object.entries(table)) {
        const entry = typeof value === 'string' ? { source: value } : value;
        cases.push({ name: `${prefix}/${key}`, source: entry.source, options: entry.options ?? {} });
      }
    }
  }
  return cases;
}

/** graphql-js's result, or its error reduced to what we compare. */
function answer(run) {
  try {
    return { printed: run() };
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    return { error: { message: e.message, locations: e instanceof GraphQLError ? e.locations ?? [] : [] } };
  }
}

const kinds = {
  parse: ({ source, options }) => answer(() => print(parse(source, options))),
  schema: ({ source, options }) => answer(() => printSchema(buildSchema(source, options))),
};

const answers = {};
for (const [kind, run] of Object.entries(kinds)) {
  for (const c of readCases(kind)) {
    answers[c.name] = { source: c.source, ...run(c) };
  }
}
process.stdout.write(JSON.stringify({ graphqlVersion: version, cases: answers }));
