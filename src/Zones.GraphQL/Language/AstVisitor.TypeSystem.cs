using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Typed callbacks for the nodes of type system definitions and extensions.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
public abstract partial class AstVisitor
{
    /// <summary>Called before the children of a <see cref="SchemaDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="SchemaDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveSchemaDefinition(SchemaDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="OperationTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="OperationTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ScalarTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ScalarTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ObjectTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ObjectTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="FieldDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterFieldDefinition(FieldDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="FieldDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveFieldDefinition(FieldDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="InputValueDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterInputValueDefinition(InputValueDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="InputValueDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveInputValueDefinition(InputValueDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="UnionTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="UnionTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="EnumTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="EnumTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="EnumValueDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterEnumValueDefinition(EnumValueDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="EnumValueDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveEnumValueDefinition(EnumValueDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="DirectiveDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterDirectiveDefinition(DirectiveDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="DirectiveDefinitionNode"/>.</summary>
    public virtual VisitorAction LeaveDirectiveDefinition(DirectiveDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="SchemaExtensionNode"/>.</summary>
    public virtual VisitorAction EnterSchemaExtension(SchemaExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="SchemaExtensionNode"/>.</summary>
    public virtual VisitorAction LeaveSchemaExtension(SchemaExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ScalarTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterScalarTypeExtension(ScalarTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ScalarTypeExtensionNode"/>.</summary>
    public virtual VisitorAction LeaveScalarTypeExtension(ScalarTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="ObjectTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterObjectTypeExtension(ObjectTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="ObjectTypeExtensionNode"/>.</summary>
    public virtual VisitorAction LeaveObjectTypeExtension(ObjectTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="InterfaceTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="InterfaceTypeExtensionNode"/>.</summary>
    public virtual VisitorAction LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="UnionTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterUnionTypeExtension(UnionTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="UnionTypeExtensionNode"/>.</summary>
    public virtual VisitorAction LeaveUnionTypeExtension(UnionTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="EnumTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="EnumTypeExtensionNode"/>.</summary>
    public virtual VisitorAction LeaveEnumTypeExtension(EnumTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called before the children of a <see cref="InputObjectTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Called after the children of a <see cref="InputObjectTypeExtensionNode"/>.</summary>
    public virtual VisitorAction LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitorAction.Continue;
}
