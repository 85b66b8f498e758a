using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.IntegrationTests.Hosting;

/// <summary>Drives applications through the real application service of a host.</summary>
public static class ApplicationDriver
{
    public const string Workflow = "commercial-housing-transfer";

    public static IntakeCommand NewBuildTransfer(string workflow = Workflow) => new()
    {
        Workflow = workflow,
        Property = new PropertyInput { UnitNumber = "331082001001GB00001F00010001", Address = "临海市古城街道东湖路 1 号 1 幢 101 室", Area = 89.5m, Use = "residential" },
        Parties =
        [
            new PartyInput { Role = "buyer", Name = "张三", IdType = "resident-id", IdNumber = "11010519491231002X", Share = 1 },
            new PartyInput { Role = "seller", Name = "临海某房地产开发有限公司", IdType = "uscc", IdNumber = "91350100M000100Y43", Share = 1 },
        ],
        Price = 1_250_000m,
        Materials = ["application-form", "identity-documents", "developer-credentials", "sale-contract", "deed-tax-proof",
            "developer-first-registration", "purchase-invoice", "interview-record"],
    };

    public static async Task<Application> CreateAsync(this ServiceHost host, string workflow = Workflow)
    {
        var result = await host.InScopeAsync(services =>
        {
            // Every material the workflow lists has been received, so the clerk may accept (受理).
            var catalog = services.GetRequiredService<RegistrationFlow.Infrastructure.Workflows.WorkflowCatalog>();
            var command = NewBuildTransfer(workflow);
            if (catalog.TryGetPublished(workflow, out var entry))
                command = command with { Materials = entry.Definition.Materials.Select(m => m.Id).ToList() };
            return services.GetRequiredService<ApplicationService>().CreateAsync(command, Staff.Clerk);
        });
        return Assert.IsType<CreateResult.Created>(result).Application;
    }

    public static async Task<Application> ActAsync(this ServiceHost host, Guid applicationId, string action, StaffMember by, ActionInput? input = null)
    {
        var current = await host.ApplicationAsync(applicationId);
        var result = await host.InScopeAsync(services => services.GetRequiredService<ApplicationService>()
            .ActAsync(applicationId, action, current.RowVersion, input ?? ActionInput.None, by));
        return Assert.IsType<ActResult.Done>(result).Application;
    }

    /// <summary>Created and accepted by the clerk now: the service-level clock runs.</summary>
    public static async Task<Application> AcceptedAsync(this ServiceHost host, string workflow = Workflow)
    {
        var created = await host.CreateAsync(workflow);
        return await host.ActAsync(created.Id, "accept", Staff.Clerk);
    }

    /// <summary>Accepted, passed by the reviewer and approved (登簿) by the approver, all now.</summary>
    public static async Task<Application> RegisteredAsync(this ServiceHost host)
    {
        var accepted = await host.AcceptedAsync();
        await host.ActAsync(accepted.Id, "pass", Staff.Reviewer);
        return await host.ActAsync(accepted.Id, "approve", Staff.Approver);
    }

    public static Task<Application> ApplicationAsync(this ServiceHost host, Guid id) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<List<Deadline>> DeadlinesAsync(this ServiceHost host, Guid applicationId) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Deadlines.AsNoTracking()
            .Where(d => d.ApplicationId == applicationId).ToListAsync());

    public static async Task<Deadline> DeadlineAsync(this ServiceHost host, Guid applicationId, DeadlineKind kind) =>
        (await host.DeadlinesAsync(applicationId)).Single(d => d.Kind == kind && d.State != DeadlineState.Cancelled);

    public static Task<Deadline> DeadlineAsync(this ServiceHost host, Guid deadlineId) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Deadlines.AsNoTracking().SingleAsync(d => d.Id == deadlineId));

    public static Task<List<AuditRecordView>> HistoryAsync(this ServiceHost host, Guid applicationId) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().AuditRecords.AsNoTracking()
            .Where(r => r.ApplicationId == applicationId).OrderBy(r => r.Sequence)
            .Select(r => new AuditRecordView(r.Action, r.Actor, r.Instant)).ToListAsync());

    public static Task<List<OutboxNotification>> NotificationsAsync(this ServiceHost host, Guid? applicationId = null) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().OutboxNotifications.AsNoTracking()
            .Where(n => applicationId == null || n.ApplicationId == applicationId).ToListAsync());

    public static async Task WaitUntilFiredAsync(this ServiceHost host, Guid deadlineId) =>
        await Eventually.TrueAsync(async () => (await host.DeadlineAsync(deadlineId)).State == DeadlineState.Fired, $"deadline {deadlineId} fired");
}

public sealed record AuditRecordView(string Action, string Actor, DateTimeOffset Instant);
