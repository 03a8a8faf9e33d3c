namespace Zones.Server.Data.Access;

/// <summary>
/// One request's view of the township rules: who asks, and (asked once, then kept for the rest of
/// the request) which townships that caller may read. Every read path of every interface filters
/// by <see cref="ReadableAsync"/>; none decides visibility on its own.
/// </summary>
public sealed class RequestAccess(TownshipAccess access, Actor? actor)
{
    Task<string[]>? _readable;

    /// <summary>The caller; null when anonymous.</summary>
    public Actor? Actor { get; } = actor;

    /// <summary>The townships the caller may read (public ones, plus its scope when signed in), ordered.</summary>
    public Task<string[]> ReadableAsync(CancellationToken ct) => _readable ??= access.ReadableAsync(Actor, ct);

    /// <summary>Whether the caller may read rows of <paramref name="townshipCode"/>.</summary>
    public async Task<bool> CanReadAsync(string townshipCode, CancellationToken ct) =>
        Array.BinarySearch(await ReadableAsync(ct), townshipCode, StringComparer.Ordinal) >= 0;
}
