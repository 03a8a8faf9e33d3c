using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// What every rule of one validation run shares (graphql-js <c>ValidationContext</c>): the schema
/// and document, error reporting, the <see cref="Validation.TypeInfo"/> of the node being visited,
/// and cached lookups of fragments and variable usages (in <c>ValidationContext.Fragments.cs</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public sealed partial class ValidationContext
{
    readonly Action<GraphQLError> _onError;

    /// <summary>Creates the context; <paramref name="onError"/> receives every reported error.</summary>
    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError,
        bool hideSuggestions = false)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        HideSuggestions = hideSuggestions;
        _onError = onError;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The schema elements of the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>Whether "Did you mean …?" hints are left out of messages (they can reveal the schema).</summary>
    public bool HideSuggestions { get; }

    /// <summary>Shorthand for <see cref="TypeInfo.Type"/>.</summary>
    public GraphQLType? Type => TypeInfo.Type;

    /// <summary>Shorthand for <see cref="TypeInfo.ParentType"/>.</summary>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <summary>Shorthand for <see cref="TypeInfo.InputType"/>.</summary>
    public GraphQLType? InputType => TypeInfo.InputType;

    /// <summary>Shorthand for <see cref="TypeInfo.ParentInputType"/>.</summary>
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>Shorthand for <see cref="TypeInfo.FieldDef"/>.</summary>
    public FieldDefinition? FieldDef => TypeInfo.FieldDef;

    /// <summary>Reports an error.</summary>
    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>Reports an error located at <paramref name="nodes"/>.</summary>
    public void ReportError(string message, params IReadOnlyList<Node> nodes) => _onError(new GraphQLError(message, nodes));

    /// <summary>graphql-js <c>suggestionList</c>, or nothing when suggestions are hidden.</summary>
    public IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options) =>
        HideSuggestions ? [] : DidYouMean.Suggestions(input, options);
}
