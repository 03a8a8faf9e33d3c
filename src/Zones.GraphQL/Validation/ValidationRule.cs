using Zones.GraphQL.Language;

namespace Zones.GraphQL.Validation;

/// <summary>
/// The base of a validation rule: a visitor created once per validated document, which reports
/// errors through its <see cref="Context"/> (graphql-js <c>ValidationRule</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public abstract class ValidationRule(ValidationContext context) : AstVisitor
{
    /// <summary>The validation run this rule belongs to.</summary>
    protected ValidationContext Context { get; } = context;
}
