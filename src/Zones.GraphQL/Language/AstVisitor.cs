using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// A visitor over the AST in the style of graphql-js <c>visit</c>: override the typed
/// <c>Enter…</c>/<c>Leave…</c> callbacks you need, or the generic <see cref="Enter(Node)"/> and
/// <see cref="Leave(Node)"/> to see every node. Run it with <see cref="AstWalker.Walk"/>; combine
/// several with <see cref="ParallelVisitor"/> (graphql-js <c>visitInParallel</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Language
/// </summary>
/// <remarks>
/// Callbacks may skip a subtree or stop the walk but cannot replace nodes: the AST is immutable,
/// and a rewrite is a new record built with <c>with</c>.
/// </remarks>
public abstract partial class AstVisitor
{
    IReadOnlyList<Node> _ancestors = [];

    /// <summary>The nodes from the root down to the parent of the node being visited.</summary>
    protected IReadOnlyList<Node> Ancestors => _ancestors;

    /// <summary>Called before a node's children; by default calls the node's typed <c>Enter…</c>.</summary>
    public virtual VisitorAction Enter(Node node) => node.Enter(this);

    /// <summary>Called after a node's children; by default calls the node's typed <c>Leave…</c>.</summary>
    public virtual VisitorAction Leave(Node node) => node.Leave(this);

    /// <summary>Lets the walker share its ancestor stack with the visitor.</summary>
    internal virtual void Attach(IReadOnlyList<Node> ancestors) => _ancestors = ancestors;
}
