namespace Zones.Server.Data.Analysis;

/// <summary>The figures a ranking (通报) can order by.</summary>
public enum IndicatorName
{
    CloseRate,
    OnTimeCloseRate,
    DisposeRate,
    OnTimeDisposeRate,
    /// <summary>Lower is better.</summary>
    ReworkRate,
    /// <summary>Lower is better.</summary>
    OverdueOpen,
}
