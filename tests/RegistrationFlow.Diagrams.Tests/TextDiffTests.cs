using RegistrationFlow.Diagrams;

namespace RegistrationFlow.Diagrams.Tests;

public class TextDiffTests
{
    private static string Text(params string[] lines) => string.Join("\n", lines) + "\n";

    [Fact]
    public void Identical_texts_are_all_unchanged_with_matching_numbers()
    {
        var text = Text("id: commercial-housing-transfer", "version: 3", "steps:");

        var rows = TextDiff.SideBySide(text, text);

        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(DiffKind.Unchanged, row.Kind));
        Assert.Equal([1, 2, 3], rows.Select(row => row.LeftNumber!.Value));
        Assert.Equal(rows.Select(row => row.LeftNumber), rows.Select(row => row.RightNumber));
        Assert.Equal("version: 3", rows[1].RightText);
    }

    [Fact]
    public void Pure_insert_shows_added_lines_with_only_right_numbers()
    {
        var rows = TextDiff.SideBySide(Text("a", "b", "e"), Text("a", "b", "c", "d", "e"));

        Assert.Equal(
            [(DiffKind.Unchanged, 1, 1), (DiffKind.Unchanged, 2, 2), (DiffKind.Added, (int?)null, 3), (DiffKind.Added, null, 4), (DiffKind.Unchanged, 3, 5)],
            rows.Select(row => (row.Kind, row.LeftNumber, row.RightNumber!.Value)));
        Assert.Equal(["c", "d"], rows.Where(row => row.Kind == DiffKind.Added).Select(row => row.RightText!));
        Assert.All(rows.Where(row => row.Kind == DiffKind.Added), row => Assert.Null(row.LeftText));
    }

    [Fact]
    public void Pure_delete_shows_removed_lines_with_only_left_numbers()
    {
        var rows = TextDiff.SideBySide(Text("a", "b", "c", "d"), Text("a", "d"));

        Assert.Equal([DiffKind.Unchanged, DiffKind.Removed, DiffKind.Removed, DiffKind.Unchanged], rows.Select(row => row.Kind));
        Assert.Equal([(2, "b"), (3, "c")], rows.Where(row => row.Kind == DiffKind.Removed).Select(row => (row.LeftNumber!.Value, row.LeftText!)));
        Assert.All(rows.Where(row => row.Kind == DiffKind.Removed), row => Assert.Null(row.RightNumber));
        Assert.Equal((4, 2), (rows[^1].LeftNumber!.Value, rows[^1].RightNumber!.Value));
    }

    [Fact]
    public void A_change_in_the_middle_pairs_the_old_and_new_line()
    {
        var left = Text("service-level:", "  complete: same-day", "  cut-off: \"16:00\"", "  warn-before: 60m");
        var right = Text("service-level:", "  complete: same-day", "  cut-off: \"15:30\"", "  warn-before: 60m");

        var rows = TextDiff.SideBySide(left, right);

        Assert.Equal([DiffKind.Unchanged, DiffKind.Unchanged, DiffKind.Changed, DiffKind.Unchanged], rows.Select(row => row.Kind));
        var changed = rows[2];
        Assert.Equal((3, "  cut-off: \"16:00\"", 3, "  cut-off: \"15:30\""), (changed.LeftNumber!.Value, changed.LeftText!, changed.RightNumber!.Value, changed.RightText!));
    }

    [Fact]
    public void More_removed_than_added_lines_pair_what_they_can_and_keep_the_rest_removed()
    {
        var rows = TextDiff.SideBySide(Text("a", "x1", "x2", "x3", "z"), Text("a", "y1", "z"));

        Assert.Equal([DiffKind.Unchanged, DiffKind.Changed, DiffKind.Removed, DiffKind.Removed, DiffKind.Unchanged], rows.Select(row => row.Kind));
        Assert.Equal(("x1", "y1"), (rows[1].LeftText, rows[1].RightText));
    }

    [Theory]
    [InlineData("", "", 0, DiffKind.Unchanged)]
    [InlineData("", "a\nb\n", 2, DiffKind.Added)]
    [InlineData("a\nb", "", 2, DiffKind.Removed)]
    public void Empty_sides(string left, string right, int expectedRows, DiffKind expectedKind)
    {
        var rows = TextDiff.SideBySide(left, right);

        Assert.Equal(expectedRows, rows.Count);
        Assert.All(rows, row => Assert.Equal(expectedKind, row.Kind));
        Assert.Equal(Enumerable.Range(1, expectedRows), rows.Select(row => (row.LeftNumber ?? row.RightNumber)!.Value));
    }

    [Fact]
    public void Line_ends_do_not_matter_but_trailing_spaces_do()
    {
        var rows = TextDiff.SideBySide("a\r\nb\r\nc", "a\nb \nc\n");

        Assert.Equal([DiffKind.Unchanged, DiffKind.Changed, DiffKind.Unchanged], rows.Select(row => row.Kind));
    }

    [Fact]
    public void Every_line_of_both_sides_appears_once_in_order()
    {
        var random = new Random(20260618);
        for (var round = 0; round < 200; round++)
        {
            var left = Enumerable.Range(0, random.Next(0, 12)).Select(_ => ((char)('a' + random.Next(4))).ToString()).ToArray();
            var right = Enumerable.Range(0, random.Next(0, 12)).Select(_ => ((char)('a' + random.Next(4))).ToString()).ToArray();

            var rows = TextDiff.SideBySide(string.Join("\n", left), string.Join("\n", right));

            Assert.Equal(left, rows.Where(row => row.LeftText is not null).Select(row => row.LeftText!));
            Assert.Equal(right, rows.Where(row => row.RightText is not null).Select(row => row.RightText!));
            Assert.Equal(Enumerable.Range(1, left.Length), rows.Where(row => row.LeftNumber is not null).Select(row => row.LeftNumber!.Value));
            Assert.All(rows.Where(row => row.Kind == DiffKind.Unchanged), row => Assert.Equal(row.LeftText, row.RightText));
            Assert.All(rows.Where(row => row.Kind == DiffKind.Changed), row => Assert.NotEqual(row.LeftText, row.RightText));
            var unchanged = rows.Count(row => row.Kind == DiffKind.Unchanged);
            Assert.Equal(LongestCommonSubsequence(left, right), unchanged);
        }
    }

    // Independent reference: a shortest edit script keeps a longest common subsequence.
    private static int LongestCommonSubsequence(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        return table[0, 0];
    }
}
