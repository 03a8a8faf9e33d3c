using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Zones.Server.Tests.Data.Partitions;

/// <summary>
/// A data source whose every statement's plan comes back to the test: auto_explain (shipped with
/// PostgreSQL) logs each plan as JSON at level LOG, <c>client_min_messages = log</c> sends that to the
/// client as a notice, and Npgsql logs notices to the data source's logger, which keeps them here.
/// With log_analyze, a partition pruned while the statement ran (a join's or a LATERAL's township,
/// known row by row) shows as never executed (Actual Loops 0).
/// So the stores and services run their own SQL, with their own parameters, unchanged.
/// </summary>
sealed class PlanCapture : ILoggerProvider, ILogger
{
    const string Options = "-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 " +
                           "-c auto_explain.log_format=json -c auto_explain.log_nested_statements=on -c auto_explain.log_analyze=on " +
                           "-c auto_explain.log_timing=off -c client_min_messages=log";

    readonly ConcurrentQueue<JsonElement> _plans = new();

    public NpgsqlDataSource DataSource { get; }

    public PlanCapture(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.Options = Options;
        builder.ConnectionStringBuilder.Pooling = false;
        builder.UseNetTopologySuite();
        builder.UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(this).SetMinimumLevel(LogLevel.Trace)));
        DataSource = builder.Build();
    }

    /// <summary>The plans of the statements run since the last call (top-level and inside functions).</summary>
    public List<JsonElement> Take()
    {
        var list = new List<JsonElement>();
        while (_plans.TryDequeue(out var plan))
            list.Add(plan);
        return list;
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = formatter(state, exception);
        var start = text.IndexOf("plan:", StringComparison.Ordinal);
        var brace = start < 0 ? -1 : text.IndexOf('{', start);
        if (brace < 0)
            return;
        using var doc = JsonDocument.Parse(text[brace..]);
        _plans.Enqueue(doc.RootElement.Clone());
    }

    public ILogger CreateLogger(string categoryName) => this;

    public bool IsEnabled(LogLevel logLevel) => true;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public void Dispose() => DataSource.Dispose();
}
