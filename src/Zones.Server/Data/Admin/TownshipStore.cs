using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Admin;

/// <summary>
/// Townships and counties (migration 0013): read for those who may read them, created, changed and
/// retired by admins. Who may is the database's rule (<c>zones.may_manage</c>): creating a township is
/// managing its county (installation or county admin); changing or retiring one, managing it.
/// </summary>
public sealed partial class TownshipStore(NpgsqlDataSource db)
{
    /// <summary>The townships of <paramref name="readable"/> (retired ones too when asked), by code.</summary>
    public Task<List<TownshipRow>> ListAsync(string[] readable, bool includeRetired, string? county, CancellationToken ct) =>
        QueryAsync(ListSql, [P(readable), P(includeRetired), P(county)], ReadTownship, ct);

    /// <summary>The counties of the townships in <paramref name="readable"/>, by code.</summary>
    public Task<List<CountyRow>> CountiesAsync(string[] readable, CancellationToken ct) =>
        QueryAsync(CountiesSql, [P(readable)], r => new CountyRow(r.GetString(0), r.GetString(1)), ct);

    /// <summary>Creates a township (and its county when new); <paramref name="countyName"/> names the county.</summary>
    public Task<AdminPayload<TownshipRow>> CreateAsync(Actor actor, string code, string name, bool isPublic, string? countyName,
                                                       CancellationToken ct) =>
        db.WriteAsync(actor, TownshipCode.Problem(code) is { } bad ? new InvalidInputError(bad, "code") : NameProblem(name, "name") ?? NameProblem(countyName, "countyName"),
            async tx =>
            {
                var county = TownshipCode.County(code);
                if (!await MayManageAsync(tx, null, county, ct))
                    return AdminPayload<TownshipRow>.Fail(new ForbiddenError(
                        $"新建乡镇 {code} 需要县 {county} 的管理员或系统管理员：您的账号“{actor.Name}”的范围是{actor.Within}。" +
                        $"Creating township {code} needs an administrator of county {county} or of the installation; \"{actor.Name}\" serves {actor.Within}."));
                await tx.ExecuteAsync(UpsertCountySql, [P(county), P(countyName?.Trim())], ct);
                if (await tx.ExecuteAsync(InsertSql, [P(code), P(county), P(name.Trim()), P(isPublic)], ct) == 0)
                    return AdminPayload<TownshipRow>.Fail(new DuplicateError(
                        $"乡镇代码 {code} 已经登记过了。如要修改其名称或公开设置，请用“修改乡镇”。" +
                        $"Township {code} exists already: use updateTownship to change its name or visibility.", "code", code));
                return AdminPayload<TownshipRow>.Ok(await ReadAsync(tx, code, ct));
            }, AdminPayload<TownshipRow>.Fail, ct);

    /// <summary>Changes a township's name, visibility or county name; a null value leaves it.</summary>
    public Task<AdminPayload<TownshipRow>> UpdateAsync(Actor actor, string code, string? name, bool? isPublic, string? countyName,
                                                       CancellationToken ct) =>
        db.WriteAsync(actor, NameProblem(name, "name") ?? NameProblem(countyName, "countyName"), async tx =>
        {
            if (await ManagedAsync(tx, actor, code, "修改", "change", ct) is { } refused)
                return AdminPayload<TownshipRow>.Fail(refused);
            await tx.ExecuteAsync(UpdateSql, [P(code), P(name?.Trim()), P(isPublic)], ct);
            if (countyName is not null)
                await tx.ExecuteAsync(UpsertCountySql, [P(TownshipCode.County(code)), P(countyName.Trim())], ct);
            return AdminPayload<TownshipRow>.Ok(await ReadAsync(tx, code, ct));
        }, AdminPayload<TownshipRow>.Fail, ct);

    /// <summary>Retires (撤销) a township: its rows stay readable, and the server writes none of them any more.</summary>
    public Task<AdminPayload<TownshipRow>> RetireAsync(Actor actor, string code, CancellationToken ct) =>
        db.WriteAsync(actor, async tx =>
        {
            if (await ManagedAsync(tx, actor, code, "撤销", "retire", ct) is { } refused)
                return AdminPayload<TownshipRow>.Fail(refused);
            if (await tx.ExecuteAsync(RetireSql, [P(code)], ct) == 0)
                return AdminPayload<TownshipRow>.Fail(new InvalidInputError(
                    $"乡镇 {code} 已经撤销，无需再次撤销。Township {code} is retired already.", "code"));
            return AdminPayload<TownshipRow>.Ok(await ReadAsync(tx, code, ct));
        }, AdminPayload<TownshipRow>.Fail, ct);

    /// <summary>NotFoundError when the township does not exist, ForbiddenError when the actor may not manage it, else null.</summary>
    async Task<UserError?> ManagedAsync(NpgsqlTransaction tx, Actor actor, string code, string verbZh, string verbEn, CancellationToken ct)
    {
        if (await ReadAsync(tx, code, ct) is null)
            return new NotFoundError($"没有代码为“{code}”的乡镇。请核对 12 位代码。There is no township with code \"{code}\": check the 12 digits.", "code");
        return await MayManageAsync(tx, code, null, ct) ? null : new ForbiddenError(
            $"{verbZh}乡镇 {code} 需要该乡镇、其所在县或系统的管理员：您的账号“{actor.Name}”的范围是{actor.Within}。" +
            $"To {verbEn} township {code} you must administer it, its county or the installation; \"{actor.Name}\" serves {actor.Within}.");
    }

    static async Task<bool> MayManageAsync(NpgsqlTransaction tx, string? township, string? county, CancellationToken ct) =>
        await tx.FirstAsync(MayManageSql, [P(township), P(county)], r => r.GetBoolean(0), ct);

    static Task<TownshipRow?> ReadAsync(NpgsqlTransaction tx, string code, CancellationToken ct) =>
        tx.FirstAsync(ByCodeSql, [P(code)], ReadTownship, ct);

    static InvalidInputError? NameProblem(string? name, string field) => name is not null && string.IsNullOrWhiteSpace(name)
        ? new InvalidInputError($"名称不能为空。请填写名称，或不传此项以保持不变。The {field} must not be blank: give one, or leave it out to keep it.", field)
        : null;

    async Task<List<T>> QueryAsync<T>(string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QueryAsync(null, sql, parameters, read, ct);
    }

    static TownshipRow ReadTownship(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.Text(3), r.GetBoolean(4), r.TimeOrNull(5), r.Time(6));
}
