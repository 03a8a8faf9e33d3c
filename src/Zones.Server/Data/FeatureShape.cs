namespace Zones.Server.Data;

/// <summary>What a feature carries: only the named properties (null: all) and the geometry or none.</summary>
/// <param name="Properties">Names from <see cref="FeatureProperties.Names"/>; an empty list gives <c>"properties": {}</c>.</param>
/// <param name="SkipGeometry">Write <c>"geometry": null</c> (a table of attributes, no coordinates to transfer).</param>
sealed record FeatureShape(IReadOnlyList<string>? Properties = null, bool SkipGeometry = false)
{
    public static FeatureShape Full { get; } = new();

    public bool Carries(string property) => Properties is null || Properties.Contains(property);
}
