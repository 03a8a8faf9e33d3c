using System.Text;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// The text encoding of a Shapefile's DBF. Chinese survey offices write GBK (ArcGIS, older
/// software) or UTF-8 (QGIS), and often say nothing: a declared encoding wins, then the .cpg file,
/// then the DBF's language driver byte when it names a Chinese or Unicode code page; otherwise the
/// text decides — valid UTF-8 is UTF-8, anything else GB18030 (a superset of GBK).
/// </summary>
static class DbfText
{
    static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static DbfText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding, or null after logging that the declared or .cpg one is not known.</summary>
    public static Encoding? Choose(string? declared, byte[]? cpg, byte[] dbf, ImportLog log)
    {
        if (declared is { Length: > 0 })
            return Named(declared, "指定的编码", "the declared encoding", log);
        if (cpg is not null && Encoding.ASCII.GetString(cpg).Trim() is { Length: > 0 } name)
            return Named(name, ".cpg 中的编码", "the .cpg file's encoding", log);
        if (dbf.Length > 29 && dbf[29] != 0 && LanguageDriver(dbf[29]) is { } byDriver)
            return byDriver;
        return IsUtf8(dbf) ? new UTF8Encoding(false) : Gb18030;
    }

    /// <summary>UTF-8 or GB18030, as the reports name it.</summary>
    public static string Name(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        54936 or 936 => "GB18030",
        _ => encoding.WebName.ToUpperInvariant(),
    };

    static Encoding Gb18030 => Encoding.GetEncoding(54936);

    static Encoding? Named(string name, string zh, string en, ImportLog log)
    {
        var n = name.Trim().ToLowerInvariant().Replace("ansi", "").Replace("cp", "").Replace("-", "").Replace("_", "").Trim();
        switch (n)
        {
            case "utf8" or "65001" or "unicode":
                return new UTF8Encoding(false);
            case "gbk" or "gb2312" or "gb18030" or "936" or "54936" or "20936" or "ms936":
                return Gb18030;   // GB18030 reads all of GBK and GB2312
        }
        try
        {
            return int.TryParse(n, out var page) ? Encoding.GetEncoding(page) : Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            log.RejectFile("BAD_ENCODING", $"{zh}“{name.Trim()}”无法识别，请用 UTF-8 或 GBK", $"{en} \"{name.Trim()}\" is unknown: use UTF-8 or GBK");
            return null;
        }
    }

    /// <summary>
    /// GB18030 when the DBF language driver says code page 936 (0x4D, 0x7A: Chinese GBK, as ArcGIS writes);
    /// other drivers, often "ANSI" whatever the page was, prove nothing, so the text decides.
    /// </summary>
    static Encoding? LanguageDriver(byte ldid) => ldid is 0x4D or 0x7A ? Gb18030 : null;

    /// <summary>Whether the field names and the records are valid UTF-8 (the header's binary parts left out).</summary>
    static bool IsUtf8(byte[] dbf)
    {
        if (dbf.Length < 32)
            return true;
        var headerLength = BitConverter.ToUInt16(dbf, 8);
        try
        {
            for (var at = 32; at + 32 <= Math.Min(headerLength, dbf.Length) && dbf[at] != 0x0D; at += 32)
                StrictUtf8.GetString(dbf, at, Array.IndexOf(dbf, (byte)0, at, 11) is >= 0 and var end ? end - at : 11);
            if (headerLength < dbf.Length)
                StrictUtf8.GetString(dbf, headerLength, dbf.Length - headerLength);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
