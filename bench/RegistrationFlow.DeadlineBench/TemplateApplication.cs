using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.DeadlineBench;

/// <summary>
/// One new-build transfer created and accepted through the application service (so its instance state has a running
/// service-level clock), and copied as many times as a set has deadlines: each deadline belongs to its own application.
/// </summary>
internal static class TemplateApplication
{
    private const string Workflow = "commercial-housing-transfer";

    public static async Task<Application> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (!provider.GetRequiredService<WorkflowCatalog>().TryGetPublished(Workflow, out var workflow))
            throw new InvalidOperationException($"The workflow {Workflow} is not published.");
        var clerk = new StaffMember("clerk", new HashSet<string> { RoleNames.Clerk });
        var service = provider.GetRequiredService<ApplicationService>();
        var created = await service.CreateAsync(new IntakeCommand
        {
            Workflow = Workflow,
            Property = new PropertyInput
            {
                UnitNumber = "331082001001GB00001F00010001", Address = "临海市古城街道靖江路 88 号 1 幢 101 室", Area = 89.5m, Use = "residential",
            },
            Parties =
            [
                new PartyInput { Role = "buyer", Name = "张三", IdType = "resident-id", IdNumber = "11010519491231002X", Share = 1 },
                new PartyInput { Role = "seller", Name = "临海市示范房地产开发有限公司", IdType = "uscc", IdNumber = "91350100M000100Y43", Share = 1 },
            ],
            Price = 1_250_000,
            Materials = workflow.Definition.Materials.Where(m => m.Required).Select(m => m.Id).ToList(),
        }, clerk);
        if (created is not CreateResult.Created { Application: var application })
            throw new InvalidOperationException($"The template application was not created: {created}");
        var accepted = await service.ActAsync(application.Id, "accept", application.RowVersion, ActionInput.None, clerk);
        if (accepted is not ActResult.Done)
            throw new InvalidOperationException($"The template application was not accepted: {accepted}");
        return await provider.GetRequiredService<RegistrationDbContext>().Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
    }

    /// <summary>
    /// A copy whose service-level warning instant is <paramref name="warningAt"/>, so a warning deadline due after it makes
    /// the engine act (notify the open step's role, mark the warning sent) as it does at a real application's warning time.
    /// </summary>
    public static Application Copy(Application template, string receiptNumber, DateTimeOffset warningAt) => new()
    {
        Id = Guid.NewGuid(),
        ReceiptNumber = receiptNumber,
        WorkflowId = template.WorkflowId,
        WorkflowVersion = template.WorkflowVersion,
        Property = new PropertyRecord
        {
            UnitNumber = template.Property.UnitNumber, Address = template.Property.Address, Area = template.Property.Area, Use = template.Property.Use,
        },
        Parties = template.Parties.Select(p => new PartyRecord { Role = p.Role, Name = p.Name, IdType = p.IdType, IdNumber = p.IdNumber, Share = p.Share }).ToList(),
        Materials = [.. template.Materials],
        Price = template.Price,
        CurrentSteps = [.. template.CurrentSteps],
        Status = template.Status,
        CreatedAt = template.CreatedAt,
        CreatedBy = template.CreatedBy,
        AcceptedAt = template.AcceptedAt,
        DueAt = template.DueAt,
        InstanceState = WithWarningAt(template.InstanceState, warningAt),
        Data = template.Data,
        RowVersion = 1,
    };

    private static string WithWarningAt(string instanceState, DateTimeOffset warningAt)
    {
        var state = JsonNode.Parse(instanceState)!;
        state["Clock"]!["WarningAt"] = warningAt;
        return state.ToJsonString();
    }
}
