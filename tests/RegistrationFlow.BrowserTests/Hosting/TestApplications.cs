using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.BrowserTests.Hosting;

/// <summary>Applications made through the application service (as the counter would), for tests that start later in the flow.</summary>
public static class TestApplications
{
    public const string Workflow = "commercial-housing-transfer";
    public const string DeveloperCode = "91350100M000100Y43";

    public static readonly string[] CommercialMaterials =
    [
        "application-form", "identity-documents", "developer-credentials", "sale-contract", "deed-tax-proof",
        "developer-first-registration", "purchase-invoice", "interview-record",
    ];

    private static int _sequence;

    /// <summary>A valid resident ID number born on the given date, with the check character computed by the core.</summary>
    public static string ResidentIdNumber(string area, string birth, int sequence)
    {
        var first17 = $"{area}{birth}{sequence:000}";
        return first17 + ResidentId.ComputeCheckCharacter(first17);
    }

    public static IntakeCommand Commercial(string buyerName)
    {
        var n = Interlocked.Increment(ref _sequence);
        return new IntakeCommand
        {
            Workflow = Workflow,
            Property = new PropertyInput { UnitNumber = $"331082001001GB{n:00000}F00010001", Address = $"临海市古城街道测试路{n}号", Area = 89.5m, Use = "residential" },
            Parties =
            [
                new PartyInput { Role = "buyer", Name = buyerName, IdType = "resident-id", IdNumber = ResidentIdNumber("331082", "19900101", 100 + n) },
                new PartyInput { Role = "seller", Name = "临海测试置业有限公司", IdType = "uscc", IdNumber = DeveloperCode },
            ],
            Price = 1_250_000m,
            Materials = CommercialMaterials,
        };
    }

    /// <summary>Created and accepted (受理) by <c>clerk</c>: waiting for review.</summary>
    public static async Task<Application> AcceptedAsync(AppHost host, string buyerName)
    {
        return await host.InScopeAsync(async services =>
        {
            var applications = services.GetRequiredService<ApplicationService>();
            var clerk = new StaffMember("clerk", new HashSet<string> { "clerk" });
            var created = await applications.CreateAsync(Commercial(buyerName), clerk);
            var application = created is CreateResult.Created c ? c.Application : throw new InvalidOperationException(created.ToString());
            var accepted = await applications.ActAsync(application.Id, "accept", application.RowVersion, ActionInput.None, clerk);
            return accepted is ActResult.Done done ? done.Application : throw new InvalidOperationException(accepted.ToString());
        });
    }

    /// <summary>Accepted, then sent back by <c>reviewer</c> for the given materials (补正).</summary>
    public static async Task<Application> AwaitingSupplementAsync(AppHost host, string buyerName, params string[] missing)
    {
        var accepted = await AcceptedAsync(host, buyerName);
        return await ActAsync(host, accepted, "request-supplement", new ActionInput(MissingMaterials: missing), "reviewer", "reviewer");
    }

    /// <summary>Accepted, then refused (不予登记) by <c>reviewer</c> with <paramref name="reason"/>.</summary>
    public static async Task<Application> RefusedAsync(AppHost host, string buyerName, string reason)
    {
        var accepted = await AcceptedAsync(host, buyerName);
        return await ActAsync(host, accepted, "refuse", new ActionInput(Reason: reason), "reviewer", "reviewer");
    }

    /// <summary>Accepted and passed by <c>reviewer</c>: waiting at approval.</summary>
    public static async Task<Application> PassedAsync(AppHost host, string buyerName)
    {
        var accepted = await AcceptedAsync(host, buyerName);
        return await ActAsync(host, accepted, "pass", ActionInput.None, "reviewer", "reviewer");
    }

    /// <summary>Accepted, passed by <c>reviewer</c> and registered (登簿) by <c>approver</c>: a certificate number is allocated.</summary>
    public static async Task<Application> RegisteredAsync(AppHost host, string buyerName)
    {
        var accepted = await AcceptedAsync(host, buyerName);
        var passed = await ActAsync(host, accepted, "pass", ActionInput.None, "reviewer", "reviewer");
        return await ActAsync(host, passed, "approve", ActionInput.None, "approver", "approver");
    }

    /// <summary>
    /// Moves the clock to the application's certificate-ready instant and fires that deadline, as its job would:
    /// the application becomes ready for pick-up.
    /// </summary>
    public static async Task<Application> CertificateReadyAsync(AppHost host, Guid applicationId)
    {
        return await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            var deadline = await db.Deadlines.AsNoTracking().SingleAsync(d => d.ApplicationId == applicationId && d.Kind == DeadlineKind.CertificateReady);
            host.Clock.MoveTo(deadline.DueAt.AddSeconds(1));
            var outcome = await services.GetRequiredService<IDeadlineHandler>().HandleAsync(deadline.Id, CancellationToken.None);
            Assert.True(outcome is DeadlineOutcome.Fired or DeadlineOutcome.AlreadyDone, outcome.ToString());
            return await db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId);
        });
    }

    private static Task<Application> ActAsync(AppHost host, Application application, string action, ActionInput input, string user, string role) =>
        host.InScopeAsync(async services =>
        {
            var applications = services.GetRequiredService<ApplicationService>();
            var current = await services.GetRequiredService<RegistrationDbContext>().Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
            var result = await applications.ActAsync(application.Id, action, current.RowVersion, input, new StaffMember(user, new HashSet<string> { role }));
            return result is ActResult.Done done ? done.Application : throw new InvalidOperationException(result.ToString());
        });
}
