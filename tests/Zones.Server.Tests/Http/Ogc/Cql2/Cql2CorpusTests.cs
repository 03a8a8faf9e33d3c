using Zones.Server.Data;
using Zones.Server.Http.Ogc;
using Zones.Server.Http.Ogc.Cql2;
using Zones.Server.Tests.Support;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Http.Ogc.Cql2;

/// <summary>
/// The corpus compiled and run on the demo township in PostGIS: each valid filter selects exactly the
/// rows of its hand-written WHERE; each invalid one is refused with the character it names.
/// </summary>
[Collection(PostgisCollection.Name)]
public class Cql2CorpusTests(PostgisFixture pg)
{
    public static TheoryData<Cql2ValidCase> Valid => new(Cql2Corpus.Valid);

    public static TheoryData<Cql2InvalidCase> Invalid => new(Cql2Corpus.Invalid);

    [Fact]
    public void The_corpus_has_at_least_sixty_expressions_valid_and_invalid() =>
        Assert.True(Cql2Corpus.Valid.Length + Cql2Corpus.Invalid.Length >= 60 && Cql2Corpus.Invalid.Length >= 20);

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task A_valid_filter_selects_the_rows_of_its_hand_written_where(Cql2ValidCase @case)
    {
        var c = FeatureCollections.Find(@case.Collection)!;
        Assert.True(OgcCrs.TryParse(@case.Crs, out var crs, out _));
        var compiled = Cql2Sql.Compile(Cql2Parser.Parse(@case.Filter, @case.Lang), c, crs, 1);

        var actual = await pg.IdsAsync(c, compiled.Sql, compiled.Parameters);
        var expected = await pg.IdsAsync(c, @case.Where);

        Assert.Equal(expected, actual);
        if (!@case.MayBeEmpty)
            Assert.NotEmpty(expected);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_filter_is_refused_with_the_character_it_stops_at(Cql2InvalidCase @case)
    {
        var c = FeatureCollections.Find(@case.Collection)!;
        var e = Assert.Throws<Cql2Exception>(() => Cql2Sql.Compile(Cql2Parser.Parse(@case.Filter, @case.Lang), c, OgcCrs.Crs84, 1));
        Assert.NotNull(e.Position);
        if (@case.Position > 0)
            Assert.Equal(@case.Position, e.Position);
        Assert.StartsWith($"filter 第 {e.Position} 个字符处：", e.Message);
        Assert.Contains($"At character {e.Position} of the filter: ", e.Message);
    }

    [Fact]
    public async Task Most_valid_filters_select_some_rows_but_not_all()
    {
        var selective = 0;
        foreach (var @case in Cql2Corpus.Valid)
        {
            var c = FeatureCollections.Find(@case.Collection)!;
            var some = (await pg.IdsAsync(c, @case.Where)).Count;
            var all = (await pg.IdsAsync(c, "true")).Count;
            selective += some > 0 && some < all ? 1 : 0;
        }
        Assert.True(selective >= Cql2Corpus.Valid.Length * 3 / 4, $"only {selective} of {Cql2Corpus.Valid.Length} filters are selective");
    }
}
