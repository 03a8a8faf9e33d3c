using Zones.Server.Schema.Mutations;
using DataUserError = Zones.Server.Data.UserError;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>
/// The typed errors reach GraphQL through a declared map, not through C# names: every error record of
/// the data layer has its object type, and the data layer's field keys become the GraphQL input paths.
/// </summary>
public class ErrorTypesTests
{
    static readonly IEnumerable<Type> ErrorRecords = typeof(DataUserError).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DataUserError)) && !t.IsAbstract);

    [Fact]
    public void Every_error_record_of_the_data_layer_has_a_GraphQL_object_type() =>
        Assert.Empty(ErrorRecords.Where(t => !ErrorTypes.TypeNames.ContainsKey(t)).Select(t => t.FullName));

    [Fact]
    public void No_two_error_records_share_a_GraphQL_type() =>
        Assert.Equal(ErrorTypes.TypeNames.Count, ErrorTypes.TypeNames.Values.Distinct().Count());

    [Theory]
    [InlineData("boundary", new[] { "input", "boundary" })]
    [InlineData("edits.3.boundary", new[] { "input", "edits", "3", "boundary" })]
    [InlineData("attributes.pole_height_m", new[] { "input", "attributes", "pole_height_m" })]
    [InlineData("", new[] { "input" })]
    public void A_field_key_becomes_the_path_under_input(string key, string[] path) =>
        Assert.Equal(path, ErrorTypes.InputPath(key));

    [Fact]
    public void An_error_without_a_field_has_no_path() => Assert.Null(ErrorTypes.InputPath(null));
}
