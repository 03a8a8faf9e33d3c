// Validates an OpenAPI document (a JSON file, or a URL) with two standard validators:
// @seriousme/openapi-schema-validator (the OpenAPI Initiative's JSON Schema for the document's
// version) and @apidevtools/swagger-parser (that schema plus the rules a schema cannot say: every
// $ref resolves, path parameters are declared, no duplicate parameters or operationIds).
// Prints "valid" or the errors as JSON; exits 0 when both accept the document, 1 otherwise.
// Called by Zones.Server.Tests (OgcApiDefinitionTests); by hand: node openapi.mjs http://127.0.0.1:5080/ogc/api
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import SwaggerParser from '@apidevtools/swagger-parser';

const source = process.argv[2];
if (!source) {
  console.error('usage: node openapi.mjs <openapi.json | url>');
  process.exit(2);
}
const text = /^https?:/.test(source) ? await (await fetch(source)).text() : await readFile(source, 'utf8');
const problems = [];

const validator = new Validator();
const schemaResult = await validator.validate(JSON.parse(text));
if (!schemaResult.valid) problems.push({ validator: 'openapi-schema-validator', errors: schemaResult.errors });

try {
  await SwaggerParser.validate(JSON.parse(text));
} catch (e) {
  problems.push({ validator: 'swagger-parser', errors: [String(e.message ?? e)] });
}

if (problems.length === 0) {
  console.log(`valid (OpenAPI ${validator.version})`);
} else {
  console.log(JSON.stringify(problems, null, 2));
  process.exit(1);
}
