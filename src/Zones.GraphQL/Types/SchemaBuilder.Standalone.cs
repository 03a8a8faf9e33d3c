using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// Building named types from SDL without a schema around them, for type sets that are defined once
/// and shared by every schema (the introspection types).
/// Spec: https://spec.graphql.org/September2025/#sec-Types
/// </summary>
public sealed partial class SchemaBuilder
{
    /// <summary>The types defined in <paramref name="sdl"/>, by name; built-in scalars are the shared instances.</summary>
    internal static IReadOnlyDictionary<string, NamedType> BuildTypes(string sdl)
    {
        var builder = new SchemaBuilder();
        foreach (var definition in Parser.Parse(sdl).Definitions.OfType<TypeDefinitionNode>())
            builder._types[definition.Name.Value] = StandardType(definition.Name.Value) ?? builder.BuildType(definition);
        return builder._types;
    }
}
