namespace Zones.GraphQL.Execution;

/// <summary>
/// The position of a value in the response: a linked list of field names and list indices, built
/// as the executor descends (graphql-js <c>Path</c>). Positions are compared by reference, which is
/// how nulled positions are recognised.
/// Spec: https://spec.graphql.org/September2025/#sec-Errors.Error-Result-Format
/// </summary>
/// <param name="Previous">The enclosing position, or null for a root field.</param>
/// <param name="Key">A response name (<see cref="string"/>) or a list index (<see cref="int"/>).</param>
/// <param name="TypeName">The parent type's name for a field; null for a list index.</param>
public sealed record ResponsePath(ResponsePath? Previous, object Key, string? TypeName)
{
    /// <summary>The keys from the root, as an error's <c>path</c>.</summary>
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var path = this; path is not null; path = path.Previous)
            keys.Add(path.Key);
        keys.Reverse();
        return keys;
    }

    // Reference identity: two visits of the same response name are different positions.
    /// <inheritdoc />
    public bool Equals(ResponsePath? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
