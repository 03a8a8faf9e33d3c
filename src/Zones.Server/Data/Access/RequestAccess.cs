namespace Zones.Server.Data.Access;

/// <summary>
/// One request's view of the township rules: who asks, and (asked once, then kept for the rest of
/// the request) which townships that caller may read. Every read path of every interface filters
/// by <see cref="ReadableAsync"/>; none decides visibility on its own.
/// </summary>
public sealed class RequestAccess(TownshipAccess access, Actor? actor)
{
    Task<string[]>? _readable;
    Task<string[]>? _reporters;

    /// <summary>The caller; null when anonymous.</summary>
    public Actor? Actor { get; } = actor;

    /// <summary>The townships the caller may read (public ones, plus its scope when signed in), ordered.</summary>
    public Task<string[]> ReadableAsync(CancellationToken ct) => _readable ??= access.ReadableAsync(Actor, ct);

    /// <summary>Whether the caller may read rows of <paramref name="townshipCode"/>.</summary>
    public async Task<bool> CanReadAsync(string townshipCode, CancellationToken ct) =>
        Array.BinarySearch(await ReadableAsync(ct), townshipCode, StringComparer.Ordinal) >= 0;

    /// <summary>
    /// The townships whose complaint reporters the caller sees in full (<see cref="ReporterPrivacy"/>):
    /// its own scope when it is staff, none otherwise; ordered.
    /// </summary>
    public Task<string[]> ReportersShownAsync(CancellationToken ct) =>
        _reporters ??= ReporterPrivacy.IsStaff(Actor) ? access.WritableAsync(Actor!, ct) : Task.FromResult(Array.Empty<string>());

    /// <summary>The reporter's name and phone as this caller may see them: in full, or masked.</summary>
    public async Task<Reporter> ReporterAsync(string townshipCode, string? name, string? phone, CancellationToken ct) =>
        ReporterPrivacy.Show(new Reporter(name, phone), await IsStaffOfAsync(townshipCode, ct));

    /// <summary>Whether the caller is staff whose scope covers <paramref name="townshipCode"/> (sees reporters and 整改前 photos).</summary>
    public async Task<bool> IsStaffOfAsync(string townshipCode, CancellationToken ct) =>
        Array.BinarySearch(await ReportersShownAsync(ct), townshipCode, StringComparer.Ordinal) >= 0;
}
