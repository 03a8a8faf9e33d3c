using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Conformance.Execution;

/// <summary>
/// The field resolver of execution cases, the same rule as <c>fixtureResolver</c> in
/// <c>oracle/oracle.mjs</c>: the parent's entry named like the field; when there is none and the
/// field has arguments, the value of its only argument or all arguments; a string
/// <c>"throw:&lt;message&gt;"</c> throws with that message.
/// </summary>
public static class FixtureResolver
{
    /// <summary>Resolves one field from fixture data.</summary>
    public static ValueTask<object?> Resolve(ResolveContext context)
    {
        var found = context.Source is IReadOnlyDictionary<string, object?> map && map.ContainsKey(context.FieldName);
        var value = DefaultFieldResolver.Read(context.Source, context.FieldName);
        var arguments = context.FieldDefinition.Arguments;
        if (!found && arguments.Count > 0)
            value = arguments.Count == 1 ? context.Arguments.GetValueOrDefault(arguments[0].Name) : context.Arguments;
        if (value is string text && text.StartsWith("throw:", StringComparison.Ordinal))
            throw new InvalidOperationException(text["throw:".Length..]);
        return new ValueTask<object?>(value);
    }
}
