using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (graphql-js <c>validate</c>): every rule runs
/// in one traversal, and the errors come back in the order the rules reported them.
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public static class Validator
{
    /// <summary>The message of the error that ends a run which reached <c>maxErrors</c>.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>
    /// Validates <paramref name="document"/>; an empty list means it is valid.
    /// </summary>
    /// <param name="schema">The schema, assumed valid (schema validation is a separate step).</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">Rule factories; <see cref="SpecifiedRules.All"/> by default.</param>
    /// <param name="maxErrors">After this many errors, one more error says validation was aborted, and it stops.</param>
    /// <param name="hideSuggestions">Leave "Did you mean …?" hints out of messages.</param>
    /// <remarks>
    /// Like graphql-js, a <see cref="GraphQLError"/> thrown by a rule (e.g. a subscription whose
    /// <c>@skip(if:)</c> uses a variable) propagates to the caller.
    /// </remarks>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document,
        IReadOnlyList<Func<ValidationContext, ValidationRule>>? rules = null, int maxErrors = 100, bool hideSuggestions = false)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError(TooManyErrorsMessage));
                throw new ValidationAbortedException(null);
            }
            errors.Add(error);
        }, hideSuggestions);
        var visitors = (rules ?? SpecifiedRules.All).Select(rule => (AstVisitor)rule(context)).ToList();
        try
        {
            AstWalker.Walk(document, new ValidationVisitor(typeInfo, new ParallelVisitor(visitors)));
        }
        catch (ValidationAbortedException aborted) when (aborted.Error is { } error)
        {
            errors.Add(error);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; its error is already in the list.
        }
        return errors;
    }
}
