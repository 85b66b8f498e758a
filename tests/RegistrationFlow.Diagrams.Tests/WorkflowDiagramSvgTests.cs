using System.Globalization;
using System.Xml.Linq;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Diagrams;

namespace RegistrationFlow.Diagrams.Tests;

public class WorkflowDiagramSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(WorkflowDefinition definition, string language = "zh-CN") => XDocument.Parse(WorkflowDiagram.ToSvg(definition, language));

    private static IEnumerable<XElement> Groups(XDocument svg, string cssClass) =>
        svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(LayeredLayoutTests.Workflows), MemberType = typeof(LayeredLayoutTests))]
    public void Is_well_formed_svg_with_its_size_and_view_box_set(string name)
    {
        var svg = Parse(LayeredLayoutTests.ByName(name));

        var root = svg.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        var (width, height) = (Number(root, "width"), Number(root, "height"));
        Assert.True(width > 300 && height > 300);
        Assert.Equal($"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}", (string)root.Attribute("viewBox")!);
        Assert.Contains("Noto Sans CJK SC", (string)root.Attribute("font-family")!);
        Assert.Contains("sans-serif", (string)root.Attribute("font-family")!);
        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName is "script" or "image" or "foreignObject");
    }

    [Theory]
    [MemberData(nameof(LayeredLayoutTests.Workflows), MemberType = typeof(LayeredLayoutTests))]
    public void Has_one_box_per_step_and_no_two_boxes_overlap(string name)
    {
        var definition = LayeredLayoutTests.ByName(name);
        var svg = Parse(definition);

        var steps = Groups(svg, "step").ToList();
        Assert.Equal(definition.Steps.Select(step => step.Id).Order(), steps.Select(g => (string)g.Attribute("data-step")!).Order());
        var boxes = steps.Select(g => g.Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "shape"))
            .Select(r => new DiagramRect(Number(r, "x"), Number(r, "y"), Number(r, "width"), Number(r, "height")))
            .ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Overlaps(boxes[j]), $"{steps[i].Attribute("data-step")} overlaps {steps[j].Attribute("data-step")}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(LayeredLayoutTests.Workflows), MemberType = typeof(LayeredLayoutTests))]
    public void Has_one_labelled_arrow_per_action(string name)
    {
        var definition = LayeredLayoutTests.ByName(name);
        var svg = Parse(definition, "en-US");

        var arrows = Groups(svg, "action").ToList();
        var expected = definition.Steps.SelectMany(step => step.Actions.Select(action => (step.Id, action.Name, action.To, Label: action.Title!.EnUs!)));
        var actual = arrows.Select(g => (
            (string)g.Attribute("data-from")!, (string)g.Attribute("data-action")!, (string)g.Attribute("data-to")!,
            g.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "label").Value));
        Assert.Equal(expected.Order(), actual.Order());
        Assert.All(arrows, g => Assert.Single(g.Elements(Svg + "path")));
        Assert.All(arrows, g => Assert.Single(g.Elements(Svg + "polygon")));
    }

    [Fact]
    public void Withdrawal_is_a_note_not_an_arrow_from_every_step()
    {
        var svg = Parse(DiagramTestWorkflows.CommercialHousingTransfer());

        Assert.DoesNotContain(Groups(svg, "edge"), g => (string)g.Attribute("data-to")! == "withdrawn");
        var notes = string.Concat(Groups(svg, "notes").Single().Descendants(Svg + "text").Select(t => t.Value));
        Assert.Contains("撤回", notes);
        Assert.Contains("已撤回", notes);
        Assert.Contains("岗位分离", notes);
    }

    [Fact]
    public void Step_kinds_look_different()
    {
        var svg = Parse(DiagramTestWorkflows.SecondHandHousingTransfer());
        XElement Shape(string step) => Groups(svg, "step").Single(g => (string)g.Attribute("data-step")! == step)
            .Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "shape");

        Assert.Null(Shape("review").Attribute("stroke-dasharray"));
        Assert.NotNull(Shape("certificate").Attribute("stroke-dasharray"));
        Assert.True(Number(Shape("parallel-checks"), "height") < Number(Shape("review"), "height"));
        Assert.True(Number(Shape("checks-done"), "height") < Number(Shape("review"), "height"));
        var completed = Shape("completed");
        Assert.Equal(Number(completed, "height") / 2, Number(completed, "rx"));
        var colours = new[] { "completed", "refused", "not-accepted", "withdrawn" }.Select(id => (string)Shape(id).Attribute("stroke")!).ToList();
        Assert.Equal(colours[1], colours[2]);
        Assert.Equal(3, colours.Distinct().Count());
        Assert.Single(Groups(svg, "step"), g => g.Elements(Svg + "circle").Any());
    }

    [Fact]
    public void Back_edges_are_marked_and_drawn_in_their_own_colour()
    {
        var svg = Parse(DiagramTestWorkflows.CommercialHousingTransfer());

        var back = Groups(svg, "back").ToList();
        Assert.Equal(["resubmit", "return"], back.Select(g => (string)g.Attribute("data-action")!).Order());
        var forwardColour = (string)Groups(svg, "action").First(g => (string)g.Attribute("data-action")! == "pass").Element(Svg + "path")!.Attribute("stroke")!;
        Assert.All(back, g => Assert.NotEqual(forwardColour, (string)g.Element(Svg + "path")!.Attribute("stroke")!));
        Assert.All(back, g => Assert.Contains(" C", (string)g.Element(Svg + "path")!.Attribute("d")!));
    }

    [Fact]
    public void Titles_are_escaped_for_xml()
    {
        var definition = DiagramTestWorkflows.CommercialHousingTransfer() with { Title = new LocalizedTitle("<转移> & \"登记\"", "A <b> & 'c'") };
        var steps = definition.Steps.ToList();
        steps[0] = steps[0] with
        {
            Title = new LocalizedTitle("受理 <&>", "Intake <&>"),
            Actions = [steps[0].Actions[0] with { Title = new LocalizedTitle("受理 a<b", "Accept a<b") }, steps[0].Actions[1]],
        };
        definition = definition with { Steps = steps };

        var text = WorkflowDiagram.ToSvg(definition, "zh-CN");
        var svg = XDocument.Parse(text);

        Assert.Contains("&lt;转移&gt; &amp; &quot;登记&quot;", text);
        Assert.DoesNotContain("<&>", text);
        Assert.Equal("<转移> & \"登记\"（第 3 版）", svg.Root!.Element(Svg + "title")!.Value);
        var intake = Groups(svg, "step").Single(g => (string)g.Attribute("data-step")! == "intake");
        Assert.Contains(intake.Elements(Svg + "text"), t => t.Value == "受理 <&>");
        Assert.Contains(Groups(svg, "action"), g => g.Elements(Svg + "text").Any(t => t.Value == "受理 a<b"));
    }

    [Fact]
    public void Texts_follow_the_language_and_fall_back_to_the_step_id()
    {
        var definition = DiagramTestWorkflows.CommercialHousingTransfer();
        var steps = definition.Steps.ToList();
        steps[1] = steps[1] with { Title = null };
        definition = definition with { Steps = steps };

        var zh = Parse(definition, "zh-CN");
        var en = Parse(definition, "en-US");

        string StepText(XDocument svg, string id) =>
            string.Join("|", Groups(svg, "step").Single(g => (string)g.Attribute("data-step")! == id).Elements(Svg + "text").Select(t => t.Value));
        Assert.Equal("受理|窗口受理人员", StepText(zh, "intake"));
        Assert.Equal("Intake|Counter clerk", StepText(en, "intake"));
        Assert.Equal("review|审核人员", StepText(zh, "review"));
        Assert.Equal("New-build home transfer (version 3)", en.Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void An_action_without_a_title_is_labelled_with_its_name_and_a_guard_is_shown()
    {
        var svg = Parse(DiagramTestWorkflows.SecondHandHousingTransfer() with
        {
            Steps = DiagramTestWorkflows.SecondHandHousingTransfer().Steps
                .Select(step => step with { Actions = step.Actions.Select(action => action with { Title = null }).ToList() })
                .ToList(),
        });

        var secondReview = Groups(svg, "action").Single(g => (string)g.Attribute("data-action")! == "pass-second-review");
        Assert.Equal("pass-second-review", secondReview.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "label").Value);
        Assert.Contains("application.price >= 10000000", secondReview.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "condition").Value);
    }

    [Fact]
    public void An_arrow_to_a_step_that_does_not_exist_is_drawn_to_a_marked_placeholder()
    {
        var definition = DiagramTestWorkflows.CommercialHousingTransfer();
        var steps = definition.Steps.ToList();
        steps[3] = steps[3] with { Actions = [steps[3].Actions[0] with { To = "reviw" }] };

        var svg = Parse(definition with { Steps = steps });

        var missing = Groups(svg, "missing").Single();
        Assert.Equal("reviw", (string)missing.Attribute("data-step")!);
        Assert.Contains("未定义的步骤：reviw", missing.Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Same_definition_gives_the_same_svg()
    {
        Assert.Equal(
            WorkflowDiagram.ToSvg(DiagramTestWorkflows.SecondHandHousingTransfer()),
            WorkflowDiagram.ToSvg(DiagramTestWorkflows.SecondHandHousingTransfer()));
    }

    [Fact]
    public void Numbers_do_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        var invariant = WorkflowDiagram.ToSvg(DiagramTestWorkflows.CommercialHousingTransfer());
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, WorkflowDiagram.ToSvg(DiagramTestWorkflows.CommercialHousingTransfer()));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_draft_without_steps_or_with_an_unknown_start_still_draws()
    {
        var empty = Parse(DiagramTestWorkflows.CommercialHousingTransfer() with { Steps = [], StartStep = "intake" });
        var unknownStart = Parse(DiagramTestWorkflows.CommercialHousingTransfer() with { StartStep = "nowhere" });

        Assert.Empty(Groups(empty, "step"));
        Assert.Equal(10, Groups(unknownStart, "step").Count());
        Assert.DoesNotContain(Groups(unknownStart, "step"), g => g.Elements(Svg + "circle").Any());
    }
}
