using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Runs several visitors in one traversal (graphql-js <c>visitInParallel</c>): each visitor keeps
/// its own skip and break state, so one rule skipping a subtree does not hide it from the others.
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public sealed class ParallelVisitor(IReadOnlyList<AstVisitor> visitors) : AstVisitor
{
    // Per visitor: null while active, the node whose subtree it skips, or Broken after a Break.
    static readonly Node Broken = new NullValueNode();
    readonly Node?[] _skipping = new Node?[visitors.Count];

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is not null)
                continue;
            var action = visitors[i].Enter(node);
            if (action != VisitorAction.Continue)
                _skipping[i] = action == VisitorAction.Skip ? node : Broken;
        }
        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                if (visitors[i].Leave(node) == VisitorAction.Break)
                    _skipping[i] = Broken;
            }
            else if (ReferenceEquals(_skipping[i], node))
                _skipping[i] = null;
        }
        return VisitorAction.Continue;
    }

    internal override void Attach(IReadOnlyList<Node> ancestors)
    {
        base.Attach(ancestors);
        foreach (var visitor in visitors)
            visitor.Attach(ancestors);
    }
}
