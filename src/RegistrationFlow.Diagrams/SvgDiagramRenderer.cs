using System.Text;
using RegistrationFlow.Core.Definitions;
using static RegistrationFlow.Diagrams.SvgText;

namespace RegistrationFlow.Diagrams;

/// <summary>Writes a laid-out diagram as one self-contained SVG document (no scripts, styles or links outside it).</summary>
public static class SvgDiagramRenderer
{
    public const string FontFamily =
        "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

    private const double HeaderHeight = 46;
    private const double MinWidth = 560;
    private const double NoteFont = 12;
    private const double NoteLineHeight = 18;
    private const string EdgeColour = "#5b6573";
    private const string BackEdgeColour = "#c2410c";

    public static string Render(DiagramGraph graph, DiagramLayout layout)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(layout);
        var margin = LayeredLayout.Margin;
        var width = Math.Ceiling(Math.Max(Math.Max(layout.Width, MinWidth), TextMetrics.Width(graph.Title, 18, bold: true) + 2 * margin));
        var textWidth = width - 2 * margin;
        var notes = graph.Notes.Select(note => TextMetrics.Wrap(note, NoteFont, textWidth - 12)).ToList();
        var legend = LegendRows(DiagramTexts.Legend(graph.Language), textWidth);
        var footerTop = HeaderHeight + layout.Height;
        var height = Math.Ceiling(footerTop + notes.Sum(lines => lines.Count) * NoteLineHeight + 10 + legend.Count * 24 + margin);

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Number(width)}\" height=\"{Number(height)}\" ")
            .Append($"viewBox=\"0 0 {Number(width)} {Number(height)}\" role=\"img\" aria-label=\"{Escape(graph.Title)}\" ")
            .Append($"font-family=\"{FontFamily}\">\n");
        svg.Append($"<title>{Escape(graph.Title)}</title>\n");
        svg.Append($"<rect width=\"{Number(width)}\" height=\"{Number(height)}\" fill=\"#ffffff\"/>\n");
        svg.Append($"<text x=\"{Number(margin)}\" y=\"30\" font-size=\"18\" font-weight=\"700\" fill=\"#111827\">{Escape(graph.Title)}</text>\n");

        var offsetX = (width - layout.Width) / 2;
        svg.Append($"<g class=\"diagram\" transform=\"translate({Number(offsetX)},{Number(HeaderHeight)})\">\n");
        foreach (var edge in layout.Edges)
        {
            WriteEdge(svg, edge);
        }

        foreach (var node in layout.Nodes)
        {
            WriteNode(svg, node);
        }

        svg.Append("</g>\n");
        WriteFooter(svg, notes, legend, footerTop, margin);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void WriteEdge(StringBuilder svg, RoutedEdge routed)
    {
        var edge = routed.Edge;
        var colour = routed.IsBackEdge ? BackEdgeColour : EdgeColour;
        var kind = edge.Kind switch { DiagramEdgeKind.Action => "action", DiagramEdgeKind.Branch => "branch", _ => "then" };
        svg.Append($"<g class=\"edge {kind}{(routed.IsBackEdge ? " back" : "")}\" data-from=\"{Escape(edge.From)}\" data-to=\"{Escape(edge.To)}\"");
        if (edge.ActionName is not null)
        {
            svg.Append($" data-action=\"{Escape(edge.ActionName)}\"");
        }

        svg.Append(">\n");
        if (edge.Hint is not null)
        {
            svg.Append($"<title>{Escape(edge.Hint)}</title>\n");
        }

        var points = routed.Points;
        var path = new StringBuilder($"M{Number(points[0].X)},{Number(points[0].Y)}");
        DiagramPoint lastControl;
        if (routed.IsSelfLoop)
        {
            path.Append($" C{Number(points[1].X)},{Number(points[1].Y)} {Number(points[2].X)},{Number(points[2].Y)} {Number(points[3].X)},{Number(points[3].Y)}");
            lastControl = points[2];
        }
        else
        {
            lastControl = points[0];
            for (var i = 1; i < points.Count; i++)
            {
                var (p, q) = (points[i - 1], points[i]);
                if (Math.Abs(p.X - q.X) < 0.05)
                {
                    path.Append($" L{Number(q.X)},{Number(q.Y)}");
                    lastControl = p;
                }
                else
                {
                    var mid = (p.Y + q.Y) / 2;
                    path.Append($" C{Number(p.X)},{Number(mid)} {Number(q.X)},{Number(mid)} {Number(q.X)},{Number(q.Y)}");
                    lastControl = new DiagramPoint(q.X, mid);
                }
            }
        }

        svg.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"/>\n");
        svg.Append($"<polygon points=\"{ArrowHead(lastControl, points[^1])}\" fill=\"{colour}\"/>\n");
        if (routed.LabelBounds is { } box && edge.Label is not null)
        {
            var condition = DiagramMeasure.Condition(edge);
            svg.Append($"<rect x=\"{Number(box.X)}\" y=\"{Number(box.Y)}\" width=\"{Number(box.Width)}\" height=\"{Number(box.Height)}\" rx=\"4\" ")
                .Append($"fill=\"#ffffff\" stroke=\"{(routed.IsBackEdge ? "#fdba74" : "#d1d5db")}\" stroke-width=\"0.8\"/>\n");
            var baseline = box.Y + 2 + Baseline(DiagramMeasure.LabelLineHeight, DiagramMeasure.LabelFont);
            svg.Append($"<text class=\"label\" x=\"{Number(box.CenterX)}\" y=\"{Number(baseline)}\" text-anchor=\"middle\" font-size=\"{Number(DiagramMeasure.LabelFont)}\" ")
                .Append($"fill=\"{(routed.IsBackEdge ? BackEdgeColour : "#1f2937")}\">{Escape(edge.Label)}</text>\n");
            if (condition is not null)
            {
                var conditionBaseline = box.Y + 2 + DiagramMeasure.LabelLineHeight + Baseline(DiagramMeasure.ConditionLineHeight, DiagramMeasure.ConditionFont);
                svg.Append($"<text class=\"condition\" x=\"{Number(box.CenterX)}\" y=\"{Number(conditionBaseline)}\" text-anchor=\"middle\" ")
                    .Append($"font-size=\"{Number(DiagramMeasure.ConditionFont)}\" fill=\"#6b7280\">{Escape(condition)}</text>\n");
            }
        }

        svg.Append("</g>\n");
    }

    private static string ArrowHead(DiagramPoint from, DiagramPoint tip)
    {
        var dx = tip.X - from.X;
        var dy = tip.Y - from.Y;
        var length = Math.Sqrt(dx * dx + dy * dy);
        (dx, dy) = length < 1e-6 ? (0.0, 1.0) : (dx / length, dy / length);
        const double size = 9;
        const double half = 4.5;
        var baseX = tip.X - dx * size;
        var baseY = tip.Y - dy * size;
        return $"{Number(tip.X)},{Number(tip.Y)} {Number(baseX - dy * half)},{Number(baseY + dx * half)} {Number(baseX + dy * half)},{Number(baseY - dx * half)}";
    }

    private static void WriteNode(StringBuilder svg, PlacedNode placed)
    {
        var node = placed.Node;
        var box = placed.Bounds;
        var (fill, stroke, dash, radius, textColour) = Style(node, box);
        svg.Append($"<g class=\"step {node.Kind.ToString().ToLowerInvariant()}\" data-step=\"{Escape(node.Id)}\"");
        if (node.Outcome is { } outcome)
        {
            svg.Append($" data-outcome=\"{outcome.ToString().ToLowerInvariant()}\"");
        }

        svg.Append(">\n");
        if (node.Hint is not null)
        {
            svg.Append($"<title>{Escape(node.Hint)}</title>\n");
        }

        if (node.IsStart)
        {
            svg.Append($"<circle cx=\"{Number(box.CenterX)}\" cy=\"{Number(box.Y - 17)}\" r=\"6\" fill=\"#111827\"/>\n");
            svg.Append($"<path d=\"M{Number(box.CenterX)},{Number(box.Y - 11)} L{Number(box.CenterX)},{Number(box.Y - 6)}\" stroke=\"#111827\" stroke-width=\"1.5\"/>\n");
            svg.Append($"<polygon points=\"{ArrowHead(new DiagramPoint(box.CenterX, box.Y - 11), new DiagramPoint(box.CenterX, box.Y))}\" fill=\"#111827\"/>\n");
        }

        svg.Append($"<rect class=\"shape\" x=\"{Number(box.X)}\" y=\"{Number(box.Y)}\" width=\"{Number(box.Width)}\" height=\"{Number(box.Height)}\" ")
            .Append($"rx=\"{Number(radius)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{(node.Kind == DiagramNodeKind.End ? "2" : "1.5")}\"");
        if (dash is not null)
        {
            svg.Append($" stroke-dasharray=\"{dash}\"");
        }

        svg.Append("/>\n");
        var lines = DiagramMeasure.TitleLines(node);
        var blockHeight = lines.Count * DiagramMeasure.TitleLineHeight + (node.Subtitle is null ? 0 : DiagramMeasure.SubtitleLineHeight);
        var top = box.CenterY - blockHeight / 2;
        foreach (var line in lines)
        {
            svg.Append($"<text x=\"{Number(box.CenterX)}\" y=\"{Number(top + Baseline(DiagramMeasure.TitleLineHeight, DiagramMeasure.TitleFont))}\" text-anchor=\"middle\" ")
                .Append($"font-size=\"{Number(DiagramMeasure.TitleFont)}\" font-weight=\"600\" fill=\"{textColour}\">{Escape(line)}</text>\n");
            top += DiagramMeasure.TitleLineHeight;
        }

        if (node.Subtitle is not null)
        {
            svg.Append($"<text x=\"{Number(box.CenterX)}\" y=\"{Number(top + Baseline(DiagramMeasure.SubtitleLineHeight, DiagramMeasure.SubtitleFont))}\" text-anchor=\"middle\" ")
                .Append($"font-size=\"{Number(DiagramMeasure.SubtitleFont)}\" fill=\"#4b5563\">{Escape(node.Subtitle)}</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static (string Fill, string Stroke, string? Dash, double Radius, string Text) Style(DiagramNode node, DiagramRect box) => node.Kind switch
    {
        DiagramNodeKind.Task => ("#eff6ff", "#1d4ed8", null, 8, "#111827"),
        DiagramNodeKind.Wait or DiagramNodeKind.Automatic => ("#fffbeb", "#b45309", "6 4", 8, "#111827"),
        DiagramNodeKind.Parallel or DiagramNodeKind.Join => ("#334155", "#1e293b", null, 4, "#ffffff"),
        DiagramNodeKind.Missing => ("#fff1f2", "#e11d48", "4 3", 8, "#9f1239"),
        _ => node.Outcome switch
        {
            EndOutcome.Completed => ("#dcfce7", "#15803d", null, box.Height / 2, "#14532d"),
            EndOutcome.Withdrawn => ("#f3f4f6", "#6b7280", null, box.Height / 2, "#374151"),
            _ => ("#fee2e2", "#b91c1c", null, box.Height / 2, "#7f1d1d"),
        },
    };

    private static double Baseline(double lineHeight, double fontSize) => (lineHeight + fontSize * 0.7) / 2;

    private static List<List<(LegendSymbol Symbol, string Text, double Width)>> LegendRows(IReadOnlyList<(LegendSymbol Symbol, string Text)> items, double available)
    {
        var rows = new List<List<(LegendSymbol, string, double)>> { new() };
        var used = 0.0;
        foreach (var (symbol, text) in items)
        {
            var itemWidth = 28 + 6 + TextMetrics.Width(text, NoteFont) + 18;
            if (used > 0 && used + itemWidth > available)
            {
                rows.Add([]);
                used = 0;
            }

            rows[^1].Add((symbol, text, itemWidth));
            used += itemWidth;
        }

        return rows;
    }

    private static void WriteFooter(StringBuilder svg, List<IReadOnlyList<string>> notes, List<List<(LegendSymbol Symbol, string Text, double Width)>> legend, double top, double margin)
    {
        svg.Append("<g class=\"notes\">\n");
        var y = top;
        foreach (var note in notes)
        {
            for (var i = 0; i < note.Count; i++)
            {
                var x = margin + (i == 0 ? 0 : 12);
                if (i == 0)
                {
                    svg.Append($"<circle cx=\"{Number(margin + 3)}\" cy=\"{Number(y + NoteLineHeight / 2)}\" r=\"2.5\" fill=\"#6b7280\"/>\n");
                }

                svg.Append($"<text x=\"{Number(x + (i == 0 ? 12 : 0))}\" y=\"{Number(y + Baseline(NoteLineHeight, NoteFont))}\" font-size=\"{Number(NoteFont)}\" fill=\"#374151\">{Escape(note[i])}</text>\n");
                y += NoteLineHeight;
            }
        }

        svg.Append("</g>\n<g class=\"legend\">\n");
        y += 10;
        foreach (var row in legend)
        {
            var x = margin;
            foreach (var (symbol, text, width) in row)
            {
                WriteLegendSymbol(svg, symbol, x, y + 5);
                svg.Append($"<text x=\"{Number(x + 34)}\" y=\"{Number(y + Baseline(24, NoteFont) - 2)}\" font-size=\"{Number(NoteFont)}\" fill=\"#374151\">{Escape(text)}</text>\n");
                x += width;
            }

            y += 24;
        }

        svg.Append("</g>\n");
    }

    private static void WriteLegendSymbol(StringBuilder svg, LegendSymbol symbol, double x, double y)
    {
        string Box(string fill, string stroke, double radius, string? dash = null, double height = 14) =>
            $"<rect x=\"{Number(x)}\" y=\"{Number(y + (14 - height) / 2)}\" width=\"28\" height=\"{Number(height)}\" rx=\"{Number(radius)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>\n";

        svg.Append(symbol switch
        {
            LegendSymbol.Task => Box("#eff6ff", "#1d4ed8", 3),
            LegendSymbol.Wait => Box("#fffbeb", "#b45309", 3, "4 3"),
            LegendSymbol.Bar => Box("#334155", "#1e293b", 2, height: 8),
            LegendSymbol.Completed => Box("#dcfce7", "#15803d", 7),
            LegendSymbol.Refused => Box("#fee2e2", "#b91c1c", 7),
            LegendSymbol.Withdrawn => Box("#f3f4f6", "#6b7280", 7),
            _ => $"<path d=\"M{Number(x)},{Number(y + 7)} L{Number(x + 20)},{Number(y + 7)}\" stroke=\"{BackEdgeColour}\" stroke-width=\"1.5\"/>\n"
                + $"<polygon points=\"{ArrowHead(new DiagramPoint(x, y + 7), new DiagramPoint(x + 28, y + 7))}\" fill=\"{BackEdgeColour}\"/>\n",
        });
    }
}
