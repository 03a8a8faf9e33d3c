using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text exactly as graphql-js 16 <c>print</c> does: two-space
/// indentation, one definition per paragraph, field arguments wrapped when the line would exceed
/// 80 characters, block strings via <see cref="BlockString.Print"/>. This part prints executable
/// documents and values; type system nodes are in <c>Printer.TypeSystem.cs</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Language
/// </summary>
public static partial class Printer
{
    const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(Node? node) => node switch
    {
        null => "",
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions, "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Join([Wrap("", Print(n.Description), "\n"), Print(n.Variable), ": ", Print(n.Type),
            Wrap(" = ", Print(n.DefaultValue)), Wrap(" ", Join(n.Directives, " "))]),
        SelectionSetNode n => Block(n.Selections),
        FieldNode n => PrintField(n),
        ArgumentNode n => Print(n.Name) + ": " + Print(n.Value),
        ObjectFieldNode n => Print(n.Name) + ": " + Print(n.Value),
        FragmentSpreadNode n => Join(["...", Print(n.Name), Wrap(" ", Join(n.Directives, " "))]),
        InlineFragmentNode n => Join(["...", Wrap("on ", Print(n.TypeCondition)), Join(n.Directives, " "), Print(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Join([Wrap("", Print(n.Description), "\n"), "fragment ", Print(n.Name), " on ",
            Print(n.TypeCondition), " ", Wrap("", Join(n.Directives, " "), " "), Print(n.SelectionSet)]),
        ValueNode n => PrintValue(n),
        DirectiveNode n => "@" + Print(n.Name) + Wrap("(", Join(n.Arguments, ", "), ")"),
        NamedTypeNode n => Print(n.Name),
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    static string PrintValue(ValueNode node) => node switch
    {
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode { Block: true } n => BlockString.Print(n.Value),
        StringValueNode n => StringPrinter.Print(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values, ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
        VariableNode n => "$" + n.Name.Value,
        _ => throw new ArgumentException($"Unknown value node {node.GetType().Name}.", nameof(node)),
    };

    static string PrintOperation(OperationDefinitionNode node)
    {
        var keyword = node.Operation.Keyword();
        var varDefs = HasMultilineItems(node.VariableDefinitions)
            ? Wrap("(\n", Join(node.VariableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(node.VariableDefinitions, ", "), ")");
        var prefix = Join([Wrap("", Print(node.Description), "\n"),
            Join([keyword, Print(node.Name) + varDefs, Join(node.Directives, " ")], " ")]);
        // An anonymous query without variables or directives prints in the shorthand form.
        var shorthand = node.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return (shorthand ? "" : prefix + " ") + Print(node.SelectionSet);
    }

    static string PrintField(FieldNode node)
    {
        var prefix = Wrap("", Print(node.Alias), ": ") + Print(node.Name);
        return Join([PrintArguments(prefix, node.Arguments), Wrap(" ", Join(node.Directives, " ")), Wrap(" ", Print(node.SelectionSet))]);
    }

    static string PrintArguments(string prefix, NodeList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
            return prefix;
        var oneLine = Join(arguments, ", ");
        return prefix.Length + oneLine.Length + 2 > MaxLineLength
            ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : prefix + "(" + oneLine + ")";
    }

    static string Join<T>(NodeList<T> nodes, string separator) where T : Node
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
            printed[i] = Print(nodes[i]);
        return Join(printed, separator);
    }

    /// <summary>Joins the non-empty parts with a separator.</summary>
    static string Join(IEnumerable<string> parts, string separator = "") =>
        string.Join(separator, parts.Where(p => p.Length > 0));

    /// <summary><paramref name="start"/> + text + <paramref name="end"/>, or empty when the text is empty.</summary>
    static string Wrap(string start, string text, string end = "") => text.Length == 0 ? "" : start + text + end;

    /// <summary>A braced block with one item per line, or empty when there are no items.</summary>
    static string Block<T>(NodeList<T> nodes) where T : Node => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    /// <summary>Indents every line (block string lines included) by two spaces.</summary>
    static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  "));

    static bool HasMultilineItems<T>(NodeList<T> nodes) where T : Node
    {
        foreach (var node in nodes)
        {
            if (Print(node).Contains('\n'))
                return true;
        }
        return false;
    }
}
