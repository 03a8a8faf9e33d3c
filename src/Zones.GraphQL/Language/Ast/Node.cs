namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// The base of every AST node (graphql-js <c>ASTNode</c>). Nodes are immutable records; equality is
/// structural and ignores <see cref="Location"/>, so an AST re-parsed from printed text equals the
/// original.
/// Spec: https://spec.graphql.org/September2025/#sec-Language
/// </summary>
public abstract record Node
{
    /// <summary>Where the node was parsed from; null when built in code or parsed with <c>NoLocation</c>.</summary>
    public Location? Location { get; init; }

    /// <summary>Equal when the same kind of node; derived records add their own members.</summary>
    public virtual bool Equals(Node? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc />
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>Calls the visitor's typed <c>Enter…</c> method for this node.</summary>
    internal abstract VisitorAction Enter(AstVisitor visitor);

    /// <summary>Calls the visitor's typed <c>Leave…</c> method for this node.</summary>
    internal abstract VisitorAction Leave(AstVisitor visitor);
}
