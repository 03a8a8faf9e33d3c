using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zones.Server.Http;

/// <summary>JSON that keeps Chinese text and punctuation readable (no \uXXXX escapes).</summary>
static class JsonEncoding
{
    // Relaxed escaping is safe here: these documents are served as JSON, never inlined into HTML.
    public static readonly JavaScriptEncoder Readable = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = Readable };
}
