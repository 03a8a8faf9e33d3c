using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

public class CsvTests
{
    static List<(int Row, string Fields)> Read(string text) =>
        Csv.Read(text, ',').Select(r => (r.Row, string.Join("|", r.Fields))).ToList();

    static string Write(params string?[][] records)
    {
        var writer = new StringWriter();
        foreach (var record in records)
            Csv.WriteRecord(writer, record);
        return writer.ToString();
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks() =>
        Assert.Equal([(1, "a|b"), (2, "x, y|say \"hi\"\r\nbye")], Read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\r\nbye\"\r\n"));

    [Fact]
    public void Row_numbers_are_the_ones_Excel_shows() =>
        // Row 2 spans two lines but is one Excel row; row 3 is blank (counted, not returned).
        Assert.Equal([1, 2, 4], Read("h1,h2\n\"two\nlines\",x\n\n4,y\n").Select(r => r.Row));

    [Fact]
    public void Rows_of_empty_cells_are_skipped_like_blank_lines() =>
        Assert.Equal([1, 3], Read("a,b\n,\nc,d").Select(r => r.Row));

    [Fact]
    public void Written_records_quote_only_where_needed_and_end_in_CRLF() =>
        Assert.Equal("名称,\"a,b\",\"say \"\"x\"\"\",,\"two\nlines\"\r\n", Write(["名称", "a,b", "say \"x\"", null, "two\nlines"]));

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+8613800000000", "'+8613800000000")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("人民路垃圾箱", "人民路垃圾箱")]
    public void Formula_like_text_is_guarded_and_reads_back_unchanged(string text, string cell)
    {
        Assert.Equal(cell, Csv.Guard(text));
        Assert.Equal(text, Csv.Unguard(cell));
    }

    [Fact]
    public void A_tab_separated_header_means_tabs() =>
        Assert.Equal('\t', Csv.DetectDelimiter("编号\t名称\r\n1\t2"));
}
