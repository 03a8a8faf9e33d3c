using System.Globalization;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// An analysis the <see cref="AnalysisLane"/> could not run to the end: no place in the lane came free in time
/// (<c>ANALYSIS_BUSY</c>), or a statement ran past the statement timeout (<c>ANALYSIS_TIMEOUT</c>). Either way
/// the caller may try again (later, or narrower), so it is a <see cref="TimeoutException"/>: an HTTP endpoint
/// that does not catch it answers 503, never 500.
/// </summary>
public sealed class AnalysisLaneException : TimeoutException
{
    AnalysisLaneException(string code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    /// <summary><c>ANALYSIS_BUSY</c> or <c>ANALYSIS_TIMEOUT</c>.</summary>
    public string Code { get; }

    public static AnalysisLaneException Busy(AnalysisLaneOptions o) => new("ANALYSIS_BUSY",
        $"分析繁忙：已有 {o.MaxConcurrent} 个分析在运行，等待 {Seconds(o.QueueTimeoutSeconds)} 秒仍无空位，请稍后重试。" +
        $"The server is already running {o.MaxConcurrent} analyses and none finished within {Seconds(o.QueueTimeoutSeconds)} s; try again in a moment.");

    public static AnalysisLaneException TimedOut(AnalysisLaneOptions o, Exception inner) => new("ANALYSIS_TIMEOUT",
        $"分析超时：一条分析语句运行超过 {Seconds(o.StatementTimeoutSeconds)} 秒，已停止。请缩小范围（指定片区或乡镇、减少缺口类型、缩短时段）后重试，" +
        $"或请管理员调高 Zones:Analysis:StatementTimeoutSeconds。The analysis timed out: a statement ran longer than {Seconds(o.StatementTimeoutSeconds)} s " +
        "and was stopped. Narrow it (one zone or township, fewer gap kinds, a shorter period) and try again, or ask an administrator " +
        "to raise Zones:Analysis:StatementTimeoutSeconds.", inner);

    static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
