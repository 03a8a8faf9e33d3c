namespace Zones.GraphQL.Execution;

/// <summary>
/// Computes the value of one field for one parent value (graphql-js <c>GraphQLFieldResolver</c>).
/// A <see cref="ValueTask{TResult}"/> so synchronous resolvers cost no allocation. Throwing
/// produces a field error at the field's path.
/// Spec: https://spec.graphql.org/September2025/#sec-Value-Resolution
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>
/// Creates the source event stream of a subscription root field; each event becomes the root
/// value of one execution (spec CreateSourceEventStream / MapSourceToResponseEvent).
/// Spec: https://spec.graphql.org/September2025/#sec-Source-Stream
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SourceStreamResolver(ResolveContext context);
