namespace Zones.Server.Data.Replica;

/// <summary>
/// Whether this request's reads may go to the standby, decided once per request (<c>UseZonesReadRouting</c>)
/// and carried down every await of it: a write, and every read inside or after it in the same request, goes to the
/// primary, so a mutation's payload never reads a standby that has not replayed the mutation yet.
/// Code that runs outside a request (hosted services) reads from the standby.
/// </summary>
public static class ReadRouting
{
    /// <summary>One request's decision; a reference, so a write noticed deep in the endpoint is seen by the middleware.</summary>
    public sealed class Request(bool primary)
    {
        public bool Primary { get; set; } = primary;
        public bool Wrote { get; set; }
    }

    static readonly AsyncLocal<Request?> current = new();

    /// <summary>True when reads of the current request must go to the primary.</summary>
    public static bool OnPrimary => current.Value?.Primary ?? false;

    /// <summary>Starts the decision of a request (middleware only).</summary>
    public static Request Begin(bool primary) => current.Value = new Request(primary);

    /// <summary>The request may write (an operation that is not a query): its reads go to the primary.</summary>
    public static void UsePrimary()
    {
        if (current.Value is { } request)
            request.Primary = true;
    }

    /// <summary>The request writes: from now on it reads from the primary, and its client does for a while after.</summary>
    public static void Write()
    {
        if (current.Value is { } request)
            (request.Primary, request.Wrote) = (true, true);
    }
}
