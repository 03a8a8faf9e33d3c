using System.Collections;
using System.Runtime.CompilerServices;

namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An immutable list of AST nodes with structural equality, so records holding lists compare by
/// content. Supports collection expressions (<c>[a, b]</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Language
/// </summary>
[CollectionBuilder(typeof(NodeList), nameof(NodeList.Create))]
public sealed class NodeList<T> : IReadOnlyList<T>, IEquatable<NodeList<T>>
{
    readonly T[] _items;

    internal NodeList(T[] items) => _items = items;

    /// <summary>The empty list (shared).</summary>
    public static NodeList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>Allocation-free enumeration for <c>foreach</c>.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Element-wise equality.</summary>
    public bool Equals(NodeList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NodeList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
            hash.Add(item);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>Factory for <see cref="NodeList{T}"/>, used by collection expressions.</summary>
public static class NodeList
{
    /// <summary>Copies the items into a new list.</summary>
    public static NodeList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? NodeList<T>.Empty : new NodeList<T>(items.ToArray());

    /// <summary>Takes ownership of a list built by the parser.</summary>
    internal static NodeList<T> From<T>(List<T> items) =>
        items.Count == 0 ? NodeList<T>.Empty : new NodeList<T>(items.ToArray());
}
