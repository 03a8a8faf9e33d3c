using Npgsql;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// A coverage check whose answer changes with the clock alone (a lamp one day longer out of service, an owner's
/// term ending), not only with edits: it says when, so the <see cref="CoverageCache"/> recomputes it then.
/// </summary>
public interface ITimeDependentCheck
{
    /// <summary>
    /// The first moment after the lane transaction's <c>now()</c> at which <see cref="ICoverageCheck.FindAsync"/>
    /// for <paramref name="townshipCode"/> could answer differently with no edit; null when never.
    /// </summary>
    Task<DateTimeOffset?> ChangesAtAsync(NpgsqlConnection conn, string townshipCode, CancellationToken ct);
}
