using System.Net.Sockets;
using Zones.Server.Data;
using Zones.Server.Data.Demo;

namespace Zones.Server.Cli;

/// <summary>
/// The server's command line: <c>serve</c> (default), <c>migrate</c>, <c>load-demo [folder]</c>.
/// Start-up problems end the process with a message saying what to do, not a stack trace.
/// </summary>
static class Commands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        try
        {
            return command switch
            {
                "serve" => await ServeAsync(app),
                "migrate" => await MigrateAsync(app),
                "load-demo" => await LoadDemoAsync(app, args.Length > 1 && !args[1].StartsWith('-') ? args[1] : null),
                "import" => await ImportCommand.RunAsync(app, args[1..]),
                "export" => await ExportCommand.RunAsync(app, args[1..]),
                "add-user" => await AccountCommands.AddUserAsync(app, args[1..]),
                "add-api-key" => await AccountCommands.AddApiKeyAsync(app, args[1..]),
                "admin" => await AdminCommands.RunAsync(app, args[1..]),
                "photos" => await PhotoCommands.RunAsync(app, args[1..]),
                _ => Usage(command),
            };
        }
        catch (Exception e) when (Explain(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"zones: {message}");
            return 2;
        }
    }

    static async Task<int> ServeAsync(WebApplication app)
    {
        await app.RunAsync();
        return 0;
    }

    static async Task<int> MigrateAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseCheck>().PostgisVersionAsync(CancellationToken.None);
        var applied = await app.Services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        Console.WriteLine(applied.Count == 0 ? "Database schema is up to date." : $"Applied: {string.Join(", ", applied)}");
        return 0;
    }

    static async Task<int> LoadDemoAsync(WebApplication app, string? folder)
    {
        await MigrateAsync(app);
        folder ??= app.Configuration["Zones:DemoDataPath"] ?? FindRepositoryDemo(app.Environment.ContentRootPath);
        var townships = await app.Services.GetRequiredService<DemoLoader>().LoadAllAsync(folder, CancellationToken.None);
        var loaded = townships.Count(t => t.Loaded);
        Console.WriteLine(loaded == 0 ? $"Demo data from {folder} was already loaded; nothing loaded twice."
                                      : $"Loaded {loaded} township(s) from {folder}.");
        var accounts = await app.Services.GetRequiredService<DemoAccounts>().EnsureAsync(townships[0].Code, CancellationToken.None);
        if (accounts.Count > 0)
            Console.WriteLine("Demo sign-ins (demo only; see README):\n" + string.Join('\n', accounts));
        return 0;
    }

    static string FindRepositoryDemo(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "data", "demo", "township.json")))
                return Path.Combine(dir.FullName, "data", "demo");
        throw new DemoDataException("Cannot find data/demo above " + start + ": pass the folder, e.g. `load-demo data/demo`.");
    }

    static int Usage(string command)
    {
        Console.Error.WriteLine($"zones: unknown command '{command}'. Commands: serve (default), migrate, load-demo [folder], " +
                                $"{ImportCommand.Usage}, {ExportCommand.Usage}, {AccountCommands.UserUsage}, {AccountCommands.KeyUsage}, {AdminCommands.Usage}, {PhotoCommands.Usage}.");
        return 64;
    }

    /// <summary>A one-paragraph explanation for the failures a person can fix; null for real bugs.</summary>
    static string? Explain(Exception e) => e switch
    {
        StartupException or DemoDataException => e.Message,
        IOException { InnerException: SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } } or
        IOException when e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
            $"{e.Message} Another program uses that port: stop it, or choose another address with ZONES_URL / --urls.",
        InvalidOperationException when e.InnerException is Npgsql.PostgresException pg => $"{e.Message} [{pg.SqlState}]",
        // A scope naming no township, a malformed code: the database's own words say which.
        Npgsql.PostgresException { SqlState: "23503" or "23514" } pg =>
            $"{pg.MessageText}：请检查 --township / --county 的编码 (check the --township / --county code) [{pg.SqlState}]",
        _ => null,
    };
}
