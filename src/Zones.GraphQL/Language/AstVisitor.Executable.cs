using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Typed callbacks for the nodes of executable documents, values and type references.
/// Spec: https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public abstract partial class AstVisitor
{
    /// <summary>Called before the children of a <see cref="NameNode"/>.</summary>
    public virtual VisitorAction EnterName(NameNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="NameNode"/>.</summary>
    public virtual VisitorAction LeaveName(NameNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="DocumentNode"/>.</summary>
    public virtual VisitorAction EnterDocument(DocumentNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="DocumentNode"/>.</summary>
    public virtual VisitorAction LeaveDocument(DocumentNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="OperationDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="OperationDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveOperationDefinition(OperationDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="VariableDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="VariableDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveVariableDefinition(VariableDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="VariableNode"/>.</summary>
    public virtual VisitorAction EnterVariable(VariableNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="VariableNode"/>.</summary>
    public virtual VisitorAction LeaveVariable(VariableNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="SelectionSetNode"/>.</summary>
    public virtual VisitorAction EnterSelectionSet(SelectionSetNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="SelectionSetNode"/>.</summary>
    public virtual VisitorAction LeaveSelectionSet(SelectionSetNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="FieldNode"/>.</summary>
    public virtual VisitorAction EnterField(FieldNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="FieldNode"/>.</summary>
    public virtual VisitorAction LeaveField(FieldNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ArgumentNode"/>.</summary>
    public virtual VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ArgumentNode"/>.</summary>
    public virtual VisitorAction LeaveArgument(ArgumentNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="FragmentSpreadNode"/>.</summary>
    public virtual VisitorAction EnterFragmentSpread(FragmentSpreadNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="FragmentSpreadNode"/>.</summary>
    public virtual VisitorAction LeaveFragmentSpread(FragmentSpreadNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="InlineFragmentNode"/>.</summary>
    public virtual VisitorAction EnterInlineFragment(InlineFragmentNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="InlineFragmentNode"/>.</summary>
    public virtual VisitorAction LeaveInlineFragment(InlineFragmentNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="FragmentDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="FragmentDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="IntValueNode"/>.</summary>
    public virtual VisitorAction EnterIntValue(IntValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="IntValueNode"/>.</summary>
    public virtual VisitorAction LeaveIntValue(IntValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="FloatValueNode"/>.</summary>
    public virtual VisitorAction EnterFloatValue(FloatValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="FloatValueNode"/>.</summary>
    public virtual VisitorAction LeaveFloatValue(FloatValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="StringValueNode"/>.</summary>
    public virtual VisitorAction EnterStringValue(StringValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="StringValueNode"/>.</summary>
    public virtual VisitorAction LeaveStringValue(StringValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="BooleanValueNode"/>.</summary>
    public virtual VisitorAction EnterBooleanValue(BooleanValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="BooleanValueNode"/>.</summary>
    public virtual VisitorAction LeaveBooleanValue(BooleanValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="NullValueNode"/>.</summary>
    public virtual VisitorAction EnterNullValue(NullValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="NullValueNode"/>.</summary>
    public virtual VisitorAction LeaveNullValue(NullValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="EnumValueNode"/>.</summary>
    public virtual VisitorAction EnterEnumValue(EnumValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="EnumValueNode"/>.</summary>
    public virtual VisitorAction LeaveEnumValue(EnumValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ListValueNode"/>.</summary>
    public virtual VisitorAction EnterListValue(ListValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ListValueNode"/>.</summary>
    public virtual VisitorAction LeaveListValue(ListValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ObjectValueNode"/>.</summary>
    public virtual VisitorAction EnterObjectValue(ObjectValueNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ObjectValueNode"/>.</summary>
    public virtual VisitorAction LeaveObjectValue(ObjectValueNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ObjectFieldNode"/>.</summary>
    public virtual VisitorAction EnterObjectField(ObjectFieldNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ObjectFieldNode"/>.</summary>
    public virtual VisitorAction LeaveObjectField(ObjectFieldNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="DirectiveNode"/>.</summary>
    public virtual VisitorAction EnterDirective(DirectiveNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="DirectiveNode"/>.</summary>
    public virtual VisitorAction LeaveDirective(DirectiveNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="NamedTypeNode"/>.</summary>
    public virtual VisitorAction EnterNamedType(NamedTypeNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="NamedTypeNode"/>.</summary>
    public virtual VisitorAction LeaveNamedType(NamedTypeNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ListTypeNode"/>.</summary>
    public virtual VisitorAction EnterListType(ListTypeNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ListTypeNode"/>.</summary>
    public virtual VisitorAction LeaveListType(ListTypeNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="NonNullTypeNode"/>.</summary>
    public virtual VisitorAction EnterNonNullType(NonNullTypeNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="NonNullTypeNode"/>.</summary>
    public virtual VisitorAction LeaveNonNullType(NonNullTypeNode node) => VisitorAction.Continue;
}
