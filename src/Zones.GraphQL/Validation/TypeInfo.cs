using Zones.GraphQL.Introspection;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema elements each node refers to (graphql-js
/// <c>TypeInfo</c>): the output type and its parent composite type, the field, directive and
/// argument being visited, the expected input type with its parent and default value, and the
/// enum value. Call <see cref="Enter"/> before a node's visitors and <see cref="Leave"/> after them.
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
/// <remarks>
/// Nothing here assumes the document is valid: unknown names leave null on the stacks, and the
/// rules that care report them.
/// </remarks>
public sealed class TypeInfo(Schema schema)
{
    readonly List<GraphQLType?> _typeStack = [];
    readonly List<NamedType?> _parentTypeStack = [];
    readonly List<GraphQLType?> _inputTypeStack = [];
    readonly List<FieldDefinition?> _fieldDefStack = [];
    readonly List<InputValue?> _defaultValueStack = [];

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, variable or value.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/> (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>Whether the current argument or input field has a default value (list items never do).</summary>
    public bool HasDefaultValue => Top(_defaultValueStack)?.HasDefaultValue == true;

    /// <summary>The default value of the current argument or input field, meaningful when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue => Top(_defaultValueStack)?.DefaultValue;

    /// <summary>The directive being visited.</summary>
    public Directive? Directive { get; private set; }

    /// <summary>The argument definition being visited.</summary>
    public InputValue? Argument { get; private set; }

    /// <summary>The enum value being visited.</summary>
    public EnumValue? EnumValue { get; private set; }

    static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    /// <summary>Updates the stacks for entering <paramref name="node"/>.</summary>
    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.GetNamedType() is { } named && TypeComparators.IsComposite(named) ? named : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parentType ? FieldDefOf(parentType, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } fieldType ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(RootType(operation.Operation));
                break;
            case InlineFragmentNode { TypeCondition: null }:
                _typeStack.Add(Type?.GetNamedType() is { IsOutputType: true } current ? current : null);
                break;
            case InlineFragmentNode { TypeCondition: { } condition }:
                _typeStack.Add(OutputType(condition));
                break;
            case FragmentDefinitionNode fragment:
                _typeStack.Add(OutputType(fragment.TypeCondition));
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(TypeComparators.TypeFromAst(schema, variable.Type) is { IsInputType: true } inputType ? inputType : null);
                break;
            default:
                EnterValue(node);
                break;
        }
    }

    void EnterValue(Node node)
    {
        switch (node)
        {
            case ArgumentNode argument:
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments ?? [];
                Argument = arguments.FirstOrDefault(a => a.Name == argument.Name.Value);
                PushInput(Argument, Argument?.Type);
                break;
            case ListValueNode:
                var listType = TypeComparators.Nullable(InputType);
                PushInput(null, listType is ListType list ? list.OfType : listType);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.GetNamedType() is InputObjectType inputObject
                    ? inputObject.Fields.GetValueOrDefault(objectField.Name.Value)
                    : null;
                PushInput(inputField, inputField?.Type);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.GetNamedType() as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    /// <summary>Updates the stacks for leaving <paramref name="node"/>.</summary>
    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    void PushInput(InputValue? defaultValueSource, GraphQLType? type)
    {
        _defaultValueStack.Add(defaultValueSource);
        _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
    }

    static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    /// <summary>A field of the parent type, including the meta-fields (graphql-js <c>getFieldDef</c>).</summary>
    FieldDefinition? FieldDefOf(NamedType parentType, string name)
    {
        if (name == IntrospectionTypes.SchemaMetaField.Name && ReferenceEquals(schema.Query, parentType))
            return IntrospectionTypes.SchemaMetaField;
        if (name == IntrospectionTypes.TypeMetaField.Name && ReferenceEquals(schema.Query, parentType))
            return IntrospectionTypes.TypeMetaField;
        if (name == IntrospectionTypes.TypeNameMetaField.Name && TypeComparators.IsComposite(parentType))
            return IntrospectionTypes.TypeNameMetaField;
        return (parentType as ObjectLikeType)?.Fields.GetValueOrDefault(name);
    }

    GraphQLType? OutputType(NamedTypeNode condition) =>
        TypeComparators.TypeFromAst(schema, condition) is { IsOutputType: true } type ? type : null;

    ObjectType? RootType(OperationType operation) => operation switch
    {
        OperationType.Mutation => schema.Mutation,
        OperationType.Subscription => schema.Subscription,
        _ => schema.Query,
    };
}
