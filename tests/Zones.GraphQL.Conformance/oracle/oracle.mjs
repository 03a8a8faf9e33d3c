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
//   corpus/execution/<schema>/schema.graphql + fixtures.json + <table>.table.json
//                                           -> "execution/<schema>/<table>/<key>"
//                                              { "<key>": query | { query, variables?, operationName? } }
// Kinds:
//   "parse"  — print(parse(doc)): answer { printed } or { error: { message, locations } }.
//   "schema" — printSchema(buildSchema(sdl)): answer { printed } or { error: { message, locations } };
//              when the schema builds and is valid, also { introspection: <data of the introspection query> }.
//   "schema-validation" — validateSchema(buildSchema(sdl, { assumeValidSDL: true })):
//              answer { errors: [{ message, locations }] } or { error } when it does not build.
//   "execution" — validate, then execute with the fixture resolver (see fixtureResolver):
//              answer { validationErrors: [...], result: { data?, errors?: [{ message, path, locations }] } }.
//   "introspection/<schema>" — for each execution schema: { source: sdl, printed, introspection }.
//   "sdl-validation" — validateSDL(parse(sdl)) (graphql-js assertValidSDL's check):
//              answer { errors: [{ message, locations }] } or { error } when parsing throws.
//   "validation/<schema>/<table>/<key>" and "validation/<schema>/<file>" — corpus/validation/<schema>/ holds
//              schema.graphql plus <table>.table.json ({ "<key>": source }) and <file>.graphql documents:
//              validate(buildSchema(schema.graphql), parse(doc)): answer { errors: [{ message, locations }] },
//              or { error } when parsing or validation throws.
// The top level also has "introspectionQuery", the text our engine runs for the round trip.
//
//   node oracle/oracle.mjs --round-trip < { "<name>": <introspection data> }
// prints { "<name>": { printed } | { error } }: printSchema(buildClientSchema(data)) of our engine's answers.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema, buildSchema, execute, getIntrospectionQuery, parse, print,
  printSchema, validate, validateSchema, version, GraphQLError,
} from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

const introspectionQuery = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
});

if (process.argv[2] === '--round-trip') {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = {};
  for (const [name, data] of Object.entries(input)) {
    out[name] = answer(() => printSchema(buildClientSchema(data)));
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

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

/** graphql-js's own introspection data for a valid schema, or undefined when it is invalid. */
function introspect(schema) {
  if (validateSchema(schema).length > 0) return undefined;
  return execute({ schema, document: parse(introspectionQuery) }).data;
}

function schemaCase({ source, options }) {
  const printed = answer(() => printSchema(buildSchema(source, options)));
  if (printed.error) return printed;
  return { ...printed, introspection: introspect(buildSchema(source, options)) };
}

/** A list of errors reduced to { errors: [{ message, locations }] }, or { error } when it throws. */
function errorsAnswer(run) {
  try {
    return { errors: run().map((e) => ({ message: e.message, locations: e.locations ?? [] })) };
  } catch (e) {
    return answer(() => { throw e; });
  }
}

function schemaValidationCase({ source }) {
  return errorsAnswer(() => validateSchema(buildSchema(source, { assumeValidSDL: true })));
}

/**
 * The resolver of every field in execution cases (ours does the same, see FixtureResolver.cs):
 * the parent's property named like the field; when the parent has none and the field has arguments,
 * the value of its only argument, or all arguments as an object, so queries can observe coercion;
 * a string "throw:<message>" throws an Error with that message.
 */
function fixtureResolver(source, args, _context, info) {
  let value = source == null ? undefined : source[info.fieldName];
  const field = info.parentType.getFields()[info.fieldName];
  if (value === undefined && field && field.args.length > 0) {
    value = field.args.length === 1 ? args[field.args[0].name] : args;
  }
  if (typeof value === 'string' && value.startsWith('throw:')) throw new Error(value.slice('throw:'.length));
  return value;
}

/** A result reduced to what we compare: data verbatim, errors as { message, path, locations }. */
function canonical(result) {
  const out = {};
  if (result.errors) {
    out.errors = result.errors.map((e) => ({ message: e.message, path: e.path, locations: e.locations }));
  }
  if ('data' in result) out.data = result.data;
  return out;
}

/** Every case of corpus/execution: one folder per schema, tables of queries inside. */
function executionAnswers(answers) {
  const dir = path.join(corpusDir, 'execution');
  for (const schemaName of fs.readdirSync(dir).sort()) {
    const schemaDir = path.join(dir, schemaName);
    const sdl = fs.readFileSync(path.join(schemaDir, 'schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    const rootValue = JSON.parse(fs.readFileSync(path.join(schemaDir, 'fixtures.json'), 'utf8'));
    answers[`introspection/${schemaName}`] = { source: sdl, printed: printSchema(schema), introspection: introspect(schema) };
    for (const file of fs.readdirSync(schemaDir).sort().filter((f) => f.endsWith('.table.json'))) {
      const table = JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8'));
      for (const [key, value] of Object.entries(table)) {
        const entry = typeof value === 'string' ? { query: value } : value;
        const document = parse(entry.query);
        const validationErrors = validate(schema, document).map((e) => e.message);
        const result = execute({
          schema, document, rootValue, fieldResolver: fixtureResolver,
          variableValues: entry.variables, operationName: entry.operationName,
        });
        answers[`execution/${schemaName}/${file.slice(0, -'.table.json'.length)}/${key}`] = {
          source: entry.query, validationErrors, result: canonical(result),
        };
      }
    }
  }
}

/** validateSDL (not exported from the package root) of an SDL document, without a schema to extend. */
function sdlValidationCase({ source }) {
  return errorsAnswer(() => validateSDL(parse(source)));
}

/** Every case of corpus/validation: one folder per schema, tables and documents inside. */
function validationAnswers(answers) {
  const dir = path.join(corpusDir, 'validation');
  for (const schemaName of fs.readdirSync(dir).sort()) {
    const schema = buildSchema(fs.readFileSync(path.join(dir, schemaName, 'schema.graphql'), 'utf8'));
    for (const c of readCases(`validation/${schemaName}`).filter((c) => c.name !== `validation/${schemaName}/schema`)) {
      answers[c.name] = { source: c.source, ...validationAnswer(schema, c.source) };
    }
  }
}

function validationAnswer(schema, source) {
  return errorsAnswer(() => validate(schema, parse(source)));
}

const kinds = {
  parse: ({ source, options }) => answer(() => print(parse(source, options))),
  schema: schemaCase,
  'schema-validation': schemaValidationCase,
  'sdl-validation': sdlValidationCase,
};

const answers = {};
for (const [kind, run] of Object.entries(kinds)) {
  for (const c of readCases(kind)) {
    answers[c.name] = { source: c.source, ...run(c) };
  }
}
executionAnswers(answers);
validationAnswers(answers);
process.stdout.write(JSON.stringify({ graphqlVersion: version, introspectionQuery, cases: answers }));
