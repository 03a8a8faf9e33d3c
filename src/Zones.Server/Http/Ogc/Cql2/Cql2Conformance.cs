namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// The CQL2 conformance classes (OGC 21-065r2) this implementation passes, and only those: no
/// accent-insensitive comparison, arrays, arithmetic or custom functions. S_DWITHIN is offered
/// beyond the standard (as pygeoapi and GeoServer do) and has no class to declare.
/// </summary>
static class Cql2Conformance
{
    const string Prefix = "http://www.opengis.net/spec/cql2/1.0/conf/";

    public static readonly string[] Classes =
    [
        Prefix + "cql2-text",
        Prefix + "cql2-json",
        Prefix + "basic-cql2",
        Prefix + "advanced-comparison-operators",
        Prefix + "case-insensitive-comparison",
        Prefix + "basic-spatial-functions",
        Prefix + "basic-spatial-functions-plus-points",
        Prefix + "spatial-functions",
        Prefix + "temporal-functions",
        Prefix + "property-property",
    ];
}
