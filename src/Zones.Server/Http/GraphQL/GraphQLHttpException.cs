namespace Zones.Server.Http.GraphQL;

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request; answered with its status and message.</summary>
sealed class GraphQLHttpException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
