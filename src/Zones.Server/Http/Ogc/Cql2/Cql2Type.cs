using Zones.Server.Data;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>What a CQL2 value is, for checking that both sides of a comparison are alike.</summary>
enum Cql2Type { Text, Number, Boolean, Date, Timestamp, Geometry }

static class Cql2Types
{
    public static Cql2Type Of(QueryableType t) => t switch
    {
        QueryableType.String => Cql2Type.Text,
        QueryableType.Integer or QueryableType.Number => Cql2Type.Number,
        QueryableType.Boolean => Cql2Type.Boolean,
        QueryableType.Date => Cql2Type.Date,
        QueryableType.Timestamp => Cql2Type.Timestamp,
        _ => Cql2Type.Geometry,
    };

    public static (string Zh, string En) Name(Cql2Type t) => t switch
    {
        Cql2Type.Text => ("文字", "a string"),
        Cql2Type.Number => ("数字", "a number"),
        Cql2Type.Boolean => ("真假值", "a boolean"),
        Cql2Type.Date => ("日期", "a date"),
        Cql2Type.Timestamp => ("时间", "a timestamp"),
        _ => ("几何", "a geometry"),
    };

    /// <summary>Dates and timestamps compare with each other (a date is its midnight, China time).</summary>
    public static bool Comparable(Cql2Type a, Cql2Type b) =>
        a == b || (a is Cql2Type.Date or Cql2Type.Timestamp && b is Cql2Type.Date or Cql2Type.Timestamp);
}
