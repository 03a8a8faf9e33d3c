using Npgsql;
using Zones.Server.Data;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// One compilation of a filter (see <see cref="Cql2Sql"/>): walks the tree once, binding each
/// literal as the next <c>$n</c>. Literals take the type of what they are compared with, so
/// <c>status = '损坏'</c> binds the code <c>damaged</c> and <c>parentId = 'x'</c> is refused
/// with its position. Spatial and temporal predicates are in the partial files beside it.
/// </summary>
sealed partial class Cql2Compiler(FeatureCollection collection, OgcCrs crs, int firstParameter)
{
    readonly List<NpgsqlParameter> _parameters = [];

    public CompiledFilter Compile(Cql2Expression e) => new(Condition(e), _parameters);

    // Far beyond any filter a person writes, far below PostgreSQL's 65 535 parameters of a statement.
    const int MaxParameters = 2000;

    string Bind(NpgsqlParameter p)
    {
        if (_parameters.Count == MaxParameters)
            throw new Cql2Exception($"filter 中的值超过 {MaxParameters} 个，请拆成几次查询。The filter holds more than {MaxParameters} values; split it into several requests.", null);
        _parameters.Add(p);
        return "$" + (firstParameter + _parameters.Count - 1);
    }

    string Condition(Cql2Expression e) => e switch
    {
        Cql2Logical l => "(" + string.Join(l.Op == "and" ? " AND " : " OR ", l.Args.Select(Condition)) + ")",
        Cql2Not n => $"(NOT {Condition(n.Arg)})",
        Cql2Boolean b => b.Value ? "true" : "false",
        Cql2Property p => BooleanProperty(p),
        Cql2Comparison c => Comparison(c),
        Cql2Like l => Like(l),
        Cql2In i => In(i),
        Cql2Between b => Between(b),
        Cql2IsNull n => $"({Operand(n.Value).Sql} IS NULL)",
        Cql2Spatial s => Spatial(s),
        Cql2Distance d => Distance(d),
        Cql2Temporal t => Temporal(t),
        _ => throw Cql2Exception.At(e.Position, "这里应为条件（比较、LIKE、IN、S_INTERSECTS(…) 等），却是一个值",
            "expected a condition (a comparison, LIKE, IN, S_INTERSECTS(…) …) here, found a value"),
    };

    // A boolean property alone is a condition (overdue); others need a comparison.
    string BooleanProperty(Cql2Property p)
    {
        var v = Operand(p);
        return v.Type == Cql2Type.Boolean
            ? $"({v.Sql})"
            : throw Cql2Exception.At(p.Position, $"属性 {p.Name} 不是真假值，不能单独作为条件，请写比较，如 {p.Name} = …",
                $"the property {p.Name} is not a boolean and cannot stand alone as a condition; compare it, as in {p.Name} = …");
    }

    string Comparison(Cql2Comparison c)
    {
        var (l, r) = Pair(c.Left, c.Right, coded: c.Op is "=" or "<>");
        if (l.Type == Cql2Type.Geometry)
            throw Cql2Exception.At(c.Position, "几何不能用 = < > 比较，请用 S_EQUALS、S_INTERSECTS 等空间函数",
                "geometries are not compared with = < >; use S_EQUALS, S_INTERSECTS or another spatial function");
        return $"({l.Sql} {c.Op} {r.Sql})";
    }

    string Like(Cql2Like l)
    {
        var (v, p) = Pair(l.Value, l.Pattern, coded: false);
        if (v.Type != Cql2Type.Text)
            throw Cql2Exception.At(l.Position, $"LIKE 只用于文字，这里是{Cql2Types.Name(v.Type).Zh}", $"LIKE applies to strings, not to {Cql2Types.Name(v.Type).En}");
        return $"({v.Sql} LIKE {p.Sql})";
    }

    string In(Cql2In i)
    {
        var v = Operand(i.Value);
        var items = i.List.Select(item => Matching(v, item, coded: true).Sql);
        return $"({v.Sql} IN ({string.Join(", ", items)}))";
    }

    string Between(Cql2Between b)
    {
        var v = Operand(b.Value);
        if (v.Type is Cql2Type.Boolean or Cql2Type.Geometry)
            throw Cql2Exception.At(b.Position, $"BETWEEN 用于数字、文字、日期或时间，不能用于{Cql2Types.Name(v.Type).Zh}",
                $"BETWEEN applies to numbers, strings, dates and timestamps, not to {Cql2Types.Name(v.Type).En}");
        return $"({v.Sql} BETWEEN {Matching(v, b.Low, coded: false).Sql} AND {Matching(v, b.High, coded: false).Sql})";
    }

    /// <summary>Both sides of a comparison: properties first, so literals take their type and code list.</summary>
    (Cql2Value, Cql2Value) Pair(Cql2Expression left, Cql2Expression right, bool coded)
    {
        if (IsLiteral(left) && !IsLiteral(right))
        {
            var r = Operand(right);
            return (Matching(r, left, coded), r);
        }
        var l = Operand(left);
        return (l, Matching(l, right, coded));
    }

    static bool IsLiteral(Cql2Expression e) => e is Cql2Text or Cql2Number or Cql2Boolean or Cql2Timestamp or Cql2Date or Cql2Geometry;

    /// <summary><paramref name="e"/> compiled to be compared with <paramref name="peer"/>: same type (or refused at e's position).</summary>
    Cql2Value Matching(Cql2Value peer, Cql2Expression e, bool coded)
    {
        var v = Operand(e, peer, coded);
        if (!Cql2Types.Comparable(peer.Type, v.Type))
        {
            var (pz, pe) = Cql2Types.Name(peer.Type);
            var (vz, ve) = Cql2Types.Name(v.Type);
            var what = peer.Property is { } q ? ($"属性 {q.Name} 是{pz}", $"the property {q.Name} is {pe}") : ($"左边是{pz}", $"the left side is {pe}");
            var hint = peer.Type switch
            {
                Cql2Type.Timestamp => ("，时间请写作 TIMESTAMP('2025-06-01T08:00:00Z')", "; write a timestamp as TIMESTAMP('2025-06-01T08:00:00Z')"),
                Cql2Type.Date => ("，日期请写作 DATE('2025-06-01')", "; write a date as DATE('2025-06-01')"),
                Cql2Type.Text => ("，文字请加单引号，如 'abc'", "; put strings in single quotes, as in 'abc'"),
                _ => ("", ""),
            };
            throw Cql2Exception.At(e.Position, $"{what.Item1}，不能与{vz}比较{hint.Item1}", $"{what.Item2} and cannot be compared with {ve}{hint.Item2}");
        }
        return v;
    }

    /// <summary>A value: a queryable's constant SQL, CASEI(…), or a literal bound as a parameter.</summary>
    Cql2Value Operand(Cql2Expression e, Cql2Value? peer = null, bool coded = false) => e switch
    {
        Cql2Property p => Property(p),
        Cql2CaseInsensitive c => CaseInsensitive(c),
        // GDAL's OAPIF driver writes instants as plain strings (reportedAt > '2025-06-01T00:00:00Z'): read them as the property's type.
        Cql2Text t when peer is { Type: Cql2Type.Date or Cql2Type.Timestamp } || (t.FromQuery && peer is not null && peer.Type != Cql2Type.Text) => FromQuery(t, peer),
        Cql2Text t => new(Bind(Sql.P(Code(t, peer, coded))), Cql2Type.Text),
        Cql2Number n => new(n.Whole is { } w ? Bind(Sql.P(w)) : Bind(Sql.P(n.Value)), Cql2Type.Number),
        Cql2Boolean b => new(Bind(Sql.P(b.Value)), Cql2Type.Boolean),
        Cql2Timestamp t => new(Bind(Sql.P(t.Value)), Cql2Type.Timestamp),
        Cql2Date d => new(Bind(Sql.P(d.Value)), Cql2Type.Date),
        Cql2Geometry g => new(Geometry(g), Cql2Type.Geometry),
        Cql2Interval => throw Cql2Exception.At(e.Position, "INTERVAL 只能用于 T_ 时间函数，如 T_DURING(reportedAt, INTERVAL('2025-01-01', '..'))",
            "INTERVAL is only allowed in the T_ temporal functions, as in T_DURING(reportedAt, INTERVAL('2025-01-01', '..'))"),
        _ => throw Cql2Exception.At(e.Position, "这里应为值（属性、文字、数字等），却是条件", "expected a value (a property, a string, a number …) here, found a condition"),
    };

    Cql2Value Property(Cql2Property p)
    {
        if (Queryables.Find(collection, p.Name) is { } q)
            return new(q.Sql, Cql2Types.Of(q.Type), q);
        var names = string.Join(", ", Queryables.Of(collection).Select(x => x.Name));
        throw Cql2Exception.At(p.Position, $"集合 {collection.Id} 没有可查询属性“{p.Name}”（可用：{names}；名称区分大小写）",
            $"the collection {collection.Id} has no queryable '{p.Name}' (queryables: {names}; names are case-sensitive)");
    }

    Cql2Value CaseInsensitive(Cql2CaseInsensitive c)
    {
        var inner = Operand(c.Value);
        return inner.Type == Cql2Type.Text
            ? new($"lower({inner.Sql})", Cql2Type.Text)
            : throw Cql2Exception.At(c.Position, $"CASEI 只用于文字，这里是{Cql2Types.Name(inner.Type).Zh}", $"CASEI applies to strings, not to {Cql2Types.Name(inner.Type).En}");
    }

    // A coded property compares with codes: '损坏', 'damaged' and '破损' all mean damaged. In = <> IN an
    // unknown word is refused with the list, as it can never match; LIKE and < > see the stored codes.
    static string Code(Cql2Text t, Cql2Value? peer, bool coded)
    {
        if (peer?.Property?.Codes is not { } codes)
            return t.Value;
        if (codes.Find(t.Value) is { } entry)
            return entry.Code;
        if (!coded)
            return t.Value;
        throw Cql2Exception.At(t.Position, $"“{t.Value}”不是 {peer.Property.Name} 的取值，可用：{codes.Describe()}",
            $"'{t.Value}' is not a value of {peer.Property.Name}; accepted: {codes.Describe()}");
    }

    // ?parentId=12, ?overdue=true, ?installDate=2025-06-01: query parameters arrive as text.
    Cql2Value FromQuery(Cql2Text t, Cql2Value peer)
    {
        var name = peer.Property?.Name ?? "";
        switch (peer.Type)
        {
            case Cql2Type.Number when long.TryParse(t.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole):
                return new(Bind(Sql.P(whole)), Cql2Type.Number);
            case Cql2Type.Number when double.TryParse(t.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                return new(Bind(Sql.P(d)), Cql2Type.Number);
            case Cql2Type.Boolean when bool.TryParse(t.Value, out var b):
                return new(Bind(Sql.P(b)), Cql2Type.Boolean);
            case Cql2Type.Date or Cql2Type.Timestamp:
                return Operand(Cql2Instants.Parse(t.Value, peer.Type == Cql2Type.Date ? true : null, t.Position));
        }
        var (z, en) = Cql2Types.Name(peer.Type);
        throw new Cql2Exception($"{name}={t.Value}：{name} 是{z}，“{t.Value}”不是。{name}={t.Value}: {name} is {en}, '{t.Value}' is not.", null);
    }
}
