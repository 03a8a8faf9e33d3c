using Zones.Server.Data.Complaints;

namespace Zones.Server.Http.Open311;

/// <summary>
/// GeoReport v2 <c>jurisdiction_id</c>, honoured by every method: a township's division code or its
/// county's code narrows the answer to those townships; without it the caller's readable townships
/// are the jurisdiction. One the caller cannot read is answered like one that does not exist: 404.
/// </summary>
static class Open311Jurisdiction
{
    /// <summary>The townships of <paramref name="jurisdiction"/> (null: all of <paramref name="readable"/>), or the 404 that says it is unknown.</summary>
    public static async Task<(string[]? Townships, IResult? Error)> ResolveAsync(string? jurisdiction, string[] readable,
                                                                                JurisdictionStore store, CancellationToken ct)
    {
        if (jurisdiction is null)
            return (readable, null);
        var townships = await store.ResolveAsync(jurisdiction, readable, ct);
        return townships.Length > 0 ? (townships, null) : (null, Unknown(jurisdiction, readable));
    }

    static IResult Unknown(string jurisdiction, string[] readable) => Open311Result.Error(StatusCodes.Status404NotFound, "UNKNOWN_JURISDICTION",
        $"没有辖区 {jurisdiction}（或无权查看）。jurisdiction_id 应为乡镇 12 位区划代码或县 6 位代码，如 {Example(readable)}。" +
        $"jurisdiction_id {jurisdiction} was not found: send a township's 12-digit division code or a county's 6-digit code, e.g. {Example(readable)}.");

    static string Example(string[] readable) => readable.Length > 0 ? string.Join(", ", readable.Take(5)) : "330522125000";
}
