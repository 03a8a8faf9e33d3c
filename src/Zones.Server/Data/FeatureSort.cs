namespace Zones.Server.Data;

/// <summary>One sort key: a sortable queryable (its SQL is a constant) and the direction.</summary>
sealed record FeatureSort(Queryable Property, bool Descending)
{
    public string Sql => Property.Sql + (Descending ? " DESC" : " ASC");
}
