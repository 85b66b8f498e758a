using FluentValidation.Results;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Receipts;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// Starts applications and takes actions on them. Every change is one transaction: instance state, denormalised
/// columns, task rows, deadline rows, certificate, notifications and the audit record commit together; new deadline
/// rows are handed to the deadline pump after the commit.
/// </summary>
public sealed partial class ApplicationService(
    RegistrationDbContext db,
    ITransactionRunner transactions,
    WorkflowCatalog catalog,
    WorkflowEngine engine,
    DeadlinePump pump,
    IOptions<OfficeSettings> office,
    SearchIndexKey searchKey,
    TimeProvider time)
{
    /// <summary>Validates the intake against the workflow's published version and starts the application at its start step.</summary>
    public async Task<CreateResult> CreateAsync(IntakeCommand command, StaffMember by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.Workflow))
            return Invalid("workflow", IntakeErrorCodes.WorkflowRequired, LocalizedText.Of("请选择登记业务", "The workflow is required"));
        if (!catalog.TryGetPublished(command.Workflow, out var workflow))
            return Invalid("workflow", "intake.workflow.unknown", LocalizedText.Of(
                $"没有名为“{command.Workflow}”的已发布登记业务", $"There is no published workflow named '{command.Workflow}'"));

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(office.Value.ToLocal(now).DateTime);
        var validation = await new IntakeValidator(workflow.Definition, today).ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
            return new CreateResult.Invalid(validation.Errors.Select(ToFieldError).ToList());

        var application = NewApplicationRow.Build(command, workflow, by, now);
        var data = ApplicationData.Parse(application.Data);
        var start = engine.Start(workflow.Compiled, data, now);
        if (start is EngineResult.Refused refused) return new CreateResult.Refused(refused.Refusal);
        var started = (EngineResult.Accepted)start;

        var deadlines = await transactions.RunAsync(async (write, ct) =>
        {
            application.ReceiptNumber = await write.Receipts.AllocateAsync(now, ct);
            write.Db.Applications.Add(application);
            // The identity digests and address pairs commit with the application (triggers add unit number and names).
            write.Db.ApplicationSearchTerms.AddRange(SearchTermRows.For(application, searchKey));
            var changes = await write.Effects.ApplyAsync(application, started.State, started.Effects, by.UserName, now, ct, isNew: true);
            await write.Audit.AppendAsync(new AuditEntry(by.UserName, RoleNames.Clerk, ApplicationAuditActions.Created, application.Id,
                ToStep: ApplicationService.StepsOf(application),
                Detail: new { receiptNumber = application.ReceiptNumber, workflow = workflow.Id, version = workflow.Version }), ct);
            await write.Db.SaveChangesAsync(ct);
            return changes;
        }, cancellationToken);
        pump.Expect(deadlines);
        return new CreateResult.Created(application);
    }

    /// <summary>The open steps as the audit trail records them ("review", or "land-check,tax-check" in parallel), null when none.</summary>
    public static string? StepsOf(Application application) =>
        application.CurrentSteps.Count == 0 ? null : string.Join(",", application.CurrentSteps);

    private static FieldError ToFieldError(ValidationFailure failure) =>
        new(failure.PropertyName, failure.ErrorCode, failure.Text() ?? LocalizedText.Of(failure.ErrorMessage, failure.ErrorMessage));

    private static CreateResult.Invalid Invalid(string path, string code, LocalizedText message) => new([new FieldError(path, code, message)]);
}
