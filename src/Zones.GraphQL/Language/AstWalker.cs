using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Depth-first traversal of an AST that calls a visitor's enter/leave callbacks, visiting children in
/// graphql-js <c>QueryDocumentKeys</c> order.
/// Spec: https://spec.graphql.org/September2025/#sec-Language
/// </summary>
public sealed class AstWalker
{
    readonly AstVisitor _visitor;
    readonly List<Node> _ancestors = [];

    AstWalker(AstVisitor visitor)
    {
        _visitor = visitor;
        visitor.Attach(_ancestors);
    }

    /// <summary>Walks <paramref name="root"/> with <paramref name="visitor"/>; false when a callback broke off.</summary>
    public static bool Walk(Node root, AstVisitor visitor) => new AstWalker(visitor).Visit(root);

    bool Visit(Node? node)
    {
        if (node is null)
            return true;
        var action = _visitor.Enter(node);
        if (action != VisitorAction.Continue)
            return action == VisitorAction.Skip;
        _ancestors.Add(node);
        var completed = VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return completed && _visitor.Leave(node) != VisitorAction.Break;
    }

    bool VisitAll<T>(NodeList<T> nodes) where T : Node
    {
        foreach (var node in nodes)
        {
            if (!Visit(node))
                return false;
        }
        return true;
    }

    bool VisitChildren(Node node) => node switch
    {
        DocumentNode n => VisitAll(n.Definitions),
        OperationDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.VariableDefinitions)
            && VisitAll(n.Directives) && Visit(n.SelectionSet),
        VariableDefinitionNode n => Visit(n.Description) && Visit(n.Variable) && Visit(n.Type) && Visit(n.DefaultValue)
            && VisitAll(n.Directives),
        VariableNode n => Visit(n.Name),
        SelectionSetNode n => VisitAll(n.Selections),
        FieldNode n => Visit(n.Alias) && Visit(n.Name) && VisitAll(n.Arguments) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        ArgumentNode n => Visit(n.Name) && Visit(n.Value),
        FragmentSpreadNode n => Visit(n.Name) && VisitAll(n.Directives),
        InlineFragmentNode n => Visit(n.TypeCondition) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        FragmentDefinitionNode n => Visit(n.Description) && Visit(n.Name) && Visit(n.TypeCondition) && VisitAll(n.Directives)
            && Visit(n.SelectionSet),
        ListValueNode n => VisitAll(n.Values),
        ObjectValueNode n => VisitAll(n.Fields),
        ObjectFieldNode n => Visit(n.Name) && Visit(n.Value),
        DirectiveNode n => Visit(n.Name) && VisitAll(n.Arguments),
        NamedTypeNode n => Visit(n.Name),
        ListTypeNode n => Visit(n.Type),
        NonNullTypeNode n => Visit(n.Type),
        _ => VisitTypeSystemChildren(node),
    };

    bool VisitTypeSystemChildren(Node node) => node switch
    {
        SchemaDefinitionNode n => Visit(n.Description) && VisitAll(n.Directives) && VisitAll(n.OperationTypes),
        OperationTypeDefinitionNode n => Visit(n.Type),
        ScalarTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives),
        ObjectTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives)
            && VisitAll(n.Fields),
        FieldDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Arguments) && Visit(n.Type)
            && VisitAll(n.Directives),
        InputValueDefinitionNode n => Visit(n.Description) && Visit(n.Name) && Visit(n.Type) && Visit(n.DefaultValue)
            && VisitAll(n.Directives),
        InterfaceTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Interfaces)
            && VisitAll(n.Directives) && VisitAll(n.Fields),
        UnionTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Types),
        EnumTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Values),
        EnumValueDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives),
        InputObjectTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Fields),
        DirectiveDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Arguments) && VisitAll(n.Locations),
        SchemaExtensionNode n => VisitAll(n.Directives) && VisitAll(n.OperationTypes),
        ScalarTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives),
        ObjectTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        InterfaceTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        UnionTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Types),
        EnumTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Values),
        InputObjectTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Fields),
        _ => true, // leaves: names and scalar values
    };
}
