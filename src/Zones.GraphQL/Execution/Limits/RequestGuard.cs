using System.Globalization;
using System.Text;
using Zones.GraphQL.Introspection;
using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution.Limits;

/// <summary>
/// The checks <see cref="GraphQLService"/> runs around parsing and validation: document size, token
/// count, depth, aliases, cost, and introspection when it is disabled. Each error says the limit,
/// the measured value and what to do about it.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Requests
/// </summary>
public static class RequestGuard
{
    /// <summary>The error for a document above <see cref="RequestLimits.MaxDocumentBytes"/>, or null.</summary>
    public static GraphQLError? CheckSize(string query, RequestLimits limits)
    {
        if (limits.MaxDocumentBytes is not { } max || query.Length <= max / 3 && Encoding.UTF8.GetMaxByteCount(query.Length) <= max)
            return null;
        var bytes = Encoding.UTF8.GetByteCount(query);
        return bytes <= max ? null : Limit($"The document is {bytes} bytes, more than the limit of {max} bytes. Send a shorter document, or raise RequestLimits.MaxDocumentBytes.");
    }

    /// <summary>Replaces the parser's token-limit error with one that gives the document's real token count.</summary>
    public static GraphQLError TokenError(Source source, int max)
    {
        var lexer = new Lexer(source);
        var count = 0;
        while (lexer.Advance().Kind != TokenKind.Eof)
            count++;
        return Limit($"The document has {count} tokens, more than the limit of {max}. Ask for fewer fields or split the request, or raise RequestLimits.MaxTokens.");
    }

    /// <summary>The depth, alias and cost errors of the operation that will run.</summary>
    public static IReadOnlyList<GraphQLError> CheckOperation(Schema schema, DocumentNode document, string? operationName,
        IReadOnlyDictionary<string, object?>? variables, RequestLimits limits)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is null)
            return [];
        var measure = OperationMeasure.Of(schema, document, operation, variables, limits);
        var errors = new List<GraphQLError>();
        if (measure.Depth > limits.MaxDepth)
            errors.Add(Limit($"The operation is {measure.Depth} levels deep, more than the limit of {limits.MaxDepth}. Nest fewer selections, or raise RequestLimits.MaxDepth.", operation));
        if (measure.Aliases > limits.MaxAliases)
            errors.Add(Limit($"The operation uses {measure.Aliases} aliases, more than the limit of {limits.MaxAliases}. Use fewer aliases, or raise RequestLimits.MaxAliases.", operation));
        if (measure.Cost > limits.MaxCost)
            errors.Add(Limit(CostMessage(measure, limits), operation));
        return errors;
    }

    // Names the fields with a declared cost, heaviest first: asking for fewer of them is usually the fix.
    static string CostMessage(OperationMeasure measure, RequestLimits limits)
    {
        var cost = measure.Cost == long.MaxValue ? "too large to count" : measure.Cost.ToString(CultureInfo.InvariantCulture);
        var rule = $"Each field costs 1 times the sizes of the lists above it ({string.Join("/", limits.ListSizeArguments)} argument, else {limits.DefaultListSize})";
        if (measure.WeightedFields is not { Count: > 0 } weighted)
            return $"The operation's estimated cost is {cost}, more than the cost limit of {limits.MaxCost}. {rule}; ask for fewer items or fewer nested lists, or raise RequestLimits.MaxCost.";
        var named = string.Join(", ", weighted.Take(5).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Coordinate} {f.Times} × {f.Cost}")))
                    + (weighted.Count > 5 ? ", …" : "");
        return $"The operation's estimated cost is {cost}, more than the cost limit of {limits.MaxCost}. {rule}; some fields declare a higher cost: {named}. " +
               "Ask for fewer of those per request (split them over several requests), fewer items or fewer nested lists, or raise RequestLimits.MaxCost.";
    }

    static GraphQLError Limit(string message, Node? node = null) =>
        new(message, node is null ? null : [node], extensions: new Dictionary<string, object?> { ["code"] = "LIMIT_EXCEEDED" });

    /// <summary>
    /// graphql-js <c>NoSchemaIntrospectionCustomRule</c>: every field whose type is an introspection
    /// type (<c>__schema</c>, <c>__type</c> and the fields below them) is reported.
    /// </summary>
    public static IReadOnlyList<GraphQLError> CheckIntrospection(Schema schema, DocumentNode document)
    {
        var errors = new List<GraphQLError>();
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
                FindIntrospection(schema, operation.SelectionSet, RootOf(schema, operation.Operation), errors);
            else if (definition is FragmentDefinitionNode fragment)
                FindIntrospection(schema, fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), errors);
        }
        return errors;
    }

    static ObjectType? RootOf(Schema schema, OperationType operation) => operation switch
    {
        OperationType.Mutation => schema.Mutation,
        OperationType.Subscription => schema.Subscription,
        _ => schema.Query,
    };

    static void FindIntrospection(Schema schema, SelectionSetNode selectionSet, NamedType? parentType, List<GraphQLError> errors)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var type = FieldType(schema, parentType, field.Name.Value)?.GetNamedType();
                    if (type is not null && IntrospectionTypes.IsIntrospectionType(type))
                        errors.Add(new GraphQLError($"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".", [field]));
                    if (field.SelectionSet is { } children)
                        FindIntrospection(schema, children, type, errors);
                    break;
                case InlineFragmentNode inline:
                    FindIntrospection(schema, inline.SelectionSet, inline.TypeCondition is { } c ? schema.GetType(c.Name.Value) : parentType, errors);
                    break;
            }
        }
    }

    static GraphQLType? FieldType(Schema schema, NamedType? parentType, string name) => name switch
    {
        "__schema" when ReferenceEquals(parentType, schema.Query) => IntrospectionTypes.SchemaMetaField.Type,
        "__type" when ReferenceEquals(parentType, schema.Query) => IntrospectionTypes.TypeMetaField.Type,
        "__typename" when parentType is ObjectLikeType or UnionType => IntrospectionTypes.TypeNameMetaField.Type,
        _ => (parentType as ObjectLikeType)?.Fields.GetValueOrDefault(name)?.Type,
    };
}
