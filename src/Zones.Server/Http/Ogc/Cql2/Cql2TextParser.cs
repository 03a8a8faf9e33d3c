using System.Globalization;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// CQL2-text (OGC 21-065r2 §8) into <see cref="Cql2Expression"/>s by recursive descent:
/// OR over AND over NOT over predicates (comparison, LIKE, BETWEEN, IN, IS NULL, spatial and
/// temporal functions, boolean literals, parenthesised expressions). Geometry literals are in
/// <see cref="Cql2TextParser"/>.Geometry.cs. Every error names the character it stopped at.
/// </summary>
sealed partial class Cql2TextParser
{
    static readonly string[] ComparisonOps = ["=", "<>", "<", ">", "<=", ">="];

    /// <summary>The spatial functions (Spatial Functions conformance class); S_DWITHIN is read apart.</summary>
    public static readonly string[] SpatialOps =
        ["s_intersects", "s_equals", "s_disjoint", "s_touches", "s_within", "s_overlaps", "s_crosses", "s_contains"];

    /// <summary>The temporal functions (Temporal Functions conformance class).</summary>
    public static readonly string[] TemporalOps =
    [
        "t_after", "t_before", "t_contains", "t_disjoint", "t_during", "t_equals", "t_finishedby", "t_finishes",
        "t_intersects", "t_meets", "t_metby", "t_overlappedby", "t_overlaps", "t_startedby", "t_starts",
    ];

    // Words that cannot name a property: a property called "and" must be written "and" in double quotes.
    static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL", "TRUE", "FALSE",
    };

    // Parentheses and NOTs nest by recursion: a bound keeps a hostile filter from exhausting the stack.
    const int MaxDepth = 64;

    readonly List<Cql2Token> _tokens;
    int _next;
    int _depth;

    Cql2TextParser(string text) => _tokens = Cql2Lexer.Tokenize(text);

    public static Cql2Expression Parse(string text)
    {
        var parser = new Cql2TextParser(text);
        if (parser.Peek.Kind == Cql2TokenKind.End)
            throw Cql2Exception.At(1, "filter 为空，应为条件，例如 status = '损坏'", "the filter is empty; expected a condition such as status = 'damaged'");
        var e = parser.Or();
        if (parser.Peek.Kind != Cql2TokenKind.End)
            throw parser.Expected(parser.Peek.IsPunctuation(")") ? "多余的右括号之前的内容已是完整条件" : "AND、OR 或 filter 结尾",
                                  parser.Peek.IsPunctuation(")") ? "nothing more (this ')' closes no '(')" : "AND, OR or the end of the filter");
        return e;
    }

    Cql2Token Peek => _tokens[_next];

    Cql2Token Take() => _tokens[_next++];

    bool TakeIf(string word)
    {
        if (!Peek.Is(word))
            return false;
        _next++;
        return true;
    }

    Cql2Token Expect(string punctuation, string zhWhat, string enWhat)
    {
        if (!Peek.IsPunctuation(punctuation))
            throw Expected(zhWhat, enWhat);
        return Take();
    }

    Cql2Exception Expected(string zh, string en) =>
        Cql2Exception.At(Peek.Position, $"应为{zh}，却是{Peek.Shown(true)}", $"expected {en}, found {Peek.Shown(false)}");

    Cql2Expression Or() => Chain("OR", And);

    Cql2Expression And() => Chain("AND", Factor);

    // a OP b OP c: one node over all operands (OR binds looser than AND, as each level calls the next).
    Cql2Expression Chain(string op, Func<Cql2Expression> operand)
    {
        var first = operand();
        if (!Peek.Is(op))
            return first;
        var args = new List<Cql2Expression> { first };
        while (TakeIf(op))
            args.Add(operand());
        return new Cql2Logical(op.ToLowerInvariant(), args) { Position = first.Position };
    }

    Cql2Expression Factor()
    {
        var at = Peek.Position;
        if (++_depth > MaxDepth)
            throw Cql2Exception.At(at, $"括号或 NOT 嵌套超过 {MaxDepth} 层", $"parentheses or NOTs are nested more than {MaxDepth} deep");
        var e = TakeIf("NOT") ? new Cql2Not(Factor()) { Position = at } : Primary();
        _depth--;
        return e;
    }

    Cql2Expression Primary()
    {
        var at = Peek;
        if (at.IsPunctuation("("))
        {
            Take();
            var inner = Or();
            Expect(")", "右括号 )", "')'");
            return inner;
        }
        if (at.Kind == Cql2TokenKind.Name && _tokens[_next + 1].IsPunctuation("("))
        {
            var name = at.Value.ToLowerInvariant();
            if (SpatialOps.Contains(name))
                return Spatial(name);
            if (name is "s_dwithin" or "dwithin")
                return Distance();
            if (TemporalOps.Contains(name))
                return Temporal(name);
        }
        var left = Scalar("属性、文字、数字、TRUE/FALSE、TIMESTAMP(…)、DATE(…) 或条件（如 S_INTERSECTS(…)）",
                          "a property, a string, a number, TRUE/FALSE, TIMESTAMP(…), DATE(…) or a condition such as S_INTERSECTS(…)");
        return Predicate(left);
    }

    Cql2Expression Predicate(Cql2Expression left)
    {
        var op = Peek;
        if (op.Kind == Cql2TokenKind.Punctuation && ComparisonOps.Contains(op.Value))
        {
            Take();
            return new Cql2Comparison(op.Value, left, Operand()) { Position = left.Position };
        }
        if (op.Is("IS"))
        {
            Take();
            var not = TakeIf("NOT");
            if (!TakeIf("NULL"))
                throw Expected("NULL 或 NOT NULL", "NULL or NOT NULL");
            var isNull = new Cql2IsNull(left) { Position = left.Position };
            return not ? new Cql2Not(isNull) { Position = left.Position } : isNull;
        }
        var negated = op.Is("NOT") && (_tokens[_next + 1].Is("LIKE") || _tokens[_next + 1].Is("ILIKE") || _tokens[_next + 1].Is("BETWEEN") || _tokens[_next + 1].Is("IN"));
        if (negated)
            Take();
        Cql2Expression? e = null;
        if (TakeIf("LIKE"))
            e = new Cql2Like(left, Operand()) { Position = left.Position };
        else if (TakeIf("ILIKE")) // not CQL2, but what GDAL's OAPIF driver sends for ILIKE: LIKE on CASEI of both sides
            e = new Cql2Like(Casei(left), Casei(Operand())) { Position = left.Position };
        else if (TakeIf("BETWEEN"))
        {
            var low = Operand();
            if (!TakeIf("AND"))
                throw Expected("BETWEEN … AND … 中的 AND", "AND (BETWEEN low AND high)");
            e = new Cql2Between(left, low, Operand()) { Position = left.Position };
        }
        else if (TakeIf("IN"))
            e = new Cql2In(left, List()) { Position = left.Position };
        if (e is not null)
            return negated ? new Cql2Not(e) { Position = left.Position } : e;
        // A boolean literal or a boolean property stands alone as a condition (overdue, TRUE).
        if (left is Cql2Boolean or Cql2Property)
            return left;
        throw Expected("比较运算符（= <> < > <= >=）、LIKE、BETWEEN、IN 或 IS NULL", "a comparison (= <> < > <= >=), LIKE, BETWEEN, IN or IS NULL");
    }

    static Cql2CaseInsensitive Casei(Cql2Expression e) => new(e) { Position = e.Position };

    Cql2Expression Operand() => Scalar("属性、文字、数字、TRUE/FALSE、TIMESTAMP(…) 或 DATE(…)",
                                       "a property, a string, a number, TRUE/FALSE, TIMESTAMP(…) or DATE(…)");

    List<Cql2Expression> List()
    {
        Expect("(", "左括号 (，后接取值列表，如 IN ('a', 'b')", "'(' and a list of values, as in IN ('a', 'b')");
        var items = new List<Cql2Expression> { Operand() };
        while (Peek.IsPunctuation(","))
        {
            Take();
            items.Add(Operand());
        }
        Expect(")", "逗号 , 或右括号 )", "',' or ')'");
        return items;
    }

    /// <summary>A scalar, temporal or geometry value: literal, property or CASEI(…).</summary>
    Cql2Expression Scalar(string zhWhat, string enWhat)
    {
        var t = Peek;
        switch (t.Kind)
        {
            case Cql2TokenKind.Text:
                Take();
                return new Cql2Text(t.Value) { Position = t.Position };
            case Cql2TokenKind.Number:
                Take();
                return Number(t);
            case Cql2TokenKind.QuotedName:
                Take();
                return new Cql2Property(t.Value) { Position = t.Position };
            case Cql2TokenKind.Name:
                break;
            default:
                throw Expected(zhWhat, enWhat);
        }
        if (t.Is("TRUE") || t.Is("FALSE"))
        {
            Take();
            return new Cql2Boolean(t.Is("TRUE")) { Position = t.Position };
        }
        if (Reserved.Contains(t.Value))
            throw Expected(zhWhat, enWhat);
        if (!_tokens[_next + 1].IsPunctuation("(") && !(IsGeometryType(t.Value) && _tokens[_next + 1].Is("Z")))
        {
            Take();
            return new Cql2Property(t.Value) { Position = t.Position };
        }
        var name = t.Value.ToUpperInvariant();
        switch (name)
        {
            case "TIMESTAMP" or "DATE":
                return Instant(name == "DATE");
            case "INTERVAL":
                return Interval();
            case "CASEI":
                Take();
                Take();
                var inner = Operand();
                Expect(")", "CASEI(…) 的右括号 )", "')' closing CASEI(…)");
                return new Cql2CaseInsensitive(inner) { Position = t.Position };
            case "ACCENTI":
                throw Cql2Exception.At(t.Position, "不支持 ACCENTI（中文名称没有重音符号；大小写不敏感请用 CASEI）",
                    "ACCENTI is not supported (use CASEI for case-insensitive comparison)");
        }
        if (Geometry() is { } g)
            return g;
        throw Cql2Exception.At(t.Position, $"没有名为“{t.Value}”的函数（可用：CASEI、TIMESTAMP、DATE、INTERVAL、S_*、T_*、BBOX 及 WKT 几何）",
            $"there is no function '{t.Value}' (offered: CASEI, TIMESTAMP, DATE, INTERVAL, the S_* and T_* functions, BBOX and WKT geometries)");
    }

    static Cql2Number Number(Cql2Token t)
    {
        if (!double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Cql2Exception.At(t.Position, $"“{t.Value}”不是数字", $"'{t.Value}' is not a number");
        long? whole = long.TryParse(t.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
        return new Cql2Number(value, whole) { Position = t.Position };
    }

    // TIMESTAMP('…') / DATE('…'): the literal is checked here, so a bad date points at its own text.
    Cql2Expression Instant(bool date)
    {
        var name = Take();
        Take();
        var text = Peek;
        if (text.Kind != Cql2TokenKind.Text)
            throw Expected(date ? "日期文字，如 DATE('2025-06-01')" : "时间文字，如 TIMESTAMP('2025-06-01T08:00:00Z')",
                           date ? "a date string such as DATE('2025-06-01')" : "a timestamp string such as TIMESTAMP('2025-06-01T08:00:00Z')");
        Take();
        Expect(")", "右括号 )", "')'");
        return Cql2Instants.Parse(text.Value, date, text.Position) with { Position = name.Position };
    }

    Cql2Expression Interval()
    {
        var name = Take();
        Take();
        var start = IntervalEnd();
        Expect(",", "逗号 ,（INTERVAL(开始, 结束)）", "',' (INTERVAL(start, end))");
        var end = IntervalEnd();
        Expect(")", "右括号 )", "')'");
        return new Cql2Interval(start, end) { Position = name.Position };
    }

    // An interval end: '..' (open), a date or timestamp string, TIMESTAMP(…)/DATE(…), or a property.
    Cql2Expression? IntervalEnd()
    {
        var t = Peek;
        if (t.Kind == Cql2TokenKind.Text)
        {
            Take();
            return t.Value == ".." ? null : Cql2Instants.Parse(t.Value, date: null, t.Position) with { Position = t.Position };
        }
        return Operand();
    }

    Cql2Expression Spatial(string op)
    {
        var name = Take();
        Take();
        var (left, right) = TwoArguments(name);
        Expect(")", $"{name.Value}(…) 的右括号 )", $"')' closing {name.Value}(…)");
        return new Cql2Spatial(op, left, right) { Position = name.Position };
    }

    Cql2Expression Temporal(string op)
    {
        var name = Take();
        Take();
        var (left, right) = TwoArguments(name);
        Expect(")", $"{name.Value}(…) 的右括号 )", $"')' closing {name.Value}(…)");
        return new Cql2Temporal(op, left, right) { Position = name.Position };
    }

    (Cql2Expression, Cql2Expression) TwoArguments(Cql2Token name)
    {
        var left = Operand();
        Expect(",", $"逗号 ,（{name.Value} 需要两个参数）", $"',' ({name.Value} takes two arguments)");
        return (left, Operand());
    }

    // S_DWITHIN(a, b, distance [, units]): metres unless a unit says otherwise (GeoServer's DWITHIN takes one).
    Cql2Expression Distance()
    {
        var name = Take();
        Take();
        var (left, right) = TwoArguments(name);
        Expect(",", $"逗号 , 和距离（米），如 {name.Value}(geometry, POINT(120.1 30.2), 100)",
               $"',' and a distance in metres, as in {name.Value}(geometry, POINT(120.1 30.2), 100)");
        var metres = Operand();
        if (Peek.IsPunctuation(","))
        {
            Take();
            var unit = Peek;
            var factor = unit.Kind == Cql2TokenKind.Name || unit.Kind == Cql2TokenKind.Text
                ? unit.Value.ToLowerInvariant() switch
                {
                    "m" or "meters" or "metres" or "meter" or "metre" or "米" => 1.0,
                    "km" or "kilometers" or "kilometres" or "千米" or "公里" => 1000.0,
                    _ => (double?)null,
                }
                : null;
            if (factor is null)
                throw Expected("距离单位 meters 或 kilometers", "a distance unit, meters or kilometers");
            Take();
            if (factor != 1.0 && metres is Cql2Number n)
                metres = new Cql2Number(n.Value * factor.Value, null) { Position = n.Position };
        }
        Expect(")", $"{name.Value}(…) 的右括号 )", $"')' closing {name.Value}(…)");
        return new Cql2Distance(left, right, metres) { Position = name.Position };
    }
}
