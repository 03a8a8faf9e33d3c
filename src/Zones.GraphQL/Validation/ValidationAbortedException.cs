namespace Zones.GraphQL.Validation;

/// <summary>
/// Stops a validation run early: after the error limit is reached (the limit error is already
/// recorded), or when a work budget runs out (graphql-js <c>validationAbortedError</c>, recorded
/// when caught).
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
sealed class ValidationAbortedException(GraphQLError? error) : Exception(error?.Message ?? "Validation aborted.")
{
    /// <summary>The error to add to the result when the run is aborted, if any.</summary>
    public GraphQLError? Error { get; } = error;

    /// <summary>The error graphql-js reports when a work budget runs out.</summary>
    public static GraphQLError WorkLimitError() => new("Validation aborted.");
}
