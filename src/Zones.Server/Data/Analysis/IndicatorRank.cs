namespace Zones.Server.Data.Analysis;

/// <summary>One place in a ranking (通报): rows with the same figure share a rank.</summary>
public sealed record IndicatorRank(int Rank, IndicatorRow Row);
