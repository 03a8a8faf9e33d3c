using Zones.Server.Data;

namespace Zones.Server.Schema;

/// <summary>
/// What every resolver of one request sees: who asks (null = anonymous) and the request's services.
/// Passed to the engine as <c>GraphQLRequest.Context</c>.
/// </summary>
public sealed class ZonesContext(IServiceProvider services, Actor? actor)
{
    public Actor? Actor { get; } = actor;

    public IServiceProvider Services { get; } = services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}
