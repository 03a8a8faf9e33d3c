using Zones.Server.Data;
using Zones.Server.Data.Admin;

namespace Zones.Server.Cli;

/// <summary>
/// <c>zones admin …</c>: what the first admin of a fresh installation needs before any admin screen,
/// run as the installation (the audit log names <c>system</c>):
/// <c>township add CODE NAME [--county-name N] [--public]</c>, <c>user add …</c> (= <c>add-user</c>),
/// <c>user disable NAME</c>, <c>user reset-password NAME</c> (the password on standard input; the user
/// must change it at the next sign-in), <c>key add …</c> (= <c>add-api-key</c>), <c>key revoke ID</c>.
/// </summary>
static class AdminCommands
{
    public const string Usage =
        "admin township add CODE NAME [--county-name 长兴县] [--public] | admin user add … | admin user disable NAME | " +
        "admin user reset-password NAME < password | admin key add … | admin key revoke ID";

    static readonly string[] Valued = ["county-name"];
    static readonly string[] Flags = ["public"];

    public static async Task<int> RunAsync(WebApplication app, string[] args) => args switch
    {
        ["township", "add", .. var rest] => await AddTownshipAsync(app, rest),
        ["user", "add", .. var rest] => await AccountCommands.AddUserAsync(app, rest),
        ["user", "disable", var name] => await UserAsync(app, name, (s, id) => s.DisableUserAsync(Actor.System, id, CancellationToken.None), "已停用 disabled"),
        ["user", "reset-password", var name] => await ResetAsync(app, name),
        ["key", "add", .. var rest] => await AccountCommands.AddApiKeyAsync(app, rest),
        ["key", "revoke", var id] when long.TryParse(id, out var keyId) => Report(
            await app.Services.GetRequiredService<AccountStore>().RevokeApiKeyAsync(Actor.System, keyId, CancellationToken.None), $"已吊销 API key {id}。Revoked."),
        _ => Fail("unknown admin command"),
    };

    static async Task<int> AddTownshipAsync(WebApplication app, string[] args)
    {
        var options = ImportCommand.Parse(args, Valued, Flags, out var positional);
        if (options is null || positional is not [var code, var name])
            return Fail("give the 12-digit code and the name: admin township add 330522101000 和平镇");
        var payload = await app.Services.GetRequiredService<TownshipStore>().CreateAsync(Actor.System, code, name,
            options.ContainsKey("public"), options.GetValueOrDefault("county-name")?[^1], CancellationToken.None);
        return Report(payload, $"已新建乡镇 {code} {name}。Created township {code}.");
    }

    static async Task<int> ResetAsync(WebApplication app, string name)
    {
        var password = (await Console.In.ReadLineAsync())?.Trim() ?? "";
        return await UserAsync(app, name, (s, id) => s.ResetPasswordAsync(Actor.System, id, password, CancellationToken.None),
                               "已重置密码，下次登录须修改 password reset; it must be changed at the next sign-in");
    }

    static async Task<int> UserAsync(WebApplication app, string name, Func<AccountStore, long, Task<AdminPayload<UserRow>>> write, string done)
    {
        var accounts = app.Services.GetRequiredService<AccountStore>();
        if (await accounts.UserIdAsync(name, CancellationToken.None) is not { } id)
            return Fail($"没有用户 {name}。There is no user {name}.");
        return Report(await write(accounts, id), $"用户 {name}：{done}。");
    }

    static int Report<T>(AdminPayload<T> payload, string done) where T : class
    {
        foreach (var error in payload.Errors)
            Console.Error.WriteLine($"zones: {error.Message}");
        if (payload.Errors.Count > 0)
            return 1;
        Console.WriteLine(done);
        return 0;
    }

    static int Fail(string message)
    {
        Console.Error.WriteLine($"zones: {message}");
        Console.Error.WriteLine($"usage: zones {Usage}");
        return 64;
    }
}
