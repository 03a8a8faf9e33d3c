namespace Zones.GraphQL.Types;

/// <summary>
/// What every code-first type builder shares: the type's name and description, and the name lookup
/// a <see cref="Schema"/> binds when it is created, so that references by SDL text
/// (<see cref="TypeRef"/>) resolve lazily, like graphql-js thunks.
/// Spec: https://spec.graphql.org/September2025/#sec-Types
/// </summary>
public abstract class TypeBuilder
{
    Func<string, NamedType?>? _lookup;

    private protected TypeBuilder(string typeName) => TypeName = typeName;

    /// <summary>The name of the type being declared.</summary>
    public string TypeName { get; }

    /// <summary>The description given with <see cref="Description"/>.</summary>
    public string? TypeDescription { get; private set; }

    /// <summary>Sets the type's description.</summary>
    public void Description(string description) => TypeDescription = description;

    /// <summary>Type objects referenced directly (not by name), so a schema can find every type before resolving names.</summary>
    internal abstract IEnumerable<GraphQLType> DeclaredTypes { get; }

    /// <summary>Binds the name lookup of the first schema that contains the type.</summary>
    internal void Bind(Func<string, NamedType?> lookup) => _lookup ??= lookup;

    internal GraphQLType Resolve(TypeRef type, string owner) =>
        type.Resolve(_lookup ?? (name => Scalars.Specified.FirstOrDefault(s => s.Name == name)), owner);
}
