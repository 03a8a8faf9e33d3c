using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Zones.Server.Data;
using Zones.Server.Data.Replica;
using Zones.Server.Data.Rules;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http;

/// <summary>
/// <c>/health</c>: the database answers and PostGIS is there (200 <c>{"status": "Healthy"}</c>, or 503
/// with the <see cref="HttpErrors"/> answer every endpoint gives while the database is down). Anyone
/// learns only healthy or unhealthy; an admin also sees the PostGIS version and the database's error text,
/// which would tell a stranger too much about the installation, and the townships whose working calendar does not
/// cover the next 60 days (a warning: the status stays healthy). With a read connection configured, the standby's
/// state and lag (<see cref="ReplicaState"/>); a standby that is down or lagging makes the status <c>Degraded</c>
/// (still 200: reads have gone to the primary, nothing fails). <c>/alive</c>: the process runs.
/// </summary>
static class HealthEndpoint
{
    public static IServiceCollection AddZonesHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<PostgisHealthCheck>("postgis").AddCheck<ReplicaHealthCheck>("replica");
        return services;
    }

    public static IEndpointRouteBuilder MapZonesHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        app.MapGet("/alive", () => Results.Text("alive"));
        return app;
    }

    static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var entry = report.Entries["postgis"];
        if (http.User.ToActor()?.Role != Roles.Admin && entry.Status != HealthStatus.Healthy)
            return HttpErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "DATABASE_UNAVAILABLE", DatabaseFaults.UnavailableMessage);
        http.Response.ContentType = HttpErrors.JsonType;
        if (http.User.ToActor()?.Role != Roles.Admin)
            return http.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, JsonEncoding.Options));
        return WriteDetailsAsync(http, report, entry);
    }

    // The calendar warnings (issue #11 §7) keep the status: a township without next year's holidays still serves.
    static async Task WriteDetailsAsync(HttpContext http, HealthReport report, HealthReportEntry entry)
    {
        // Only the townships the admin may read: a township admin must not learn the names of others.
        var readable = entry.Status == HealthStatus.Healthy ? (await http.Access().ReadableAsync(http.RequestAborted)).ToHashSet() : [];
        var calendar = entry.Status == HealthStatus.Healthy
            ? (await http.RequestServices.GetRequiredService<CalendarEditor>().UncoveredAsync(http.RequestAborted))
                .Where(t => readable.Contains(t.Code)).Select(t => new { township = t.Code, name = t.Name, coveredUntil = t.Coverage.CoveredUntil?.ToString("yyyy-MM-dd"), message = t.Coverage.Message })
                .ToList()
            : null;
        await http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            database = entry.Status == HealthStatus.Healthy ? "reachable" : "unreachable",
            postgis = entry.Data.TryGetValue("postgis", out var v) ? v : null,
            error = entry.Description,
            calendarNotCovered = calendar,
            replica = http.RequestServices.GetRequiredService<ReplicaState>().Current is { State: not "none" } r
                ? new { state = r.State, lagSeconds = r.LagSeconds, lagBytes = r.LagBytes, checkedAt = r.CheckedAt, error = r.Error }
                : null,
        }, JsonEncoding.Options));
    }
}

/// <summary>Runs <c>SELECT postgis_lib_version()</c>.</summary>
sealed class PostgisHealthCheck(DatabaseCheck check) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var version = await check.PostgisLibVersionAsync(ct);
            return HealthCheckResult.Healthy(null, new Dictionary<string, object> { ["postgis"] = version });
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}

/// <summary>The standby as <see cref="ReplicaMonitor"/> last saw it: degraded when it is down or too far behind.</summary>
sealed class ReplicaHealthCheck(ReplicaState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(state.Current switch
        {
            { State: "down" or "lagging" } s => HealthCheckResult.Degraded(s.Error ?? $"standby {s.State}"),
            _ => HealthCheckResult.Healthy(),
        });
}
