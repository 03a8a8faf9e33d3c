using System.Text.Json;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// CQL2-JSON (OGC 21-065r2 §8, cql2.json schema) into the same <see cref="Cql2Expression"/>s as
/// CQL2-text: <c>{"op": …, "args": […]}</c>, <c>{"property": …}</c>, strings, numbers,
/// booleans, <c>{"timestamp"}</c>, <c>{"date"}</c>, <c>{"interval"}</c>, <c>{"bbox"}</c> and GeoJSON
/// geometries (in <see cref="Cql2GeoJson"/>). Errors name the character of the offending value.
/// </summary>
static class Cql2JsonParser
{
    static readonly string[] ComparisonOps = ["=", "<>", "<", ">", "<=", ">="];

    public static Cql2Expression Parse(string text) => Expression(Cql2JsonNode.Read(text));

    static Cql2Expression Expression(Cql2JsonNode n)
    {
        switch (n.Kind)
        {
            case JsonTokenType.String:
                return new Cql2Text(n.Text!) { Position = n.Position };
            case JsonTokenType.Number:
                long? whole = long.TryParse(n.Raw, out var l) ? l : null;
                return new Cql2Number(n.Number, whole) { Position = n.Position };
            case JsonTokenType.True or JsonTokenType.False:
                return new Cql2Boolean(n.Kind == JsonTokenType.True) { Position = n.Position };
            case JsonTokenType.StartObject:
                return Object(n);
            default:
                throw Cql2Exception.At(n.Position, "这里应为 CQL2-JSON 表达式：{\"op\": …, \"args\": […]}、{\"property\": …} 或值",
                    "expected a CQL2-JSON expression here: {\"op\": …, \"args\": […]}, {\"property\": …} or a value");
        }
    }

    static Cql2Expression Object(Cql2JsonNode n)
    {
        if (n["op"] is { } op)
            return Operation(n, op);
        if (n["property"] is { } p)
            return p.Kind == JsonTokenType.String
                ? new Cql2Property(p.Text!) { Position = n.Position }
                : throw Cql2Exception.At(p.Position, "property 的值应为属性名（字符串）", "the value of property must be a property name (a string)");
        if (n["timestamp"] is { } ts)
            return Cql2Instants.Parse(String(ts, "timestamp"), date: false, ts.Position) with { Position = n.Position };
        if (n["date"] is { } d)
            return Cql2Instants.Parse(String(d, "date"), date: true, d.Position) with { Position = n.Position };
        if (n["interval"] is { } i)
            return Interval(n, i);
        if (n["bbox"] is { } box)
            return Cql2Boxes.Create(Numbers(box, "bbox"), n.Position);
        if (n["type"] is not null)
            return Cql2GeoJson.Geometry(n);
        throw Cql2Exception.At(n.Position, "不认识的对象：应有 op、property、timestamp、date、interval、bbox 或 GeoJSON 的 type",
            "unknown object: expected one of op, property, timestamp, date, interval, bbox or a GeoJSON type");
    }

    static Cql2Expression Operation(Cql2JsonNode n, Cql2JsonNode opNode)
    {
        var op = String(opNode, "op").ToLowerInvariant();
        var args = n["args"] is { Kind: JsonTokenType.StartArray } a ? a.Items! :
            throw Cql2Exception.At(n.Position, $"运算 {op} 缺少 args 数组", $"the operation {op} has no args array");
        var at = n.Position;
        Cql2Expression Arg(int i) => Expression(args[i]);
        switch (op)
        {
            case "and" or "or":
                Count(n, op, args, 2, int.MaxValue);
                return new Cql2Logical(op, args.Select(Expression).ToList()) { Position = at };
            case "not":
                Count(n, op, args, 1, 1);
                return new Cql2Not(Arg(0)) { Position = at };
            case var c when ComparisonOps.Contains(c):
                Count(n, op, args, 2, 2);
                return new Cql2Comparison(c, Arg(0), Arg(1)) { Position = at };
            case "like":
                Count(n, op, args, 2, 2);
                return new Cql2Like(Arg(0), Arg(1)) { Position = at };
            case "between":
                Count(n, op, args, 3, 3);
                return new Cql2Between(Arg(0), Arg(1), Arg(2)) { Position = at };
            case "in":
                Count(n, op, args, 2, 2);
                if (args[1] is not { Kind: JsonTokenType.StartArray } list)
                    throw Cql2Exception.At(args[1].Position, "in 的第二个参数应为取值数组，如 [\"a\", \"b\"]", "the second argument of in must be an array of values, as in [\"a\", \"b\"]");
                return new Cql2In(Arg(0), list.Items!.Select(Expression).ToList()) { Position = at };
            case "isnull":
                Count(n, op, args, 1, 1);
                return new Cql2IsNull(Arg(0)) { Position = at };
            case "casei":
                Count(n, op, args, 1, 1);
                return new Cql2CaseInsensitive(Arg(0)) { Position = at };
            case "accenti":
                throw Cql2Exception.At(at, "不支持 accenti（大小写不敏感请用 casei）", "accenti is not supported (use casei for case-insensitive comparison)");
            case "s_dwithin" or "dwithin":
                Count(n, op, args, 3, 3);
                return new Cql2Distance(Arg(0), Arg(1), Arg(2)) { Position = at };
            case var s when Cql2TextParser.SpatialOps.Contains(s):
                Count(n, op, args, 2, 2);
                return new Cql2Spatial(s, Arg(0), Arg(1)) { Position = at };
            case var t when Cql2TextParser.TemporalOps.Contains(t):
                Count(n, op, args, 2, 2);
                return new Cql2Temporal(t, Arg(0), Arg(1)) { Position = at };
            default:
                throw Cql2Exception.At(opNode.Position, $"不支持的运算“{op}”（可用：and、or、not、= <> < > <= >=、like、between、in、isNull、casei、S_*、T_*）",
                    $"unsupported operation '{op}' (offered: and, or, not, = <> < > <= >=, like, between, in, isNull, casei, the s_* and t_* functions)");
        }
    }

    static void Count(Cql2JsonNode n, string op, List<Cql2JsonNode> args, int min, int max)
    {
        if (args.Count >= min && args.Count <= max)
            return;
        var want = min == max ? $"{min}" : $"至少 {min}";
        var wantEn = min == max ? $"{min}" : $"at least {min}";
        throw Cql2Exception.At(n.Position, $"运算 {op} 需要 {want} 个参数，却有 {args.Count} 个", $"the operation {op} takes {wantEn} arguments, found {args.Count}");
    }

    static Cql2Interval Interval(Cql2JsonNode n, Cql2JsonNode i)
    {
        if (i is not { Kind: JsonTokenType.StartArray, Items.Count: 2 })
            throw Cql2Exception.At(i.Position, "interval 应为两个元素的数组，如 [\"2025-01-01\", \"..\"]", "interval must be an array of two, as in [\"2025-01-01\", \"..\"]");
        return new Cql2Interval(End(i.Items![0]), End(i.Items[1])) { Position = n.Position };

        static Cql2Expression? End(Cql2JsonNode e) => e.Kind == JsonTokenType.String
            ? e.Text == ".." ? null : Cql2Instants.Parse(e.Text!, date: null, e.Position)
            : Expression(e);
    }

    public static string String(Cql2JsonNode n, string member) => n.Kind == JsonTokenType.String
        ? n.Text!
        : throw Cql2Exception.At(n.Position, $"{member} 的值应为字符串", $"the value of {member} must be a string");

    public static List<double> Numbers(Cql2JsonNode n, string member) =>
        n is { Kind: JsonTokenType.StartArray } && n.Items!.All(x => x.Kind == JsonTokenType.Number)
            ? n.Items!.Select(x => x.Number).ToList()
            : throw Cql2Exception.At(n.Position, $"{member} 应为数字数组", $"{member} must be an array of numbers");
}
