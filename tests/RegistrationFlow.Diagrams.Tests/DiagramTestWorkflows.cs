using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Diagrams.Tests;

/// <summary>Definitions shaped like the shipped workflows, built in code for the diagram tests.</summary>
internal static class DiagramTestWorkflows
{
    private static LocalizedTitle T(string zh, string en) => new(zh, en);

    private static ActionDefinition Act(string name, string to, string zh, string en, string? when = null, params string[] requires) =>
        new() { Name = name, To = to, Title = T(zh, en), When = when, Requires = requires };

    private static StepDefinition Human(string id, string role, string zh, string en, params ActionDefinition[] actions) =>
        new() { Id = id, Kind = StepKind.Human, Role = role, Title = T(zh, en), Actions = actions };

    private static StepDefinition End(string id, EndOutcome outcome, string zh, string en) =>
        new() { Id = id, Kind = StepKind.End, Outcome = outcome, Title = T(zh, en) };

    private static WorkflowDefinition Workflow(string id, string zh, string en, string start, params StepDefinition[] steps) => new()
    {
        Id = id,
        Version = 3,
        Title = T(zh, en),
        Registration = new RegistrationSpec(RegistrationType.Transfer, CertificateKind.PropertyRight),
        ServiceLevel = new ServiceLevelSpec { Complete = CompletionRule.SameDay },
        Steps = steps,
        StartStep = start,
    };

    public static WorkflowDefinition CommercialHousingTransfer() => Workflow(
        "commercial-housing-transfer", "商品房转移登记", "New-build home transfer", "intake",
        Human("intake", "clerk", "受理", "Intake",
            Act("accept", "review", "受理", "Accept"),
            Act("refuse-intake", "not-accepted", "不予受理", "Refuse intake", null, "reason", "missing-materials")),
        Human("review", "reviewer", "审核", "Review",
            Act("pass", "approval", "审核通过", "Pass"),
            Act("request-supplement", "awaiting-supplement", "要求补正", "Request supplement", null, "missing-materials"),
            Act("refuse", "refused", "不予登记", "Refuse", null, "reason")),
        Human("approval", "approver", "核准登簿", "Approval",
            Act("approve", "certificate", "核准登簿", "Approve"),
            Act("return", "review", "退回审核", "Return", null, "reason")) with { NotBy = ["review"] },
        Human("awaiting-supplement", "clerk", "等待补正", "Awaiting supplement",
            Act("resubmit", "review", "补正后重新提交", "Resubmit", null, "received-materials")),
        new StepDefinition
        {
            Id = "certificate", Kind = StepKind.Wait, Title = T("缮证", "Certificate"), Until = "certificate-ready", Then = "pickup",
            OnEnter = ["allocate-certificate-number"],
        },
        Human("pickup", "clerk", "领证", "Pick-up", Act("hand-over", "completed", "发证", "Hand over")),
        End("completed", EndOutcome.Completed, "办结", "Completed"),
        End("refused", EndOutcome.Refused, "不予登记", "Refused"),
        End("not-accepted", EndOutcome.NotAccepted, "不予受理", "Not accepted"),
        End("withdrawn", EndOutcome.Withdrawn, "已撤回", "Withdrawn"));

    /// <summary>存量房转移: tax verification in parallel with review, joined before approval.</summary>
    public static WorkflowDefinition SecondHandHousingTransfer() => Workflow(
        "second-hand-housing-transfer", "存量房转移登记", "Second-hand home transfer", "intake",
        Human("intake", "clerk", "受理", "Intake",
            Act("accept", "parallel-checks", "受理", "Accept"),
            Act("refuse-intake", "not-accepted", "不予受理", "Refuse intake", null, "reason")),
        new StepDefinition
        {
            Id = "parallel-checks", Kind = StepKind.Parallel, Title = T("并行办理", "In parallel"),
            Branches = ["tax-verification", "review"], Join = "checks-done",
        },
        Human("tax-verification", "clerk", "税费核验", "Tax verification",
            Act("verified", "checks-done", "完税核验通过", "Tax verified")),
        Human("review", "reviewer", "审核", "Review",
            Act("pass", "checks-done", "审核通过", "Pass"),
            Act("pass-second-review", "second-review", "转复审", "Second review", "application.price >= 10000000"),
            Act("refuse", "refused", "不予登记", "Refuse", null, "reason")),
        Human("second-review", "reviewer", "复审", "Second review",
            Act("pass", "checks-done", "复审通过", "Pass")),
        new StepDefinition { Id = "checks-done", Kind = StepKind.Join, Title = T("汇合", "Join"), Then = "approval" },
        Human("approval", "approver", "核准登簿", "Approval",
            Act("approve", "certificate", "核准登簿", "Approve"),
            Act("return", "review", "退回审核", "Return", null, "reason")) with { NotBy = ["review"] },
        new StepDefinition { Id = "certificate", Kind = StepKind.Wait, Title = T("缮证", "Certificate"), Until = "certificate-ready", Then = "pickup" },
        Human("pickup", "clerk", "领证", "Pick-up", Act("hand-over", "completed", "发证", "Hand over")),
        End("completed", EndOutcome.Completed, "办结", "Completed"),
        End("refused", EndOutcome.Refused, "不予登记", "Refused"),
        End("not-accepted", EndOutcome.NotAccepted, "不予受理", "Not accepted"),
        End("withdrawn", EndOutcome.Withdrawn, "已撤回", "Withdrawn"));
}
