using Zones.GraphQL.Types;

namespace Zones.Server.Schema.Types;

/// <summary>
/// The complaint heat map and the evaluation indicators (DOMAIN.md §5.3, §1.6).
/// Placeholder until the heat map and indicator fields land; see issue #5.
/// </summary>
public static class AnalysisQueries
{
    public static IEnumerable<NamedType> Types => [];

    public static void Define(ObjectTypeBuilder t)
    {
    }
}
