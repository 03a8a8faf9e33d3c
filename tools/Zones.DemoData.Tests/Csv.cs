using System.Text;

namespace Zones.DemoData.Tests;

/// <summary>A strict RFC 4180 reader: rows as dictionaries keyed by the header; an empty field reads as null.</summary>
public static class Csv
{
    public static List<Dictionary<string, string?>> Read(string path)
    {
        var rows = Parse(File.ReadAllText(path, Encoding.UTF8));
        var header = rows[0];
        return rows.Skip(1).Select(r =>
        {
            if (r.Count != header.Count) throw new FormatException($"{Path.GetFileName(path)}: row has {r.Count} fields, header {header.Count}");
            return header.Select((h, i) => (h, v: r[i])).ToDictionary(x => x.h, x => x.v == "" ? null : x.v);
        }).ToList();
    }

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) throw new FormatException("last line does not end with \\n");
        return rows;
    }
}
