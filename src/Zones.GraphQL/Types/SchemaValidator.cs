using System.Runtime.CompilerServices;
using Zones.GraphQL.Introspection;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// Type-system validation of a whole schema with graphql-js <c>validateSchema</c>'s rules and
/// messages: root types, names, directive and field arguments, interface implementation
/// (covariant field types, invariant argument types, transitive interfaces), union members, enum
/// values, input fields, @oneOf rules and non-null circular input references.
/// Spec: https://spec.graphql.org/September2025/#sec-Schema
/// </summary>
public sealed partial class SchemaValidator
{
    static readonly ConditionalWeakTable<Schema, IReadOnlyList<GraphQLError>> Cache = [];

    readonly Schema _schema;
    readonly List<GraphQLError> _errors = [];

    SchemaValidator(Schema schema) => _schema = schema;

    /// <summary>The schema's errors, empty when it is valid; computed once per schema.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema) =>
        Cache.GetValue(schema, s => new SchemaValidator(s).Run());

    /// <summary>Throws when the schema is invalid, with every message (graphql-js <c>assertValidSchema</c>).</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n\n", errors.Select(e => e.Message)));
    }

    IReadOnlyList<GraphQLError> Run()
    {
        if (_schema.Query is null)
            Report("Query root type must be provided.");
        ValidateDirectives();
        var inputCycles = new InputCycleDetector(this);
        foreach (var type in _schema.TypeMap.Values)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
                ValidateName(type.Name, type.AstNode);
            switch (type)
            {
                case ObjectLikeType objectLike:
                    ValidateFields(objectLike);
                    ValidateInterfaces(objectLike);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    inputCycles.Detect(input);
                    break;
            }
        }
        return _errors;
    }

    void Report(string message, params Node?[] nodes) => _errors.Add(new GraphQLError(message, nodes.OfType<Node>().ToArray()));

    void ValidateName(string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        else if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
        else if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
    }

    void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            foreach (var argument in directive.Arguments)
                ValidateArgument(argument, $"@{directive.Name}({argument.Name}:)", argument.AstNode);
        }
    }

    /// <remarks>graphql-js points a bad directive argument type at the whole argument, a field's at its type.</remarks>
    void ValidateArgument(InputValue argument, string coordinate, Node? typeErrorNode)
    {
        ValidateName(argument.Name, argument.AstNode);
        if (!argument.Type.IsInputType)
            Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", typeErrorNode);
        if (IsRequired(argument) && argument.DeprecationReason is not null)
            Report($"Required argument {coordinate} cannot be deprecated.", DeprecatedNode(argument.AstNode), argument.AstNode?.Type);
    }

    static bool IsRequired(InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;

    static DirectiveNode? DeprecatedNode(InputValueDefinitionNode? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Deprecated.Name);

    static Node?[] WithExtensions(NamedType type) => [type.AstNode, .. type.ExtensionAstNodes];

    void ValidateFields(ObjectLikeType type)
    {
        if (type.Fields.Count == 0)
            Report($"Type {type.Name} must define one or more fields.", WithExtensions(type));
        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            foreach (var argument in field.Arguments)
                ValidateArgument(argument, $"{type.Name}.{field.Name}({argument.Name}:)", argument.AstNode?.Type);
        }
    }

    void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
            Report($"Union type {union.Name} must define one or more member types.", WithExtensions(union));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types.Where(member => !seen.Add(member.Name)))
            Report($"Union type {union.Name} can only include type {member.Name} once.", MemberNodes(union, member.Name));
    }

    static Node?[] MemberNodes(UnionType union, string name) =>
        WithExtensions(union).SelectMany(n => n switch
        {
            UnionTypeDefinitionNode d => d.Types,
            UnionTypeExtensionNode e => e.Types,
            _ => NodeList<NamedTypeNode>.Empty,
        }).Where(t => t.Name.Value == name).ToArray<Node?>();

    void ValidateEnumValues(EnumType type)
    {
        if (type.Values.Count == 0)
            Report($"Enum type {type.Name} must define one or more values.", WithExtensions(type));
        foreach (var value in type.Values)
            ValidateName(value.Name, value.AstNode);
    }

    void ValidateInputFields(InputObjectType type)
    {
        if (type.Fields.Count == 0)
            Report($"Input Object type {type.Name} must define one or more fields.", WithExtensions(type));
        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType)
                Report($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            if (IsRequired(field) && field.DeprecationReason is not null)
                Report($"Required input field {type.Name}.{field.Name} cannot be deprecated.", DeprecatedNode(field.AstNode), field.AstNode?.Type);
            if (!type.IsOneOf)
                continue;
            if (field.Type is NonNullType)
                Report($"OneOf input field {type.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
            if (field.HasDefaultValue)
                Report($"OneOf input field {type.Name}.{field.Name} cannot have a default value.", field.AstNode);
        }
    }

    /// <summary>Finds input objects that reference themselves through non-null fields only (which no value could satisfy).</summary>
    sealed class InputCycleDetector(SchemaValidator validator)
    {
        readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        readonly List<InputValue> _fieldPath = [];
        readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name))
                return;
            _pathIndexByType[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields.Values)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                    continue;
                _fieldPath.Add(field);
                if (!_pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                    Detect(fieldType);
                else
                {
                    var cycle = _fieldPath[cycleIndex..];
                    validator.Report($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                        cycle.Select(f => (Node?)f.AstNode).ToArray());
                }
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
            _pathIndexByType.Remove(input.Name);
        }
    }
}
