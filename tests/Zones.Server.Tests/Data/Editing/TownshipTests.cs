using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Editing;

namespace Zones.Server.Tests.Data.Editing;

/// <summary>Base of the editing, ownership and inventory tests: a hand-built township per test, removed after it.</summary>
public abstract class TownshipTests(EditingDatabase db) : IAsyncLifetime
{
    protected TestTownship Town { get; } = new(db.DataSource);

    protected NpgsqlDataSource Db { get; } = db.DataSource;

    public virtual Task InitializeAsync() => Town.CreateAsync();

    public Task DisposeAsync() => Town.DisposeAsync();

    /// <summary>The payload's only error, which must be a <typeparamref name="TError"/>.</summary>
    protected static TError Single<TError>(IPayload payload) where TError : UserError =>
        Assert.IsType<TError>(Assert.Single(payload.Errors));
}
