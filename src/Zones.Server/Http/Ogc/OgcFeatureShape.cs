using Zones.Server.Data;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// <c>properties</c> (a comma-separated list of the property names features carry; empty: none) and
/// <c>skipGeometry</c> (true / false) — what each returned feature carries.
/// </summary>
static class OgcFeatureShape
{
    public static FeatureShape Parse(IQueryCollection q, FeatureCollection c, ref string? error)
    {
        var skip = OgcParameters.Value(q["skipGeometry"]);
        if (skip is not ("" or "true" or "false"))
        {
            error = $"skipGeometry 只能是 true 或 false，而不是“{skip}”。skipGeometry must be true or false; got '{skip}'.";
            return FeatureShape.Full;
        }
        if (!q.ContainsKey("properties"))
            return skip == "true" ? new FeatureShape(null, true) : FeatureShape.Full;
        var names = OgcParameters.Value(q["properties"]).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var known = FeatureProperties.Names(c);
        if (names.FirstOrDefault(n => !known.Contains(n)) is { } unknown)
        {
            error = $"properties 中的“{unknown}”不是{c.Title}的属性。可用：{string.Join(", ", known)}。" +
                    $"'{unknown}' is not a property of {c.Id}: use a comma-separated list of {string.Join(", ", known)}.";
            return FeatureShape.Full;
        }
        return new FeatureShape(names.Distinct().ToList(), skip == "true");
    }
}
