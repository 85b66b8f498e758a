using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Web.Hosting;

/// <summary>
/// A handful of demonstration applications in different steps, created through the application service (so every
/// rule, task, deadline and audit record is real) when the demo users are seeded and the database has none yet.
/// </summary>
internal static class DemoApplications
{
    private static readonly StaffMember Clerk = new("clerk", new HashSet<string> { RoleNames.Clerk });
    private static readonly StaffMember Reviewer = new("reviewer", new HashSet<string> { RoleNames.Reviewer });
    private static readonly StaffMember Approver = new("approver", new HashSet<string> { RoleNames.Approver });

    /// <summary>How far each demo application is taken along the new-build transfer flow.</summary>
    private static readonly string[][] Journeys =
    [
        [],
        ["accept"],
        ["accept"],
        ["accept", "pass"],
        ["accept", "request-supplement"],
        ["accept", "pass", "approve"],
    ];

    public static async Task SeedAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RegistrationDbContext>();
        if (await db.Applications.AnyAsync(cancellationToken)) return;
        var catalog = services.GetRequiredService<WorkflowCatalog>();
        if (!catalog.TryGetPublished("commercial-housing-transfer", out var workflow)) return;
        var applications = services.GetRequiredService<ApplicationService>();

        var created = 0;
        for (var i = 0; i < Journeys.Length; i++)
        {
            var result = await applications.CreateAsync(Command(workflow.Definition, i), Clerk, cancellationToken);
            if (result is not CreateResult.Created { Application: var application })
            {
                logger.LogWarning("Demo application {Index} was not created: {Result}", i, result);
                continue;
            }
            created++;
            var rowVersion = application.RowVersion;
            foreach (var action in Journeys[i])
            {
                var acted = await applications.ActAsync(application.Id, action, rowVersion, InputFor(action), ActorFor(action), cancellationToken);
                if (acted is not ActResult.Done done)
                {
                    logger.LogWarning("Demo application {Number} stopped before {Action}: {Result}", application.ReceiptNumber, action, acted);
                    break;
                }
                rowVersion = done.Application.RowVersion;
            }
        }
        logger.LogWarning("Seeded {Count} demo applications in different steps (demo data: not for production).", created);
    }

    private static StaffMember ActorFor(string action) => action switch
    {
        "pass" or "request-supplement" => Reviewer,
        "approve" => Approver,
        _ => Clerk,
    };

    private static ActionInput InputFor(string action) => action == "request-supplement"
        ? new ActionInput("缺契税完税凭证 / deed-tax proof missing", null, ["deed-tax-proof"], null)
        : ActionInput.None;

    private static IntakeCommand Command(WorkflowDefinition workflow, int index) => new()
    {
        Workflow = workflow.Id,
        Property = new PropertyInput
        {
            UnitNumber = $"331082001001GB00001F0001{index + 1:0000}",
            Address = $"临海市古城街道靖江路 88 号 1 幢 {index + 1:00}01 室",
            Area = 89.5m + index * 10,
            Use = "residential",
        },
        Parties =
        [
            new PartyInput { Role = "buyer", Name = DemoBuyers[index % DemoBuyers.Length], IdType = "resident-id", IdNumber = "11010519491231002X", Share = 1 },
            new PartyInput { Role = "seller", Name = "临海市示范房地产开发有限公司", IdType = "uscc", IdNumber = "91350100M000100Y43", Share = 1 },
        ],
        Price = 1_250_000 + index * 50_000,
        Materials = workflow.Materials.Where(m => m.Required).Select(m => m.Id).ToList(),
    };

    private static readonly string[] DemoBuyers = ["张三", "李四", "王五", "赵六", "钱七", "孙八"];
}
