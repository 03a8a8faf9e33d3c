using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// Attaching resolvers to a schema built from SDL, by schema coordinate (<c>"Zone.children"</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Schema-Coordinates
/// </summary>
public sealed partial class Schema
{
    /// <summary>The field at a coordinate <c>Type.field</c>; throws when there is none.</summary>
    public FieldDefinition GetField(string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        if (dot <= 0 || GetType(coordinate[..dot]) is not ObjectLikeType type
            || !type.Fields.TryGetValue(coordinate[(dot + 1)..], out var field))
            throw new ArgumentException($"The schema has no field \"{coordinate}\".", nameof(coordinate));
        return field;
    }

    /// <summary>Sets the resolver of the field at <paramref name="coordinate"/>.</summary>
    public Schema Resolve(string coordinate, FieldResolver resolve)
    {
        GetField(coordinate).Resolve = resolve;
        return this;
    }

    /// <summary>Sets a synchronous resolver computed from the parent value.</summary>
    public Schema Resolve(string coordinate, Func<object?, object?> resolve) =>
        Resolve(coordinate, ctx => new ValueTask<object?>(resolve(ctx.Source)));

    /// <summary>Sets an asynchronous resolver that gets the parent value, the arguments and the context.</summary>
    public Schema Resolve(string coordinate, Func<object?, IReadOnlyDictionary<string, object?>, ResolveContext, ValueTask<object?>> resolve) =>
        Resolve(coordinate, ctx => resolve(ctx.Source, ctx.Arguments, ctx));
}
