namespace Zones.Server.Tests.Data.Transfer;

/// <summary>Base of the import/export test classes: each test starts from <see cref="TransferDatabase.ResetAsync"/>.</summary>
public abstract class TransferTests(TransferDatabase db) : IAsyncLifetime
{
    protected TransferDatabase Db { get; } = db;

    public virtual Task InitializeAsync() => Db.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
