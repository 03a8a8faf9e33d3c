using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Zones.Server.Data.Notify;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Notify;

/// <summary>The change bus over LISTEN/NOTIFY: delivered at commit, never for a rollback, and again after the listener's connection is killed.</summary>
[Collection(PostgisCollection.Name)]
public sealed class ChangeBusTests(PostgisFixture pg) : IAsyncLifetime
{
    readonly ChangeBus _bus = new(NullLogger<ChangeBus>.Instance);
    readonly BlockingCollection<string> _heard = [];
    ChangeListener _listener = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ZONES_DATABASE_URL", pg.ConnectionString)]).Build();
        _listener = new ChangeListener(_bus, configuration, NullLogger<ChangeListener>.Instance);
        _bus.Subscribe("test", _heard.Add);
        _bus.Subscribe(ChangeBus.Reconnected, _ => _heard.Add("reconnected"));
        await _listener.StartAsync(CancellationToken.None);
        await UntilAsync(() => _bus.Listening);
    }

    public async Task DisposeAsync() => await _listener.StopAsync(CancellationToken.None);

    [Fact]
    public async Task A_message_published_in_a_transaction_is_heard_after_the_commit_only()
    {
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await _bus.PublishAsync(conn, tx, "test", "42", CancellationToken.None);
        Assert.False(_heard.TryTake(out _, 300));
        await tx.CommitAsync();
        Assert.Equal("42", Next());
    }

    [Fact]
    public async Task A_rolled_back_write_is_never_heard()
    {
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await _bus.PublishAsync(conn, tx, "test", "rolled back", CancellationToken.None);
            await tx.RollbackAsync();
        }
        await _bus.PublishAsync(conn, null, "test", "after", CancellationToken.None);
        Assert.Equal("after", Next());
    }

    [Fact]
    public void A_message_over_the_PostgreSQL_limit_is_refused_before_it_is_sent() =>
        Assert.Throws<ArgumentException>(() => ChangeBus.Message("test", new string('9', ChangeBus.MaxMessageBytes)));

    [Fact]
    public async Task After_its_connection_is_killed_the_listener_reconnects_says_so_and_delivers_again()
    {
        await pg.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'zones-listen' AND datname = current_database()");
        Assert.Equal("reconnected", Next());
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        await _bus.PublishAsync(conn, null, "test", "still here", CancellationToken.None);
        Assert.Equal("still here", Next());
    }

    string Next() => _heard.TryTake(out var message, TimeSpan.FromSeconds(10)) ? message : throw new TimeoutException("nothing heard on the bus within 10 s");

    static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(50);
        Assert.True(condition());
    }
}
