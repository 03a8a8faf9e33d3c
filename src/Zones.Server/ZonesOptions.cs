using System.ComponentModel.DataAnnotations;

namespace Zones.Server;

/// <summary>
/// Every setting of the server, bound from the <c>Zones</c> configuration section
/// (<c>appsettings.json</c>, then <c>Zones__*</c> environment variables). Validated on start.
/// </summary>
public sealed class ZonesOptions
{
    public const string Section = "Zones";

    /// <summary>Apply missing migrations when the server starts (on in Development and for run.sh).</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Title shown by the map and the OGC landing page.</summary>
    [Required]
    public string Title { get; set; } = "片区 Zones";

    /// <summary>
    /// Optional online base map as an XYZ URL template (<c>{z}/{x}/{y}</c>), e.g. 天地图 or OSM.
    /// Empty by default: the map then needs no internet.
    /// </summary>
    public string? BaseMapUrl { get; set; }

    /// <summary>Attribution text for <see cref="BaseMapUrl"/> (shown on the map).</summary>
    public string? BaseMapAttribution { get; set; }

    /// <summary>Default page size of OGC API Features item lists.</summary>
    [Range(1, 100_000)]
    public int OgcDefaultLimit { get; set; } = 100;

    /// <summary>Largest page size a client may ask for; bigger <c>limit</c>s are clamped to it.</summary>
    [Range(1, 100_000)]
    public int OgcMaxLimit { get; set; } = 10_000;

    /// <summary>Folder of the demo township loaded by <c>load-demo</c> (default: data/demo of the repository).</summary>
    public string? DemoDataPath { get; set; }
}
