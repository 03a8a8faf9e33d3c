using System.Diagnostics;

namespace Zones.Server.Tests.Support;

/// <summary>Runs a real program (ogrinfo, the server binary) and returns its exit code and output.</summary>
public static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string file, IEnumerable<string> args,
                                              IDictionary<string, string>? env = null, int timeoutSeconds = 60, string? stdin = null)
    {
        var info = new ProcessStartInfo(file)
        {
            // Standard input is always a pipe (closed at once when there is nothing to send), so a
            // program that reads it never waits on the test runner's own input.
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
            info.Environment[k] = v;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran longer than {timeoutSeconds} s");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the built server (Zones.Server.dll beside the tests) with a database URL.</summary>
    public static Task<Result> RunServerAsync(string databaseUrl, params string[] args) => RunServerWithInputAsync(databaseUrl, null, args);

    /// <summary>Runs the built server with a database URL and <paramref name="stdin"/> on its standard input.</summary>
    public static Task<Result> RunServerWithInputAsync(string databaseUrl, string? stdin, params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Zones.Server.dll"), .. args],
                 new Dictionary<string, string> { ["ZONES_DATABASE_URL"] = databaseUrl, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
                 stdin: stdin);
}
