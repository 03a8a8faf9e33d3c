using Zones.GraphQL.Execution;
using Zones.GraphQL.Execution.Limits;
using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL;

/// <summary>
/// The engine's front door (graphql-js <c>graphql()</c>): schema check → size limit → parse (token
/// limit) → validate → introspection switch → depth, alias and cost limits → execute. Each phase
/// that fails returns its errors without <c>data</c>, as graphql-js does.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Requests
/// </summary>
public sealed class GraphQLService(Schema schema, GraphQLServiceOptions? options = null)
{
    /// <summary>The schema requests run against.</summary>
    public Schema Schema { get; } = schema;

    /// <summary>The options.</summary>
    public GraphQLServiceOptions Options { get; } = options ?? new();

    /// <summary>Runs a query or mutation; cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken ct = default)
    {
        var (document, errors) = Prepare(request);
        if (document is null)
            return ExecutionResult.FromErrors(errors);
        return await Executor.ExecuteAsync(ToExecution(request, document), ct);
    }

    /// <summary>Runs a subscription: one result per source event, or a single result with the errors.</summary>
    public async IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var (document, errors) = Prepare(request);
        if (document is null)
        {
            yield return ExecutionResult.FromErrors(errors);
            yield break;
        }
        await foreach (var result in Executor.SubscribeAsync(ToExecution(request, document), ct))
            yield return result;
    }

    /// <summary>Every check before execution; returns the document to execute or the errors that stop the request.</summary>
    public (DocumentNode? Document, IReadOnlyList<GraphQLError> Errors) Prepare(GraphQLRequest request)
    {
        if (SchemaValidator.Validate(Schema) is { Count: > 0 } schemaErrors)
            return (null, schemaErrors);
        var limits = Options.Limits;
        if (RequestGuard.CheckSize(request.Query, limits) is { } sizeError)
            return (null, [sizeError]);
        var (document, parseError) = Parse(request.Query, limits);
        if (document is null)
            return (null, [parseError!]);
        if (Validate(document) is { Count: > 0 } validationErrors)
            return (null, validationErrors);
        if (!Options.IntrospectionEnabled && RequestGuard.CheckIntrospection(Schema, document) is { Count: > 0 } introspectionErrors)
            return (null, introspectionErrors);
        var limitErrors = RequestGuard.CheckOperation(Schema, document, request.OperationName, request.Variables, limits);
        return limitErrors.Count > 0 ? (null, limitErrors) : (document, []);
    }

    // graphql-js lets a rule throw (a subscription whose @skip cannot be evaluated); a server answers with the error instead.
    IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        try
        {
            return Options.Validate?.Invoke(Schema, document) ?? [];
        }
        catch (GraphQLError error)
        {
            return [error];
        }
    }

    static (DocumentNode? Document, GraphQLError? Error) Parse(string query, RequestLimits limits)
    {
        var source = new Source(query);
        try
        {
            return (Parser.Parse(source, new ParseOptions { MaxTokens = limits.MaxTokens }), null);
        }
        catch (GraphQLError error) when (limits.MaxTokens is { } max && error.Message.EndsWith("tokens. Parsing aborted.", StringComparison.Ordinal))
        {
            return (null, RequestGuard.TokenError(source, max));
        }
        catch (GraphQLError error)
        {
            return (null, error);
        }
    }

    ExecutionRequest ToExecution(GraphQLRequest request, DocumentNode document) => new()
    {
        Schema = Schema,
        Document = document,
        OperationName = request.OperationName,
        VariableValues = request.Variables,
        RootValue = request.RootValue,
        Context = request.Context,
        Loaders = request.Loaders,
        FieldResolver = Options.FieldResolver,
    };
}
