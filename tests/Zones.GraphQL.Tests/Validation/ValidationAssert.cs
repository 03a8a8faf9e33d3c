namespace Zones.GraphQL.Tests.Validation;

/// <summary>
/// Assertions on the errors of one validation run: exact messages and line/column locations, in
/// the order they were reported. A failure shows both lists in full.
/// </summary>
public sealed class ValidationAssert(IReadOnlyList<GraphQLError> errors)
{
    /// <summary>The errors of the run.</summary>
    public IReadOnlyList<GraphQLError> Errors => errors;

    /// <summary>Asserts that there are no errors.</summary>
    public void ShouldBeValid() => Assert.Equal("", Describe(errors));

    /// <summary>Asserts exactly these errors, each a message and its (line, column) locations.</summary>
    public void ShouldHaveErrors(params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        Assert.Equal(string.Join("\n", expected.Select(e => Describe(e.Message, e.Locations))), Describe(errors));

    // One line per error, so a failure shows the whole of both lists.
    static string Describe(IReadOnlyList<GraphQLError> actual) =>
        string.Join("\n", actual.Select(e => Describe(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)))));

    static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        $"{message} @ [{string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))}]";
}
