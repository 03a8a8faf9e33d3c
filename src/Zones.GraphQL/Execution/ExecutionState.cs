using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// What the executor knows about one execution (graphql-js <c>ExecutionContext</c>): the chosen
/// operation, fragments, coerced variables, collected errors, loaders and the cancellation token.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Requests
/// </summary>
internal sealed class ExecutionState
{
    ExecutionState(ExecutionRequest request, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, CancellationToken ct)
    {
        Request = request;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variables;
        CancellationToken = ct;
        Loaders = request.Loaders ?? new DataLoaderContext();
        FieldResolver = request.FieldResolver ?? DefaultFieldResolver.Resolve;
    }

    public ExecutionRequest Request { get; }

    public Schema Schema => Request.Schema;

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderContext Loaders { get; }

    public FieldResolver FieldResolver { get; }

    public ErrorCollector Errors { get; } = new();

    /// <summary>Picks the operation and coerces the variables, or returns the request errors (graphql-js <c>buildExecutionContext</c>).</summary>
    public static (ExecutionState? State, IReadOnlyList<GraphQLError> Errors) Build(ExecutionRequest request, CancellationToken ct)
    {
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in request.Document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
                fragments[fragment.Name.Value] = fragment;
            else if (definition is OperationDefinitionNode candidate)
            {
                if (request.OperationName is null && operation is not null)
                    return (null, [new GraphQLError("Must provide operation name if query contains multiple operations.")]);
                if (request.OperationName is null || candidate.Name?.Value == request.OperationName)
                    operation = candidate;
            }
        }
        if (operation is null)
            return (null, [new GraphQLError(request.OperationName is null ? "Must provide an operation." : $"Unknown operation named \"{request.OperationName}\".")]);
        var (variables, errors) = Values.GetVariableValues(request.Schema, operation.VariableDefinitions,
            request.VariableValues ?? new Dictionary<string, object?>());
        return variables is null ? (null, errors) : (new ExecutionState(request, operation, fragments, variables, ct), []);
    }
}
