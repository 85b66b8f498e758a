using System.Reflection;
using System.Text.Json;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Benchmarks;

/// <summary>
/// The commercial-housing-transfer flow (商品房转移登记) as the product defines it, built in C#:
/// intake → review → approval → certificate (wait until the next working day's opening) → pickup → completed,
/// with review's guarded branches, on the shipped business calendar.
/// </summary>
public static class HousingTransferFlow
{
    public const decimal SecondReviewThreshold = 10_000_000m;

    /// <summary>An ordinary case: 900 000 yuan, so review passes straight to approval.</summary>
    public static readonly JsonElement Application = JsonDocument.Parse("""{"price": 900000, "parties": [{"role":"buyer"},{"role":"seller"}]}""").RootElement.Clone();

    public static readonly Actor Clerk = new("clerk-1", new HashSet<string> { "clerk" });
    public static readonly Actor Reviewer = new("reviewer-1", new HashSet<string> { "reviewer" });
    public static readonly Actor Approver = new("approver-1", new HashSet<string> { "approver" });

    /// <summary>Thursday 18 June 2026, Linhai time: accepted 10:00, reviewed 10:30, registered 11:00.</summary>
    public static readonly DateTimeOffset AcceptedAt = new(2026, 6, 18, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset ReviewedAt = AcceptedAt.AddMinutes(30);
    public static readonly DateTimeOffset RegisteredAt = AcceptedAt.AddHours(1);
    /// <summary>Friday 19 June 2026 is a holiday (端午节) and so are the 20th and 21st: the certificate is ready Monday 22 June 08:30.</summary>
    public static readonly DateTimeOffset CertificateReadyAt = new(2026, 6, 22, 8, 30, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset HandedOverAt = CertificateReadyAt.AddMinutes(15);

    public static WorkflowDefinition Definition() => new()
    {
        Id = "commercial-housing-transfer",
        Version = 3,
        Title = new LocalizedTitle("商品房转移登记", "New-build home transfer"),
        Registration = new RegistrationSpec(RegistrationType.Transfer, CertificateKind.PropertyRight),
        Fee = new FeeSpec(80m, 10m),
        ServiceLevel = new ServiceLevelSpec
        {
            Complete = CompletionRule.SameDay,
            CutOff = new TimeOnly(16, 0),
            CertificateReady = CertificateReadyRule.NextWorkingDayOpen,
            WarnBefore = TimeSpan.FromMinutes(60),
            OnSupplement = SupplementClock.Restart,
        },
        StartStep = "intake",
        Steps =
        [
            Human("intake", "clerk", "受理", "Intake",
                Act("accept", "review", effects: [Vocabulary.Effects.StartClock]),
                Act("refuse-intake", "not-accepted", requires: ["reason", "missing-materials"])),
            Human("review", "reviewer", "审核", "Review",
                // `pass` carries the complement of pass-second-review's guard, so the ordinary path evaluates one guard.
                Act("pass", "approval", when: "application.price < 10000000"),
                Act("pass-second-review", "second-review", when: "application.price >= 10000000"),
                Act("request-supplement", "awaiting-supplement", requires: ["missing-materials"],
                    effects: [Vocabulary.Effects.SuspendClock, Vocabulary.Effects.NotifyApplicant]),
                Act("refuse", "refused", requires: ["reason"])) with { NotBy = ["intake"] },
            Human("second-review", "manager", "复审", "Second review", Act("pass", "approval")) with { NotBy = ["review"] },
            Human("awaiting-supplement", "clerk", "补正", "Awaiting supplement",
                Act("resubmit", "review", requires: ["received-materials"], effects: [Vocabulary.Effects.ResumeClock])),
            Human("approval", "approver", "核准登簿", "Approval",
                Act("approve", "certificate", effects: [Vocabulary.Effects.RecordInRegister]),
                Act("return", "review", requires: ["reason"])) with { NotBy = ["review"] },
            new StepDefinition
            {
                Id = "certificate", Kind = StepKind.Wait, Title = new LocalizedTitle("缮证", "Certificate"),
                OnEnter = [Vocabulary.Effects.AllocateCertificateNumber], Until = Vocabulary.WaitTriggers.CertificateReady, Then = "pickup",
            },
            Human("pickup", "clerk", "领证", "Pickup", Act("hand-over", "completed")),
            new StepDefinition { Id = "completed", Kind = StepKind.End, Outcome = EndOutcome.Completed },
            new StepDefinition { Id = "refused", Kind = StepKind.End, Outcome = EndOutcome.Refused },
            new StepDefinition { Id = "not-accepted", Kind = StepKind.End, Outcome = EndOutcome.NotAccepted },
        ],
    };

    /// <summary>The shipped holiday data (embedded in this assembly), Linhai's default hours, UTC+8.</summary>
    public static BusinessCalendar Calendar()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("calendar/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (name["calendar/".Length..], reader.ReadToEnd());
            })
            .ToList();
        return new BusinessCalendar(HolidayData.FromFiles(files), OfficeHours.LinhaiDefault, OfficeTimeZone.FixedShanghai);
    }

    private static StepDefinition Human(string id, string role, string zh, string en, params ActionDefinition[] actions) => new()
    {
        Id = id, Kind = StepKind.Human, Role = role, Title = new LocalizedTitle(zh, en), Actions = actions,
    };

    private static ActionDefinition Act(string name, string to, string[]? requires = null, string[]? effects = null, string? when = null) => new()
    {
        Name = name, To = to, Requires = requires ?? [], Effects = effects ?? [], When = when,
    };
}
