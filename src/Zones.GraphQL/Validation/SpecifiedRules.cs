using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Validation;

/// <summary>
/// The rules every executable document must pass, in graphql-js 16's <c>specifiedRules</c> order
/// (which is the order errors are reported in when several rules fire on one node), followed by
/// its recommended <c>MaxIntrospectionDepthRule</c>, which graphql-js 16 also runs by default;
/// and the rules for SDL documents (graphql-js <c>specifiedSDLRules</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public static class SpecifiedRules
{
    /// <summary>The rules for executable documents.</summary>
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> All { get; } =
    [
        c => new ExecutableDefinitionsRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
        c => new MaxIntrospectionDepthRule(c),
    ];

    /// <summary>The rules for type system documents, used by <see cref="SdlValidator"/>.</summary>
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> Sdl { get; } =
    [
        c => new LoneSchemaDefinitionRule(c),
        c => new UniqueOperationTypesRule(c),
        c => new UniqueTypeNamesRule(c),
        c => new UniqueEnumValueNamesRule(c),
        c => new UniqueFieldDefinitionNamesRule(c),
        c => new UniqueArgumentDefinitionNamesRule(c),
        c => new UniqueDirectiveNamesRule(c),
        c => new KnownTypeNamesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new PossibleTypeExtensionsRule(c),
        c => new KnownArgumentNamesOnDirectivesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new UniqueInputFieldNamesRule(c),
        c => new ProvidedRequiredArgumentsOnDirectivesRule(c),
    ];
}
