using System.Collections.Concurrent;
using System.Reflection;
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

    // Most rules handle a few node kinds; calling the others only returns Continue. Like graphql-js
    // (which looks up each visitor's function per kind once), a visitor is called for a node kind
    // only when it overrides the generic or the typed callback for it.
    readonly Dictionary<Type, (bool[] Enter, bool[] Leave)> _handles = [];

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        var handles = Handles(node).Enter;
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is not null || !handles[i])
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
        var handles = Handles(node).Leave;
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                if (handles[i] && visitors[i].Leave(node) == VisitorAction.Break)
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

    (bool[] Enter, bool[] Leave) Handles(Node node)
    {
        var nodeType = node.GetType();
        if (_handles.TryGetValue(nodeType, out var handles))
            return handles;
        handles = (new bool[visitors.Count], new bool[visitors.Count]);
        for (var i = 0; i < visitors.Count; i++)
            (handles.Enter[i], handles.Leave[i]) = Overrides(visitors[i].GetType(), nodeType);
        return _handles[nodeType] = handles;
    }

    static readonly ConcurrentDictionary<(Type Visitor, Type Node), (bool Enter, bool Leave)> OverrideCache = new();

    /// <summary>Whether a visitor type overrides the enter / leave callbacks that a node type reaches; true when unsure.</summary>
    static (bool Enter, bool Leave) Overrides(Type visitorType, Type nodeType) =>
        OverrideCache.GetOrAdd((visitorType, nodeType), static key =>
        {
            var (visitorType, nodeType) = key;
            return (Overrides(visitorType, "Enter", typeof(Node)) || Overrides(visitorType, TypedCallback(nodeType, "Enter"), nodeType),
                Overrides(visitorType, "Leave", typeof(Node)) || Overrides(visitorType, TypedCallback(nodeType, "Leave"), nodeType));
        });

    static bool Overrides(Type visitorType, string? name, Type parameterType)
    {
        if (name is null)
            return true;
        try
        {
            var method = visitorType.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, [parameterType]);
            return method is null || method.DeclaringType != typeof(AstVisitor);
        }
        catch (AmbiguousMatchException)
        {
            return true;
        }
    }

    /// <summary>The name of the typed callback a node type's dispatch calls (EnterField for FieldNode), found on AstVisitor by parameter type.</summary>
    static string? TypedCallback(Type nodeType, string prefix)
    {
        string? found = null;
        foreach (var method in typeof(AstVisitor).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (method.Name.StartsWith(prefix, StringComparison.Ordinal) && method.Name != prefix
                && method.GetParameters() is [{ } parameter] && parameter.ParameterType == nodeType)
            {
                if (found is not null)
                    return null; // ambiguous: call the visitor
                found = method.Name;
            }
        }
        return found;
    }
}
