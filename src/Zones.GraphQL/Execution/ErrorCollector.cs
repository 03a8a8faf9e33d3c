namespace Zones.GraphQL.Execution;

/// <summary>
/// The field errors of one execution. An error is dropped when its position, or one of its
/// ancestors, has already been nulled by an earlier error, so a response never reports errors from
/// inside a value it replaced with null (graphql-js 16.15 <c>CollectedErrors</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors
/// </summary>
internal sealed class ErrorCollector
{
    readonly object _gate = new();
    readonly List<GraphQLError> _errors = [];
    readonly HashSet<ResponsePath> _nulled = [];
    bool _rootNulled;

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_gate)
                return [.. _errors];
        }
    }

    /// <summary>Records an error that nulled the value at <paramref name="path"/> (null: the whole data).</summary>
    public void Add(GraphQLError error, ResponsePath? path)
    {
        lock (_gate)
        {
            if (IsNulled(path))
                return;
            if (path is null)
                _rootNulled = true;
            else
                _nulled.Add(path);
            _errors.Add(error);
        }
    }

    bool IsNulled(ResponsePath? path)
    {
        for (var p = path; p is not null; p = p.Previous)
        {
            if (_nulled.Contains(p))
                return true;
        }
        return _rootNulled;
    }
}
