using Zones.Server.Data;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// A parsed CQL2 filter as parameterised SQL over a <see cref="FeatureCollection"/>: property
/// names become the constant SQL of <see cref="Queryables"/>, every literal a <c>$n</c>
/// parameter (never text in the statement), geometry literals are moved from filter-crs into
/// SRID 4326 so predicates on <c>t.geom</c> use its GiST index.
/// </summary>
static class Cql2Sql
{
    /// <summary>Compiles <paramref name="e"/>; parameters are numbered from <paramref name="firstParameter"/>.</summary>
    /// <exception cref="Cql2Exception">An unknown property, or values that cannot be compared.</exception>
    public static CompiledFilter Compile(Cql2Expression e, FeatureCollection c, OgcCrs filterCrs, int firstParameter) =>
        new Cql2Compiler(c, filterCrs, firstParameter).Compile(e);

    /// <summary><c>?status=损坏</c>: the value is read as the property's type (and code list) says.</summary>
    public static Cql2Expression PropertyEquals(string property, string value) =>
        new Cql2Comparison("=", new Cql2Property(property), new Cql2Text(value, FromQuery: true));

    /// <summary>All of the filters (one stays as it is).</summary>
    public static Cql2Expression And(IReadOnlyList<Cql2Expression> all) =>
        all.Count == 1 ? all[0] : new Cql2Logical("and", all);
}
