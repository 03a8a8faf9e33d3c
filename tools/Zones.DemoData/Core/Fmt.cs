using System.Globalization;

namespace Zones.DemoData.Core;

/// <summary>Invariant text for numbers, dates and China-time timestamps, as the loader reads them.</summary>
public static class Fmt
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>China has one offset and no daylight saving: local times are written with +08:00.</summary>
    public static string Ts(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", Inv) + "+08:00";

    public static string Ts(DateTime? local) => local is { } t ? Ts(t) : "";

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    /// <summary>A coordinate on the 1e-7 degree grid.</summary>
    public static string Coord(double v) => Math.Round(v, 7).ToString("0.0######", Inv);

    public static string Num(double v) => v.ToString("0.###", Inv);

    public static string Int(long v) => v.ToString(Inv);

    /// <summary>Drops sub-second parts so that what is written is what was compared.</summary>
    public static DateTime Sec(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, t.Kind);
}
