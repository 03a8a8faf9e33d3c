using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// Declares the fields and interfaces of an object or interface type in code. A resolver is
/// either <c>source =&gt; value</c> or <c>async (source, args, ctx) =&gt; value</c>; without one the
/// executor reads a property or dictionary entry named like the field.
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public abstract class FieldsBuilder : TypeBuilder
{
    readonly List<FieldBuilder> _fields = [];
    readonly List<TypeRef> _interfaces = [];

    private protected FieldsBuilder(string typeName) : base(typeName)
    {
    }

    /// <summary>Declares the interfaces the type implements.</summary>
    public void Implements(params TypeRef[] interfaces) => _interfaces.AddRange(interfaces);

    /// <summary>Adds a field whose value is computed synchronously from the parent value (or read by the default resolver).</summary>
    public FieldBuilder Field(string name, TypeRef type, Func<object?, object?>? resolve = null) =>
        Add(new FieldBuilder(name, type, resolve is null ? null : ctx => new ValueTask<object?>(resolve(ctx.Source))));

    /// <summary>Adds a field with an asynchronous resolver that gets the parent value, the coerced arguments and the context.</summary>
    public FieldBuilder Field(string name, TypeRef type, Func<object?, IReadOnlyDictionary<string, object?>, ResolveContext, ValueTask<object?>> resolve) =>
        Add(new FieldBuilder(name, type, ctx => resolve(ctx.Source, ctx.Arguments, ctx)));

    FieldBuilder Add(FieldBuilder field)
    {
        _fields.Add(field);
        return field;
    }

    internal override IEnumerable<GraphQLType> DeclaredTypes =>
        _fields.SelectMany(f => f.DeclaredTypes).Concat(_interfaces.Select(i => i.Object).OfType<GraphQLType>());

    internal IEnumerable<FieldDefinition> BuildFields() => _fields.Select(f => f.Build(this));

    internal IEnumerable<InterfaceType> BuildInterfaces() =>
        _interfaces.Select(i => Resolve(i, $"Type {TypeName}") as InterfaceType
            ?? throw new InvalidOperationException($"Type {TypeName} can only implement interfaces, and {i} is not one."));
}

/// <summary>Declares an object type in code; see <see cref="FieldsBuilder"/>.</summary>
public sealed class ObjectTypeBuilder : FieldsBuilder
{
    ObjectTypeBuilder(string typeName) : base(typeName)
    {
    }

    internal Func<object?, ResolveContext, bool>? IsTypeOfFunction { get; private set; }

    /// <summary>Sets how to recognise values of this type when resolving an interface or union.</summary>
    public void IsTypeOf(Func<object?, ResolveContext, bool> isTypeOf) => IsTypeOfFunction = isTypeOf;

    /// <summary>Values of this type are instances of <typeparamref name="T"/>.</summary>
    public void IsTypeOf<T>() => IsTypeOfFunction = (value, _) => value is T;

    internal static ObjectTypeBuilder Run(string name, Action<ObjectTypeBuilder> define)
    {
        var builder = new ObjectTypeBuilder(name);
        define(builder);
        return builder;
    }
}

/// <summary>Declares an interface type in code; see <see cref="FieldsBuilder"/>.</summary>
public sealed class InterfaceTypeBuilder : FieldsBuilder
{
    InterfaceTypeBuilder(string typeName) : base(typeName)
    {
    }

    internal Func<object?, ResolveContext, string?>? ResolveTypeFunction { get; private set; }

    /// <summary>Sets how to find the object type name of a value (otherwise <c>__typename</c>, then each type's IsTypeOf).</summary>
    public void ResolveType(Func<object?, ResolveContext, string?> resolveType) => ResolveTypeFunction = resolveType;

    internal static InterfaceTypeBuilder Run(string name, Action<InterfaceTypeBuilder> define)
    {
        var builder = new InterfaceTypeBuilder(name);
        define(builder);
        return builder;
    }
}
