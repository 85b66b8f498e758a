using RegistrationFlow.Diagrams;

namespace RegistrationFlow.Diagrams.Tests;

public class InlineDiffTests
{
    private static string Marked(IReadOnlyList<DiffSegment> segments) =>
        string.Concat(segments.Select(s => s.Changed ? $"[{s.Text}]" : s.Text));

    [Fact]
    public void Only_the_changed_word_of_a_line_is_marked_on_each_side()
    {
        var (left, right) = InlineDiff.Of("    complete: { working-days: 1 }", "    complete: { working-days: 3 }");

        Assert.Equal("    complete: { working-days: [1] }", Marked(left));
        Assert.Equal("    complete: { working-days: [3] }", Marked(right));
    }

    [Fact]
    public void A_chinese_character_is_a_word_of_its_own()
    {
        var (left, right) = InlineDiff.Of("title: { zh-CN: 核准登簿 }", "title: { zh-CN: 批准登簿 }");

        Assert.Equal("title: { zh-CN: [核]准登簿 }", Marked(left));
        Assert.Equal("title: { zh-CN: [批]准登簿 }", Marked(right));
    }

    [Fact]
    public void The_sides_keep_their_whole_text()
    {
        var (left, right) = InlineDiff.Of("a b c", "x b c d");

        Assert.Equal("a b c", string.Concat(left.Select(s => s.Text)));
        Assert.Equal("x b c d", string.Concat(right.Select(s => s.Text)));
        Assert.Equal("[x] b c[ d]", Marked(right));
    }
}

public class DiffFoldingTests
{
    private static string Text(int lines, params (int Line, string Text)[] replaced) =>
        string.Join("\n", Enumerable.Range(1, lines).Select(i => replaced.FirstOrDefault(r => r.Line == i).Text ?? $"line {i}")) + "\n";

    [Fact]
    public void Long_unchanged_runs_fold_keeping_three_lines_around_each_change()
    {
        var rows = TextDiff.SideBySide(Text(40), Text(40, (10, "changed 10"), (30, "changed 30")));

        var blocks = DiffFolding.Fold(rows);

        Assert.Equal([(true, 6), (false, 3), (false, 1), (false, 3), (true, 13), (false, 3), (false, 1), (false, 3), (true, 7)],
            blocks.Select(b => (b.Folded, b.Rows.Count)));
        Assert.Equal(rows.Count, blocks.Sum(b => b.Rows.Count));
        Assert.Equal(rows, blocks.SelectMany(b => b.Rows));
    }

    [Fact]
    public void A_short_run_between_changes_is_not_folded()
    {
        var rows = TextDiff.SideBySide(Text(10), Text(10, (2, "x"), (8, "y")));

        Assert.DoesNotContain(DiffFolding.Fold(rows), b => b.Folded && b.Rows.Count < 4 && b.Rows[0].LeftNumber is > 2 and < 8);
        Assert.Equal(rows, DiffFolding.Fold(rows).SelectMany(b => b.Rows));
    }

    [Fact]
    public void Identical_texts_are_one_folded_block()
    {
        var rows = TextDiff.SideBySide(Text(12), Text(12));

        var block = Assert.Single(DiffFolding.Fold(rows));
        Assert.True(block.Folded);
    }
}
