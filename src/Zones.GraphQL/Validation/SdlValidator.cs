using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// Validates a type system (SDL) document before a schema is built from it (graphql-js
/// <c>validateSDL</c> / <c>assertValidSDL</c> without a schema to extend): unique names, known
/// types and directives, directive arguments, and type extensions that match their types.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
/// <remarks>
/// The rules shared with executable validation look up directives and types in a schema; here
/// that is a schema with nothing but the built-in directives and types, which is what graphql-js
/// falls back to without one.
/// </remarks>
public static class SdlValidator
{
    static readonly Lazy<Schema> NoSchema = new(() => new Schema(null));

    /// <summary>The errors of <paramref name="document"/>, in the order graphql-js reports them; empty when valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document,
        IReadOnlyList<Func<ValidationContext, ValidationRule>>? rules = null)
    {
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(NoSchema.Value, document, new TypeInfo(NoSchema.Value), errors.Add);
        var visitors = (rules ?? SpecifiedRules.Sdl).Select(rule => (AstVisitor)rule(context)).ToList();
        AstWalker.Walk(document, new ParallelVisitor(visitors));
        return errors;
    }

    /// <summary>Throws, with every message joined by a blank line as graphql-js does, when the document is invalid.</summary>
    public static void AssertValid(DocumentNode document)
    {
        var errors = Validate(document);
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n\n", errors.Select(e => e.Message)));
    }
}
