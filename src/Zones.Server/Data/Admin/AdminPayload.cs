using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Admin;

/// <summary>The result of an admin write: the row as written, or the errors (and then nothing was written).</summary>
public sealed record AdminPayload<T>(T? Value, IReadOnlyList<UserError> Errors, string? Secret = null) : IPayload where T : class
{
    public static AdminPayload<T> Ok(T? value, string? secret = null) => new(value, [], secret);

    public static AdminPayload<T> Fail(UserError error) => new(null, [error]);
}
