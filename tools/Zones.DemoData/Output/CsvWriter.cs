using System.Text;

namespace Zones.DemoData.Output;

/// <summary>RFC 4180 CSV: UTF-8 without BOM, "\n" line ends, a header row; an empty field is null.</summary>
public sealed class CsvWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TextWriter _writer;

    public CsvWriter(string path, params string[] header)
    {
        _writer = new StreamWriter(path, false, Utf8, 1 << 16) { NewLine = "\n" };
        Row(header);
    }

    public void Row(params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            Field(fields[i]);
        }
        _writer.Write('\n');
    }

    private void Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\""));
        _writer.Write('"');
    }

    public void Dispose() => _writer.Dispose();
}
