using NetTopologySuite.Geometries;
using Npgsql;

namespace Zones.Server.Data.Editing;

// Steps shared by the zone operations.
public sealed partial class ZoneEditor
{
    /// <summary>Locks the zones; every one must be live and at the version the caller read.</summary>
    static async Task<Step<List<ZoneRecord>>> LockVersionsAsync(NpgsqlTransaction tx, IReadOnlyList<ZoneVersion> wanted,
                                                                string? field, CancellationToken ct)
    {
        var rows = (await ZoneRows.LockAsync(tx, wanted.Select(w => w.Id), ct)).Where(z => z.IsLive).ToDictionary(z => z.Id);
        if (wanted.FirstOrDefault(w => !rows.ContainsKey(w.Id)) is { } missing)
            return Step<List<ZoneRecord>>.Fail(Problems.ZoneNotFound(missing.Id, field));
        // Another township's zone is refused before its version or neighbours are described.
        foreach (var township in rows.Values.Select(z => z.TownshipCode).Distinct())
            if (await tx.RefusalAsync(township, ct) is { } refused)
                return Step<List<ZoneRecord>>.Fail(refused);
        var stale = wanted.Where(w => rows[w.Id].Version != w.ExpectedVersion)
                          .Select(w => (UserError)Problems.StaleZone(rows[w.Id], w.ExpectedVersion, field)).ToArray();
        return stale.Length > 0 ? Step<List<ZoneRecord>>.Fail(stale) : Step<List<ZoneRecord>>.Ok(wanted.Select(w => rows[w.Id]).ToList());
    }

    /// <summary>
    /// New boundaries of locked zones fitted into their parents (a parent edited in the same call
    /// counts with its new boundary), then checked against siblings, gaps and children.
    /// </summary>
    static async Task<Step<List<Geometry>>> PlaceAsync(NpgsqlTransaction tx, IReadOnlyList<ZoneRecord> zones,
        IReadOnlyList<Geometry> boundaries, ZoneEditOptions options, IReadOnlyList<string> fields,
        string setField, CancellationToken ct)
    {
        var edited = zones.Select((z, i) => (z.Id, i)).ToDictionary(x => x.Id, x => boundaries[x.i]);
        var parents = await ParentsAsync(tx, zones, ct);
        var placed = new List<EditedBoundary>();
        var errors = new List<UserError>();
        for (var i = 0; i < zones.Count; i++)
        {
            var z = zones[i];
            var fit = z.ParentId is { } pid
                ? await BoundaryChecks.FitParentAsync(tx, boundaries[i], parents[pid], edited.GetValueOrDefault(pid) ?? parents[pid].Boundary,
                                                      options.ClipToParent, fields[i], ct)
                : Step<Geometry>.Ok(boundaries[i]);
            if (fit.Failed)
                errors.AddRange(fit.Errors);
            else
                placed.Add(new(z.Id, z.ParentId, z.Name, fit.Value!));
        }
        if (errors.Count == 0)
            errors.AddRange(await BoundaryChecks.SiblingsAsync(tx, zones[0].TownshipCode, placed, zones, options, setField, ct));
        return errors.Count > 0 ? Step<List<Geometry>>.Fail(errors) : Step<List<Geometry>>.Ok(placed.Select(p => p.Boundary).ToList());
    }

    /// <summary>The parents of the zones by id, locked (sibling edits under one parent take turns); edited parents as they are.</summary>
    static async Task<Dictionary<long, ZoneRecord>> ParentsAsync(NpgsqlTransaction tx, IReadOnlyList<ZoneRecord> zones, CancellationToken ct)
    {
        var ids = zones.Select(z => z.ParentId).OfType<long>().Distinct().ToList();
        var parents = (await ZoneRows.LockAsync(tx, ids.Except(zones.Select(z => z.Id)), ct)).ToDictionary(z => z.Id);
        foreach (var z in zones.Where(z => ids.Contains(z.Id)))
            parents[z.Id] = z;
        return parents;
    }

    /// <summary><paramref name="count"/> new codes under <paramref name="parent"/>: its code + the next free 3-digit numbers.</summary>
    static async Task<Step<List<string>>> NewCodesAsync(NpgsqlTransaction tx, ZoneRecord? parent, int count, CancellationToken ct)
    {
        if (parent is null)
            return Step<List<string>>.Fail(Problems.Invalid("没有上级的片区必须提供编码 code", "A zone without parent needs a code", "code"));
        var (prefix, next) = await ZoneRows.NextSequenceAsync(tx, parent.Id, ct);
        if (prefix.Length + 3 > 18 || next + count - 1 > 999)
            return Step<List<string>>.Fail(Problems.Invalid(
                $"无法在上级编码“{prefix}”后自动编号（编码最长 18 位，每级最多 999 个），请提供编码 code",
                $"Cannot number zones under the parent code \"{prefix}\" (18 digits at most, 999 per level): send a code", "code"));
        return Step<List<string>>.Ok(Enumerable.Range(next, count).Select(n => $"{prefix}{n:D3}").ToList());
    }
}
