using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;
using Zones.GraphQL.Validation;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Coercion of variable values and argument values for execution, with graphql-js's messages
/// (<c>getVariableValues</c>, <c>getArgumentValues</c>, <c>getDirectiveValues</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values
/// </summary>
public static partial class Values
{
    /// <summary>How many variable errors are collected before giving up, as graphql-js's <c>execute</c>.</summary>
    public const int MaxVariableErrors = 50;

    /// <summary>Coerces the request's raw variable values (JSON-like .NET values) to the operation's variable types.</summary>
    public static (IReadOnlyDictionary<string, object?>? Coerced, IReadOnlyList<GraphQLError> Errors) GetVariableValues(
        Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?> inputs)
    {
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in definitions)
                CoerceVariable(schema, definition, inputs, coerced, error => AddError(errors, error));
        }
        catch (GraphQLError tooMany)
        {
            errors.Add(tooMany);
        }
        return errors.Count == 0 ? (coerced, errors) : (null, errors);
    }

    static void AddError(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxVariableErrors)
            throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
        errors.Add(error);
    }

    static void CoerceVariable(Schema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coerced, Action<GraphQLError> onError)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeComparators.TypeFromAst(schema, definition.Type);
        if (type is not { IsInputType: true })
        {
            onError(new GraphQLError($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", [definition.Type]));
            return;
        }
        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryCoerce(definition.DefaultValue, type, null, out var defaultValue))
                    coerced[name] = defaultValue;
            }
            else if (type is NonNullType)
                onError(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
            return;
        }
        if (value is null && type is NonNullType)
        {
            onError(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
            return;
        }
        coerced[name] = CoerceInputValue(value, type, (path, invalid, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
            if (path.Count > 0)
                prefix += $" at \"{name}{PrintPath(path)}\"";
            onError(new GraphQLError(prefix + "; " + error.Message, [definition], originalError: error));
        });
    }

    /// <summary>Coerces the arguments of a field or directive node; throws a located <see cref="GraphQLError"/> when one is invalid.</summary>
    public static Dictionary<string, object?> GetArgumentValues(IReadOnlyList<InputValue> definitions, Node node,
        NodeList<ArgumentNode> arguments, IReadOnlyDictionary<string, object?> variables)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argument = arguments.FirstOrDefault(a => a.Name.Value == definition.Name);
            if (argument is null)
            {
                if (definition.HasDefaultValue)
                    coerced[definition.Name] = definition.DefaultValue;
                else if (definition.Type is NonNullType)
                    throw new GraphQLError($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", [node]);
                continue;
            }
            CoerceArgument(definition, argument.Value, variables, coerced);
        }
        return coerced;
    }

    static void CoerceArgument(InputValue definition, ValueNode valueNode, IReadOnlyDictionary<string, object?> variables, Dictionary<string, object?> coerced)
    {
        var isNull = valueNode is NullValueNode;
        if (valueNode is VariableNode variable)
        {
            if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                if (definition.HasDefaultValue)
                    coerced[definition.Name] = definition.DefaultValue;
                else if (definition.Type is NonNullType)
                    throw new GraphQLError($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.", [valueNode]);
                return;
            }
            isNull = variableValue is null;
        }
        if (isNull && definition.Type is NonNullType)
            throw new GraphQLError($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", [valueNode]);
        if (!ValueFromAst.TryCoerce(valueNode, definition.Type, variables, out var value))
            throw new GraphQLError($"Argument \"{definition.Name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
        coerced[definition.Name] = value;
    }

    /// <summary>The arguments of <paramref name="directive"/> on a node, or null when the node does not have it.</summary>
    public static Dictionary<string, object?>? GetDirectiveValues(Directive directive, NodeList<DirectiveNode> directives,
        IReadOnlyDictionary<string, object?> variables)
    {
        var node = directives.FirstOrDefault(d => d.Name.Value == directive.Name);
        return node is null ? null : GetArgumentValues(directive.Arguments, node, node.Arguments, variables);
    }

    /// <summary>graphql-js <c>printPathArray</c>: <c>.field[0].other</c>.</summary>
    static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : $".{key}"));
}
