using System.Runtime.CompilerServices;
using Zones.GraphQL.Language;
using Zones.GraphQL.Types;
using Zones.GraphQL.Validation;

namespace Zones.GraphQL.Tests.Validation;

/// <summary>
/// The fixed test schema of the validation rule tests: graphql-js's <c>harness.ts</c> schema
/// (16.x, with the <c>Being</c> / <c>Alien</c> types and test directives of earlier versions and
/// the subscription root of <c>SingleFieldSubscriptionsRule-test</c>), built from SDL, and helpers
/// that validate a document with chosen rules.
/// </summary>
public static class ValidationHarness
{
    /// <summary>The test schema: <c>corpus/validation/harness/schema.graphql</c> of the conformance suite.</summary>
    public static Schema Schema { get; } = CorpusSchema("harness");

    /// <summary>
    /// The schema of a folder of the conformance suite's validation corpus, so that rule tests and
    /// conformance cases (where graphql-js answers) use the very same schemas.
    /// </summary>
    public static Schema CorpusSchema(string folder) =>
        SchemaBuilder.Build(File.ReadAllText(Path.Combine(CorpusDirectory(), folder, "schema.graphql")));

    // The corpus lives beside this project in the source tree, which the tests always run from.
    static string CorpusDirectory([CallerFilePath] string harnessFile = "") =>
        Path.Combine(Path.GetDirectoryName(harnessFile)!, "..", "..", "Zones.GraphQL.Conformance", "corpus", "validation");

    /// <summary>Validates <paramref name="query"/> against the test schema with the given rules.</summary>
    public static ValidationAssert Validate(string query, params Func<ValidationContext, ValidationRule>[] rules) =>
        ValidateWithSchema(Schema, query, rules);

    /// <summary>Validates <paramref name="query"/> against the test schema, leaving "Did you mean …?" hints out.</summary>
    public static ValidationAssert ValidateHidingSuggestions(string query, params Func<ValidationContext, ValidationRule>[] rules) =>
        new(Validator.Validate(Schema, Parser.Parse(query), rules, hideSuggestions: true));

    /// <summary>Validates an SDL document with the given SDL rules (graphql-js <c>validateSDL</c>).</summary>
    public static ValidationAssert ValidateSdl(string sdl, params Func<ValidationContext, ValidationRule>[] rules) =>
        new(SdlValidator.Validate(Parser.Parse(sdl), rules));

    /// <summary>Validates <paramref name="query"/> against another schema with the given rules.</summary>
    public static ValidationAssert ValidateWithSchema(Schema schema, string query, params Func<ValidationContext, ValidationRule>[] rules) =>
        new(Validator.Validate(schema, Parser.Parse(query), rules));
}
