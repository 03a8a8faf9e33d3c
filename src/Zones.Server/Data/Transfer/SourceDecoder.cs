using System.Text;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Turns an uploaded file's bytes into text. Excel in China saves "CSV" as GB18030/GBK unless told
/// "CSV UTF-8", so bytes that are not valid UTF-8 are read as GB18030 (a superset of GBK and
/// GB2312) through the code-pages provider of the shared framework.
/// </summary>
static class SourceDecoder
{
    static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static SourceDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or null after logging why it cannot be read.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? declared, ImportLog log)
    {
        if (Bom(bytes) is { } bom)
        {
            log.Encoding = bom.Encoding.WebName.ToUpperInvariant();
            return bom.Encoding.GetString(bytes[bom.Length..]);
        }
        var name = declared?.Trim().ToLowerInvariant();
        if (name is null or "utf-8" or "utf8")
        {
            try
            {
                log.Encoding = "UTF-8";
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException) when (name is null)
            {
                // Not UTF-8: most likely an Excel "CSV (逗号分隔)" file in GB18030; read it as that below.
            }
            catch (DecoderFallbackException e)
            {
                log.RejectFile("BAD_ENCODING", $"文件不是有效的 UTF-8 编码（第 {e.Index + 1} 字节附近）",
                               $"the file is not valid UTF-8 (near byte {e.Index + 1})");
                return null;
            }
        }
        return DecodeGb18030(bytes, name, log);
    }

    static string? DecodeGb18030(ReadOnlySpan<byte> bytes, string? name, ImportLog log)
    {
        if (name is not (null or "gb18030" or "gbk" or "gb2312" or "cp936" or "936"))
        {
            log.RejectFile("BAD_ENCODING", $"不支持的编码“{name}”，请用 UTF-8 或 GB18030（GBK）",
                           $"unsupported encoding \"{name}\"; use utf-8 or gb18030 (gbk)");
            return null;
        }
        try
        {
            log.Encoding = "GB18030";
            return System.Text.Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                .GetString(bytes);
        }
        catch (Exception e) when (e is DecoderFallbackException or NotSupportedException or ArgumentException)
        {
            log.RejectFile("BAD_ENCODING", "无法识别文件编码：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入",
                           "cannot read the file's encoding: in Excel use Save As → \"CSV UTF-8 (Comma delimited)\" and import again");
            return null;
        }
    }

    static (System.Text.Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (System.Text.Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (System.Text.Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (System.Text.Encoding.BigEndianUnicode, 2),
        _ => null,
    };
}
