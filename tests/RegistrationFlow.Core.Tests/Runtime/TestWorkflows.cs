using System.Text.Json;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Core.Tests.Runtime;

/// <summary>Workflow definitions for engine tests, written as object initialisers (the YAML reader is tested elsewhere).</summary>
public static class TestWorkflows
{
    public const string Id = "commercial-housing-transfer";

    public static readonly JsonElement Ordinary = Application("""{"price": 900000}""");
    public static readonly JsonElement Expensive = Application("""{"price": 12000000}""");

    public static JsonElement Application(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static ServiceLevelSpec SameDay(SupplementClock onSupplement = SupplementClock.Restart, int? supplementWithin = null) => new()
    {
        Complete = CompletionRule.SameDay,
        CutOff = new TimeOnly(16, 0),
        WarnBefore = TimeSpan.FromMinutes(60),
        OnSupplement = onSupplement,
        SupplementWithinWorkingDays = supplementWithin,
    };

    public static StepDefinition Human(string id, string role, params ActionDefinition[] actions) => new()
    {
        Id = id, Kind = StepKind.Human, Role = role, Actions = actions, Title = new LocalizedTitle(id + "（中）", id),
    };

    public static ActionDefinition Act(string name, string to, string[]? requires = null, string[]? effects = null, string? when = null) => new()
    {
        Name = name, To = to, Requires = requires ?? [], Effects = effects ?? [], When = when,
    };

    public static StepDefinition End(string id, EndOutcome outcome) => new() { Id = id, Kind = StepKind.End, Outcome = outcome };

    /// <summary>The product's commercial-housing-transfer flow of DESIGN.md (商品房转移登记), same-day, certificate next day.</summary>
    public static WorkflowDefinition CommercialHousingTransfer(ServiceLevelSpec? serviceLevel = null, int version = 3) => new()
    {
        Id = Id,
        Version = version,
        Title = new LocalizedTitle("商品房转移登记", "New-build home transfer"),
        Registration = new RegistrationSpec(RegistrationType.Transfer, CertificateKind.PropertyRight),
        ServiceLevel = serviceLevel ?? SameDay(),
        StartStep = "intake",
        Steps =
        [
            Human("intake", "clerk",
                Act("accept", "review", effects: [Vocabulary.Effects.StartClock]),
                Act("refuse-intake", "not-accepted", requires: ["reason", "missing-materials"])),
            Human("review", "reviewer",
                Act("pass", "approval"),
                Act("pass-second-review", "second-review", when: "application.price >= 10000000"),
                Act("request-supplement", "awaiting-supplement", requires: ["missing-materials"],
                    effects: [Vocabulary.Effects.SuspendClock, Vocabulary.Effects.NotifyApplicant]),
                Act("refuse", "refused", requires: ["reason"])) with { NotBy = ["intake"] },
            Human("second-review", "manager", Act("pass", "approval")) with { NotBy = ["review"] },
            Human("awaiting-supplement", "clerk",
                Act("resubmit", "review", requires: ["received-materials"], effects: [Vocabulary.Effects.ResumeClock])),
            Human("approval", "approver",
                Act("approve", "certificate", effects: [Vocabulary.Effects.RecordInRegister]),
                Act("return", "review", requires: ["reason"])) with { NotBy = ["review"] },
            new StepDefinition
            {
                Id = "certificate", Kind = StepKind.Wait, OnEnter = [Vocabulary.Effects.AllocateCertificateNumber],
                Until = Vocabulary.WaitTriggers.CertificateReady, Then = "pickup",
            },
            Human("pickup", "clerk", Act("hand-over", "completed", effects: [Vocabulary.Effects.HandOverCertificate])),
            End("completed", EndOutcome.Completed),
            End("refused", EndOutcome.Refused),
            End("not-accepted", EndOutcome.NotAccepted),
        ],
    };

    /// <summary>存量房转移: review and tax verification run in parallel (一窗受理、并行办理) and join before approval.</summary>
    public static WorkflowDefinition SecondHandTransfer(ServiceLevelSpec? serviceLevel = null) => new()
    {
        Id = "second-hand-housing-transfer",
        Version = 1,
        Title = new LocalizedTitle("存量房转移登记", "Second-hand home transfer"),
        Registration = new RegistrationSpec(RegistrationType.Transfer, CertificateKind.PropertyRight),
        ServiceLevel = serviceLevel ?? SameDay(),
        StartStep = "intake",
        Steps =
        [
            Human("intake", "clerk", Act("accept", "checks", effects: [Vocabulary.Effects.StartClock])),
            new StepDefinition { Id = "checks", Kind = StepKind.Parallel, Branches = ["review", "tax-verification"], Join = "checks-done" },
            Human("review", "reviewer", Act("pass", "checks-done"), Act("refuse", "refused", requires: ["reason"])) with { NotBy = ["intake"] },
            Human("tax-verification", "clerk", Act("verify", "checks-done")),
            new StepDefinition { Id = "checks-done", Kind = StepKind.Join, Then = "approval" },
            Human("approval", "approver",
                Act("approve", "prepare-certificate", effects: [Vocabulary.Effects.RecordInRegister])) with { NotBy = ["review"] },
            new StepDefinition
            {
                Id = "prepare-certificate", Kind = StepKind.Automatic, OnEnter = [Vocabulary.Effects.AllocateCertificateNumber], Then = "certificate",
            },
            new StepDefinition { Id = "certificate", Kind = StepKind.Wait, Until = Vocabulary.WaitTriggers.CertificateReady, Then = "pickup" },
            Human("pickup", "clerk", Act("hand-over", "completed")),
            End("completed", EndOutcome.Completed),
            End("refused", EndOutcome.Refused),
        ],
    };
}

/// <summary>The people of the tests: one per role, plus a clerk who also reviews and an approver who also reviews.</summary>
public static class People
{
    public static readonly Actor Clerk = new("clerk-1", new HashSet<string> { "clerk" });
    public static readonly Actor OtherClerk = new("clerk-2", new HashSet<string> { "clerk" });
    public static readonly Actor Reviewer = new("reviewer-1", new HashSet<string> { "reviewer" });
    public static readonly Actor Approver = new("approver-1", new HashSet<string> { "approver" });
    public static readonly Actor Manager = new("manager-1", new HashSet<string> { "manager" });
    /// <summary>Holds both the clerk and the reviewer role (small offices).</summary>
    public static readonly Actor ClerkAndReviewer = new("both-1", new HashSet<string> { "clerk", "reviewer" });
    /// <summary>Holds both the reviewer and the approver role.</summary>
    public static readonly Actor ReviewerAndApprover = new("both-2", new HashSet<string> { "reviewer", "approver" });
}
