using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js 16 <c>printSchema</c>: the schema definition only
/// when root names are not conventional or there is a description, then user directives, then user
/// types in type-map order; built-in scalars and directives are left out.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of the schema.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string?> { SchemaDefinition(schema) };
        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.IsSpecified(d)).Select(Directive));
        parts.AddRange(schema.TypeMap.Values.Where(t => !Scalars.IsSpecified(t) && !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(Type));
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    static string? SchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasConventionalRootNames(schema))
            return null;
        var operations = new List<string>();
        if (schema.Query is { } query)
            operations.Add($"  query: {query.Name}");
        if (schema.Mutation is { } mutation)
            operations.Add($"  mutation: {mutation.Name}");
        if (schema.Subscription is { } subscription)
            operations.Add($"  subscription: {subscription.Name}");
        return Description(schema.Description) + $"schema {{\n{string.Join("\n", operations)}\n}}";
    }

    static bool HasConventionalRootNames(Schema schema) =>
        schema.Query is null or { Name: "Query" } && schema.Mutation is null or { Name: "Mutation" }
        && schema.Subscription is null or { Name: "Subscription" };

    /// <summary>One named type as SDL (graphql-js <c>printType</c>).</summary>
    public static string Type(NamedType type) => Description(type.Description) + type switch
    {
        ScalarType s => $"scalar {s.Name}" + (s.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {StringPrinter.Print(url)})" : ""),
        ObjectType o => $"type {o.Name}" + Interfaces(o) + Fields(o),
        InterfaceType i => $"interface {i.Name}" + Interfaces(i) + Fields(i),
        UnionType u => $"union {u.Name}" + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => $"enum {e.Name}" + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => $"input {io.Name}" + (io.IsOneOf ? " @oneOf" : "")
            + Block(io.Fields.Values.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unexpected type: {type.Name}.", nameof(type)),
    };

    static string Interfaces(ObjectLikeType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    static string Fields(ObjectLikeType type) =>
        Block(type.Fields.Values.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name
            + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    static string Block(IEnumerable<string> items)
    {
        var lines = items.ToList();
        return lines.Count > 0 ? " {\n" + string.Join("\n", lines) + "\n}" : "";
    }

    /// <summary>Arguments on one line, or one per line when any has a description.</summary>
    static string Arguments(IReadOnlyList<InputValue> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
            return "";
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        var lines = arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    static string InputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.From(value.DefaultValue, value.Type) is { } literal)
            declaration += " = " + Printer.Print(literal);
        return declaration + Deprecated(value.DeprecationReason);
    }

    static string Directive(Directive directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    static string Deprecated(string? reason) => reason switch
    {
        null => "",
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {StringPrinter.Print(reason)})",
    };

    /// <summary>A description above a definition; items after the first in a block get a blank line before.</summary>
    static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
            return "";
        var literal = Printer.Print(new StringValueNode(description, BlockString.IsPrintable(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation) + "\n";
    }
}
