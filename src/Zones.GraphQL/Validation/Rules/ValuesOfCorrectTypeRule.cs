using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Values of correct type: every literal can be coerced to the type its position expects, input
/// objects have their required fields and only known fields, and a OneOf input object has exactly
/// one field, which is not null.
/// Spec: https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
/// </summary>
sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    // TypeInfo already steps into the item type of a list, so the list type is the parent input type.
    public override VisitorAction EnterListValue(ListValueNode node)
    {
        if (TypeComparators.Nullable(Context.ParentInputType) is ListType)
            return VisitorAction.Continue;
        CheckLeaf(node);
        return VisitorAction.Skip;
    }

    public override VisitorAction EnterObjectValue(ObjectValueNode node)
    {
        if (Context.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeaf(node);
            return VisitorAction.Skip;
        }
        var fieldNodes = new OrderedDictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
            fieldNodes[field.Name.Value] = field;
        foreach (var field in type.Fields.Values.Where(f => !fieldNodes.ContainsKey(f.Name) && f.Type is NonNullType && !f.HasDefaultValue))
            Context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
        if (type.IsOneOf)
            CheckOneOf(node, type, fieldNodes);
        return VisitorAction.Continue;
    }

    void CheckOneOf(ObjectValueNode node, InputObjectType type, OrderedDictionary<string, ObjectFieldNode> fieldNodes)
    {
        if (fieldNodes.Count != 1)
            Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
        else if (fieldNodes.GetAt(0).Value.Value is NullValueNode)
            Context.ReportError($"Field \"{type.Name}.{fieldNodes.GetAt(0).Key}\" must be non-null.", node);
    }

    public override VisitorAction EnterObjectField(ObjectFieldNode node)
    {
        if (Context.InputType is null && Context.ParentInputType?.GetNamedType() is InputObjectType parentType)
        {
            var suggestions = Context.SuggestionList(node.Name.Value, parentType.Fields.Keys);
            Context.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + DidYouMean.Format(suggestions), node);
        }
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterNullValue(NullValueNode node)
    {
        if (Context.InputType is NonNullType type)
            Context.ReportError($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterEnumValue(EnumValueNode node) => CheckLeaf(node);

    public override VisitorAction EnterIntValue(IntValueNode node) => CheckLeaf(node);

    public override VisitorAction EnterFloatValue(FloatValueNode node) => CheckLeaf(node);

    // Descriptions are string values too, but validation never visits them.
    public override VisitorAction EnterStringValue(StringValueNode node) => CheckLeaf(node);

    public override VisitorAction EnterBooleanValue(BooleanValueNode node) => CheckLeaf(node);

    /// <summary>Reports a literal that the leaf type at its position rejects (graphql-js <c>isValidValueNode</c>).</summary>
    VisitorAction CheckLeaf(ValueNode node)
    {
        if (Context.InputType is not { } locationType)
            return VisitorAction.Continue;
        switch (locationType.GetNamedType())
        {
            case EnumType enumType:
                if (EnumError(enumType, node) is { } enumError)
                    Context.ReportError(enumError, node);
                break;
            case ScalarType scalar:
                CheckScalar(scalar, locationType, node);
                break;
            default:
                Context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                break;
        }
        return VisitorAction.Continue;
    }

    void CheckScalar(ScalarType scalar, GraphQLType locationType, ValueNode node)
    {
        try
        {
            scalar.ParseLiteral(node);
        }
        catch (GraphQLError error)
        {
            Context.ReportError(error);
        }
        catch (Exception error)
        {
            Context.ReportError(new GraphQLError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}",
                [node], originalError: error));
        }
    }

    /// <summary>graphql-js <c>GraphQLEnumType.parseLiteral</c>'s error, with its "Did you mean the enum value …?" hint.</summary>
    string? EnumError(EnumType type, ValueNode node)
    {
        if (node is EnumValueNode enumValue && type.GetValue(enumValue.Value) is not null)
            return null;
        var text = Printer.Print(node);
        var hint = DidYouMean.Format(Context.SuggestionList(text, type.Values.Select(v => v.Name)), "the enum value");
        return node is EnumValueNode
            ? $"Value \"{text}\" does not exist in \"{type.Name}\" enum." + hint
            : $"Enum \"{type.Name}\" cannot represent non-enum value: {text}." + hint;
    }
}
