namespace Zones.Server.Data;

/// <summary>Which page of the matching features to read, in which order, and what each feature carries.</summary>
/// <param name="SortBy">Sort keys before the id (<c>sortby=-reportedAt</c>); empty: by id, as before.</param>
sealed record FeaturePage(int Limit, long Offset, IReadOnlyList<FeatureSort> SortBy, FeatureShape Shape)
{
    public FeaturePage(int limit, long offset) : this(limit, offset, [], FeatureShape.Full) { }
}
