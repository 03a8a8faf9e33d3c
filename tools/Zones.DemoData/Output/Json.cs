using System.Text;
using Zones.DemoData.Core;

namespace Zones.DemoData.Output;

/// <summary>Hand-written JSON so that Chinese text stays readable and numbers keep their exact form.</summary>
public static class Json
{
    public static void String(StringBuilder sb, string? value)
    {
        if (value == null)
        {
            sb.Append("null");
            return;
        }
        sb.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch < 0x20) sb.Append("\\u").Append(((int)ch).ToString("x4", Fmt.Inv));
                    else sb.Append(ch);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>A string, an int, a double or null, as a JSON value.</summary>
    public static void Value(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: String(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int i: sb.Append(Fmt.Int(i)); break;
            case long l: sb.Append(Fmt.Int(l)); break;
            case double d: sb.Append(Fmt.Num(d)); break;
            default: throw new ArgumentException("unsupported JSON value " + value.GetType().Name, nameof(value));
        }
    }

    /// <summary>An object from ordered key/value pairs.</summary>
    public static void Object(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> members)
    {
        sb.Append('{');
        var first = true;
        foreach (var (k, v) in members)
        {
            if (!first) sb.Append(',');
            first = false;
            String(sb, k);
            sb.Append(':');
            Value(sb, v);
        }
        sb.Append('}');
    }
}
