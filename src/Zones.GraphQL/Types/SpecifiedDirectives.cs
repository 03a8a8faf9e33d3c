namespace Zones.GraphQL.Types;

/// <summary>
/// The directives every schema has: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>,
/// <c>@specifiedBy</c> and <c>@oneOf</c>, defined as in graphql-js 16.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System.Directives.Built-in-Directives
/// </summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    static readonly string[] ExecutableFieldLocations = ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"];

    /// <summary><c>@include(if: Boolean!)</c></summary>
    public static Directive Include { get; } = new("include", ExecutableFieldLocations)
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new InputValue("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." }],
    };

    /// <summary><c>@skip(if: Boolean!)</c></summary>
    public static Directive Skip { get; } = new("skip", ExecutableFieldLocations)
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new InputValue("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." }],
    };

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c></summary>
    public static Directive Deprecated { get; } = new("deprecated",
        ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE", "DIRECTIVE_DEFINITION"])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new InputValue("reason", Scalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                HasDefaultValue = true,
                DefaultValue = DefaultDeprecationReason,
            },
        ],
    };

    /// <summary><c>@specifiedBy(url: String!)</c></summary>
    public static Directive SpecifiedBy { get; } = new("specifiedBy", ["SCALAR"])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new InputValue("url", new NonNullType(Scalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    /// <summary><c>@oneOf</c></summary>
    public static Directive OneOf { get; } = new("oneOf", ["INPUT_OBJECT"])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>All of them, in graphql-js order.</summary>
    public static IReadOnlyList<Directive> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether a directive is one of these (by name, as graphql-js checks).</summary>
    public static bool IsSpecified(Directive directive) => All.Any(d => d.Name == directive.Name);
}
