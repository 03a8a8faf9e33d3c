namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// A filter that cannot be read or cannot apply to the collection: the message (zh-CN first, then
/// English) says where and what was expected, so the endpoint answers 400 with it unchanged.
/// </summary>
/// <param name="position">1-based character offset in the filter text; null when the problem has no
/// place in it (a <c>?name=value</c> filter, an empty filter).</param>
sealed class Cql2Exception(string message, int? position) : Exception(message)
{
    public int? Position { get; } = position;

    /// <summary>"filter 第 N 个字符处：…。At character N of the filter: …" (or without the place when there is none).</summary>
    public static Cql2Exception At(int? position, string zh, string en) => new(position is { } p
        ? $"filter 第 {p} 个字符处：{zh}。At character {p} of the filter: {en}"
        : $"filter：{zh}。Filter: {en}", position);
}
