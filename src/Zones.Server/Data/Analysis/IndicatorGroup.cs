namespace Zones.Server.Data.Analysis;

/// <summary>What one indicator row stands for.</summary>
public enum IndicatorGroup
{
    /// <summary>One row per township (乡镇).</summary>
    Township,

    /// <summary>
    /// One row per zone: the children of the asked zone, or each township's 片区 (level area). A complaint
    /// counts for the zone whose current subtree holds the zone it was routed to.
    /// </summary>
    Zone,

    /// <summary>One row per first responsible party (首问负责: the person, else the unit, set at intake).</summary>
    Owner,

    /// <summary>One row per responsible unit: responsible_unit_id, else the unit of the responsible person.</summary>
    Unit,
}
