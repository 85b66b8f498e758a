namespace RegistrationFlow.Diagrams;

/// <summary>Sizes of step shapes and arrow labels, shared by the layout (which reserves the space) and the SVG (which fills it).</summary>
internal static class DiagramMeasure
{
    public const double TitleFont = 14;
    public const double SubtitleFont = 12;
    public const double LabelFont = 12;
    public const double ConditionFont = 11;
    public const double TitleLineHeight = 19;
    public const double SubtitleLineHeight = 16;
    public const double LabelLineHeight = 16;
    public const double ConditionLineHeight = 14;

    private const double MaxTitleWidth = 176;
    private const double MaxConditionWidth = 240;
    private const double BoxPadding = 10;

    public static IReadOnlyList<string> TitleLines(DiagramNode node) =>
        node.Kind is DiagramNodeKind.Parallel or DiagramNodeKind.Join
            ? [node.Title]
            : TextMetrics.Wrap(node.Title, TitleFont, MaxTitleWidth, bold: true);

    public static (double Width, double Height) Node(DiagramNode node)
    {
        var lines = TitleLines(node);
        var titleWidth = lines.Max(line => TextMetrics.Width(line, TitleFont, bold: true));
        switch (node.Kind)
        {
            case DiagramNodeKind.Parallel or DiagramNodeKind.Join:
                return (Math.Max(titleWidth + 36, 140), 30);
            case DiagramNodeKind.End:
                return (Math.Max(titleWidth + 40, 100), Math.Max(40, lines.Count * TitleLineHeight + 2 * BoxPadding));
            default:
                var subtitleWidth = node.Subtitle is null ? 0 : TextMetrics.Width(node.Subtitle, SubtitleFont);
                var width = Math.Max(Math.Max(titleWidth, subtitleWidth) + 28, 120);
                var height = 2 * BoxPadding + lines.Count * TitleLineHeight + (node.Subtitle is null ? 0 : SubtitleLineHeight);
                return (width, Math.Max(height, 44));
        }
    }

    public static string? Condition(DiagramEdge edge) =>
        edge.Condition is null ? null : TextMetrics.Truncate(edge.Condition, ConditionFont, MaxConditionWidth);

    public static (double Width, double Height) Label(DiagramEdge edge)
    {
        var label = edge.Label ?? "";
        var condition = Condition(edge);
        var width = Math.Max(TextMetrics.Width(label, LabelFont), condition is null ? 0 : TextMetrics.Width(condition, ConditionFont));
        return (width + 14, 4 + LabelLineHeight + (condition is null ? 0 : ConditionLineHeight));
    }
}
