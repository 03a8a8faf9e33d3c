namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// Temporal predicates as the relations of intervals (OGC 21-065r2 §6.8, Allen's algebra): an
/// instant is an interval that starts and ends at once, an open end of INTERVAL is infinity.
/// </summary>
sealed partial class Cql2Compiler
{
    static readonly Dictionary<string, string> Relations = new()
    {
        ["t_after"] = "{as} > {be}",
        ["t_before"] = "{ae} < {bs}",
        ["t_contains"] = "{as} < {bs} AND {ae} > {be}",
        ["t_disjoint"] = "({ae} < {bs} OR {as} > {be})",
        ["t_during"] = "{as} > {bs} AND {ae} < {be}",
        ["t_equals"] = "{as} = {bs} AND {ae} = {be}",
        ["t_finishedby"] = "{as} < {bs} AND {ae} = {be}",
        ["t_finishes"] = "{as} > {bs} AND {ae} = {be}",
        ["t_intersects"] = "{as} <= {be} AND {ae} >= {bs}",
        ["t_meets"] = "{ae} = {bs}",
        ["t_metby"] = "{as} = {be}",
        ["t_overlappedby"] = "{as} > {bs} AND {as} < {be} AND {ae} > {be}",
        ["t_overlaps"] = "{as} < {bs} AND {ae} > {bs} AND {ae} < {be}",
        ["t_startedby"] = "{as} = {bs} AND {ae} > {be}",
        ["t_starts"] = "{as} = {bs} AND {ae} < {be}",
    };

    string Temporal(Cql2Temporal t)
    {
        var (aStart, aEnd) = Period(t.Left);
        var (bStart, bEnd) = Period(t.Right);
        return "(" + Relations[t.Op].Replace("{as}", aStart).Replace("{ae}", aEnd).Replace("{bs}", bStart).Replace("{be}", bEnd) + ")";
    }

    (string Start, string End) Period(Cql2Expression e)
    {
        if (e is Cql2Interval i)
            return (i.Start is null ? "'-infinity'::timestamptz" : Instant(i.Start).Sql,
                    i.End is null ? "'infinity'::timestamptz" : Instant(i.End).Sql);
        var v = Instant(e);
        return (v.Sql, v.Sql);
    }

    Cql2Value Instant(Cql2Expression e)
    {
        var v = Operand(e);
        return v.Type is Cql2Type.Date or Cql2Type.Timestamp
            ? v
            : throw Cql2Exception.At(e.Position, $"时间函数的参数应为日期、时间或 INTERVAL(…)，这里是{Cql2Types.Name(v.Type).Zh}",
                $"the arguments of a temporal function must be dates, timestamps or INTERVAL(…), not {Cql2Types.Name(v.Type).En}");
    }
}
