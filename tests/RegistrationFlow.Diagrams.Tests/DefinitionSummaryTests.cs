using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Diagrams;

namespace RegistrationFlow.Diagrams.Tests;

public class DefinitionSummaryTests
{
    private static readonly WorkflowDefinition Before = DiagramTestWorkflows.CommercialHousingTransfer();

    [Fact]
    public void The_same_version_changes_nothing() => Assert.Empty(DefinitionSummary.Between(Before, Before));

    [Fact]
    public void A_shorter_time_limit_an_earlier_cut_off_and_a_longer_warning_are_each_named()
    {
        var after = Before with
        {
            ServiceLevel = Before.ServiceLevel with
            {
                Complete = CompletionRule.InWorkingDays(3), CutOff = new TimeOnly(15, 0), WarnBefore = TimeSpan.FromMinutes(90),
            },
        };

        var lines = DefinitionSummary.Between(Before, after).Select(l => l.EnUs).ToList();

        Assert.Contains("time limit: same day → 3 working days", lines);
        Assert.Contains("same-day cut-off: 16:00 → 15:00", lines);
        Assert.Contains("warning: 60 min → 90 min before due", lines);
    }

    [Fact]
    public void Steps_actions_roles_and_materials_added_removed_or_changed_are_named()
    {
        var review = Before.Steps.Single(s => s.Id == "review");
        var after = Before with
        {
            Steps = Before.Steps.Select(s => s.Id != "review" ? s : s with
            {
                Role = "approver",
                Actions = [.. s.Actions.Select(a => a.Name == "pass" ? a with { Requires = ["comment"] } : a), new ActionDefinition { Name = "escalate", To = "approval" }],
            }).Append(new StepDefinition { Id = "archive", Kind = StepKind.End, Outcome = EndOutcome.Completed }).ToList(),
            Materials = [new MaterialSpec("tax-receipt", true, new LocalizedTitle("完税凭证", "Tax receipt"))],
        };

        var lines = DefinitionSummary.Between(Before, after).Select(l => l.EnUs).ToList();

        Assert.Contains(lines, l => l.StartsWith("step '", StringComparison.Ordinal) && l.EndsWith($"role: {review.Role} → approver", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("action pass: requires: — ⇒ comment", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("action escalate added (→ approval)", StringComparison.Ordinal));
        Assert.Contains("step added: 'archive'", lines);
        Assert.Contains("material added: 'Tax receipt' (required)", lines);
        Assert.All(DefinitionSummary.Between(Before, after), l => Assert.False(string.IsNullOrEmpty(l.ZhCn)));
    }
}
