using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Diagrams;

namespace RegistrationFlow.Diagrams.Tests;

public class LayeredLayoutTests
{
    private static DiagramNode Task(string id, bool start = false) => new(id, DiagramNodeKind.Task, id, "clerk") { IsStart = start };

    private static DiagramEdge Action(string from, string to) => new(from, to, DiagramEdgeKind.Action, $"{from}→{to}") { ActionName = $"{from}-{to}" };

    private static DiagramGraph Graph(IReadOnlyList<DiagramNode> nodes, params DiagramEdge[] edges) => new("test", nodes, edges, [], "zh-CN");

    [Fact]
    public void A_diamond_puts_both_sides_on_one_rank_and_the_meeting_step_below_them()
    {
        var graph = Graph([Task("a", start: true), Task("b"), Task("c"), Task("d")],
            Action("a", "b"), Action("a", "c"), Action("b", "d"), Action("c", "d"));

        var layout = LayeredLayout.Compute(graph);

        Assert.Equal([0, 1, 1, 2], new[] { "a", "b", "c", "d" }.Select(layout.RankOf));
        Assert.Equal(layout.Node("b").Bounds.Y, layout.Node("c").Bounds.Y);
        Assert.True(layout.Node("b").Bounds.Right <= layout.Node("c").Bounds.X || layout.Node("c").Bounds.Right <= layout.Node("b").Bounds.X);
    }

    [Fact]
    public void Ranks_follow_the_longest_path_so_a_shortcut_does_not_pull_a_step_up()
    {
        var graph = Graph([Task("a", start: true), Task("b"), Task("c"), Task("d")],
            Action("a", "d"), Action("a", "b"), Action("b", "c"), Action("c", "d"));

        var layout = LayeredLayout.Compute(graph);

        Assert.Equal(3, layout.RankOf("d"));
        var shortcut = layout.Edges.Single(edge => edge.Edge.ActionName == "a-d");
        Assert.False(shortcut.IsBackEdge);
        Assert.True(shortcut.Points[^1].Y > layout.Node("c").Bounds.Bottom, "the shortcut runs down past c into d");
    }

    [Fact]
    public void Return_and_resubmit_are_back_edges_and_do_not_change_ranks()
    {
        var layout = WorkflowDiagram.Layout(DiagramTestWorkflows.CommercialHousingTransfer());

        var back = layout.Edges.Where(edge => edge.IsBackEdge).Select(edge => edge.Edge.ActionName).Order().ToList();
        Assert.Equal(["resubmit", "return"], back);
        Assert.Equal(
            [("intake", 0), ("review", 1), ("not-accepted", 1), ("approval", 2), ("awaiting-supplement", 2), ("refused", 2),
             ("certificate", 3), ("pickup", 4), ("completed", 5)],
            new[] { "intake", "review", "not-accepted", "approval", "awaiting-supplement", "refused", "certificate", "pickup", "completed" }
                .Select(id => (id, layout.RankOf(id))));
    }

    [Fact]
    public void A_back_edge_leaves_the_top_of_its_step_and_arrives_at_the_bottom_of_the_earlier_one()
    {
        var layout = WorkflowDiagram.Layout(DiagramTestWorkflows.CommercialHousingTransfer());
        var returned = layout.Edges.Single(edge => edge.Edge.ActionName == "return");

        Assert.Equal(layout.Node("approval").Bounds.Y, returned.Points[0].Y);
        Assert.Equal(layout.Node("review").Bounds.Bottom, returned.Points[^1].Y);
        Assert.True(returned.Points.Zip(returned.Points.Skip(1)).All(pair => pair.Second.Y <= pair.First.Y), "a back edge only goes up");
    }

    [Fact]
    public void Return_from_after_a_join_into_a_branch_is_still_the_back_edge()
    {
        var layout = WorkflowDiagram.Layout(DiagramTestWorkflows.SecondHandHousingTransfer());

        Assert.Equal(["return"], layout.Edges.Where(edge => edge.IsBackEdge).Select(edge => edge.Edge.ActionName));
        Assert.Equal(layout.RankOf("tax-verification"), layout.RankOf("review"));
        Assert.True(layout.RankOf("checks-done") > layout.RankOf("second-review"));
        Assert.Equal(layout.RankOf("checks-done") + 1, layout.RankOf("approval"));
    }

    [Fact]
    public void Parallel_branches_sit_side_by_side_under_a_bar_that_spans_them()
    {
        var layout = WorkflowDiagram.Layout(DiagramTestWorkflows.SecondHandHousingTransfer());
        var bar = layout.Node("parallel-checks").Bounds;
        var tax = layout.Node("tax-verification").Bounds;
        var review = layout.Node("review").Bounds;

        Assert.Equal(tax.Y, review.Y);
        Assert.False(tax.Overlaps(review));
        Assert.True(bar.Height < tax.Height, "a bar is flat");
        Assert.InRange(tax.CenterX, bar.X, bar.Right);
        Assert.InRange(review.CenterX, bar.X, bar.Right);
        var branches = layout.Edges.Where(edge => edge.Edge.Kind == DiagramEdgeKind.Branch).ToList();
        Assert.Equal(2, branches.Count);
        Assert.All(branches, edge => Assert.Equal(bar.Bottom, edge.Points[0].Y));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_two_shapes_or_labels_overlap(string name)
    {
        var layout = WorkflowDiagram.Layout(ByName(name));
        var shapes = layout.Nodes.Select(node => (Name: node.Node.Id, node.Bounds))
            .Concat(layout.Edges.Where(edge => edge.LabelBounds is not null).Select(edge => (Name: $"label {edge.Edge.ActionName}", Bounds: edge.LabelBounds!.Value)))
            .ToList();

        for (var i = 0; i < shapes.Count; i++)
        {
            for (var j = i + 1; j < shapes.Count; j++)
            {
                Assert.False(shapes[i].Bounds.Overlaps(shapes[j].Bounds), $"{shapes[i].Name} overlaps {shapes[j].Name}");
            }
        }

        Assert.All(shapes, shape => Assert.True(shape.Bounds.X >= 0 && shape.Bounds.Right <= layout.Width && shape.Bounds.Bottom <= layout.Height, shape.Name));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_arrow_starts_on_its_source_and_ends_on_its_target(string name)
    {
        var layout = WorkflowDiagram.Layout(ByName(name));

        foreach (var edge in layout.Edges)
        {
            var from = layout.Node(edge.Edge.From).Bounds;
            var to = layout.Node(edge.Edge.To).Bounds;
            Assert.True(OnBorder(from, edge.Points[0]), $"{edge.Edge.From}->{edge.Edge.To} starts on its source");
            Assert.True(OnBorder(to, edge.Points[^1]), $"{edge.Edge.From}->{edge.Edge.To} ends on its target");
        }
    }

    [Fact]
    public void A_withdrawn_end_that_no_arrow_reaches_goes_to_the_last_row()
    {
        var layout = WorkflowDiagram.Layout(DiagramTestWorkflows.CommercialHousingTransfer());

        Assert.Equal(layout.RankOf("completed"), layout.RankOf("withdrawn"));
        Assert.DoesNotContain(layout.Edges, edge => edge.Edge.To == "withdrawn");
    }

    [Fact]
    public void A_step_acting_on_itself_gets_a_loop_beside_it_with_room_for_its_label()
    {
        var graph = Graph([Task("a", start: true), Task("b")], Action("a", "a"), Action("a", "b"));

        var layout = LayeredLayout.Compute(graph);

        var loop = layout.Edges.Single(edge => edge.IsSelfLoop);
        var box = layout.Node("a").Bounds;
        Assert.Equal(box.Right, loop.Points[0].X);
        Assert.True(loop.LabelBounds!.Value.X > box.Right);
        Assert.True(loop.LabelBounds.Value.Right <= layout.Width);
    }

    [Fact]
    public void Layout_is_deterministic()
    {
        var first = WorkflowDiagram.Layout(DiagramTestWorkflows.SecondHandHousingTransfer());
        var second = WorkflowDiagram.Layout(DiagramTestWorkflows.SecondHandHousingTransfer());

        Assert.Equal(first.Nodes.Select(node => node.Bounds), second.Nodes.Select(node => node.Bounds));
        Assert.Equal(first.Edges.SelectMany(edge => edge.Points), second.Edges.SelectMany(edge => edge.Points));
    }

    public static TheoryData<string> Workflows() => new() { "commercial", "second-hand" };

    internal static WorkflowDefinition ByName(string name) => name == "commercial"
        ? DiagramTestWorkflows.CommercialHousingTransfer()
        : DiagramTestWorkflows.SecondHandHousingTransfer();

    private static bool OnBorder(DiagramRect box, DiagramPoint point) =>
        point.X >= box.X - 0.1 && point.X <= box.Right + 0.1 && (Math.Abs(point.Y - box.Y) < 0.1 || Math.Abs(point.Y - box.Bottom) < 0.1
            || Math.Abs(point.X - box.Right) < 0.1 && point.Y >= box.Y && point.Y <= box.Bottom);
}
