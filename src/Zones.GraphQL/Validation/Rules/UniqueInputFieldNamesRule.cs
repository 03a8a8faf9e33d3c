using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Input object field uniqueness: an input object literal gives each field at most once.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
/// </summary>
sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    readonly Stack<Dictionary<string, NameNode>> _knownNameStack = [];
    Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    public override VisitorAction EnterObjectValue(ObjectValueNode node)
    {
        _knownNameStack.Push(_knownNames);
        _knownNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return VisitorAction.Continue;
    }

    public override VisitorAction LeaveObjectValue(ObjectValueNode node)
    {
        _knownNames = _knownNameStack.Pop();
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterObjectField(ObjectFieldNode node)
    {
        var name = node.Name;
        if (!_knownNames.TryAdd(name.Value, name))
            Context.ReportError($"There can be only one input field named \"{name.Value}\".", _knownNames[name.Value], name);
        return VisitorAction.Continue;
    }
}
