using Zones.Server.Data;
using Zones.Server.Data.Access;

namespace Zones.Server.Schema;

/// <summary>
/// What every resolver of one request sees: who asks (null = anonymous), which townships that caller
/// may read, and the request's services. Passed to the engine as <c>GraphQLRequest.Context</c>.
/// </summary>
public sealed class ZonesContext(IServiceProvider services, Actor? actor)
{
    public Actor? Actor { get; } = actor;

    /// <summary>The township rules for this caller, asked of the database once per request.</summary>
    public RequestAccess Access { get; } = new(services.GetRequiredService<TownshipAccess>(), actor);

    public IServiceProvider Services { get; } = services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}
