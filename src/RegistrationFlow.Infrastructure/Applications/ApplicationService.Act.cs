using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationService
{
    /// <summary>
    /// Takes <paramref name="action"/> on the application as <paramref name="by"/>, if <paramref name="expectedRowVersion"/>
    /// (the caller's ETag) is still current. Refusals of separation of duties are audited; other refusals write nothing.
    /// The application is read, checked and changed in one transaction, so nothing can change it in between.
    /// </summary>
    public async Task<ActResult> ActAsync(Guid applicationId, string action, long expectedRowVersion, ActionInput input, StaffMember by,
        CancellationToken cancellationToken = default)
    {
        ActOutcome outcome;
        try
        {
            outcome = await transactions.RunAsync(
                (write, ct) => ActInTransactionAsync(write, applicationId, action, expectedRowVersion, input, by, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node committed a change to a row this action read (PostgreSQL; SQLite's single writer never meets one).
            return new ActResult.Conflict(LocalizedText.Of(
                "他人已先处理了该申请，请刷新后查看。", "Someone else acted on this application first; reload it to see what changed."));
        }
        if (outcome.Deadlines is { } deadlines) pump.Expect(deadlines);
        return outcome.Result;
    }

    private sealed record ActOutcome(ActResult Result, DeadlineChanges? Deadlines = null);

    private async Task<ActOutcome> ActInTransactionAsync(WriteScope write, Guid applicationId, string action, long expectedRowVersion,
        ActionInput input, StaffMember by, CancellationToken cancellationToken)
    {
        var db = write.Db;
        var application = await write.LockAndReadApplicationAsync(applicationId, cancellationToken);
        if (application is null) return new ActOutcome(new ActResult.NotFound());
        if (application.RowVersion != expectedRowVersion) return new ActOutcome(new ActResult.Stale(application.RowVersion));

        var workflow = Pinned(application);
        var state = InstanceStateJson.Read(application.InstanceState);
        var data = ApplicationData.Parse(application.Data);
        var now = time.GetUtcNow();
        var role = RoleFor(workflow.Compiled, state, action);
        var fromSteps = ApplicationService.StepsOf(application);

        var result = engine.Apply(workflow.Compiled, state, data, action, by.ToActor(), input, now);
        if (result is EngineResult.Refused refused)
        {
            if (refused.Refusal.Code == RefusalCode.SeparationOfDuties)
            {
                db.ChangeTracker.Clear();
                await write.Audit.AppendAsync(new AuditEntry(by.UserName, role, ApplicationAuditActions.SeparationOfDutiesRefused, application.Id,
                    FromStep: fromSteps, Detail: new { action, refusal = refused.Refusal.Detail, message = ApplicationAuditActions.Message(refused.Refusal.Message) }), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            return new ActOutcome(new ActResult.Refused(refused.Refusal));
        }
        var accepted = (EngineResult.Accepted)result;
        Payment? taken = null;
        if (accepted.Effects.OfType<CertificateHandedOver>().Any())
        {
            // 领证: not while the fee is unpaid, and only to a named person; checked before anything is written.
            var statement = new Payments.FeeStatement(Payments.FeeStatement.QuoteFor(workflow.Definition),
                await db.Payments.AsNoTracking().Where(p => p.ApplicationId == application.Id).ToListAsync(cancellationToken));
            if (input.Payment is { } offered)
            {
                var (payment, paymentErrors) = TakePayment(application, statement, offered, by, now);
                if (paymentErrors.Count > 0) return new ActOutcome(new ActResult.Invalid(paymentErrors));
                taken = payment!;
                statement = statement with { Payments = [.. statement.Payments, taken] };
                input = input with { Payment = offered with { Amount = payment!.AmountFen / 100m } };
            }
            if (!statement.Settled)
                return new ActOutcome(new ActResult.Invalid([new FieldError("fee", Core.Registration.Payments.PaymentErrorCodes.FeeUnpaid, LocalizedText.Of(
                    $"登记费尚欠 {statement.Outstanding} 元（应缴 {statement.Due} 元），缴清后方可发证。",
                    $"{statement.Outstanding} yuan of the {statement.Due} yuan fee is unpaid; the certificate is released once it is paid."))]));
            if (CollectorErrors(application, input.Collector, now) is { Count: > 0 } collectorErrors)
                return new ActOutcome(new ActResult.Invalid(collectorErrors));
        }

        var actedStep = accepted.State.Visits.Count > state.Visits.Count ? accepted.State.Visits[^1].StepId : null;
        var openTasks = await write.Effects.OpenTasksAsync(application.Id, cancellationToken);
        if (actedStep is not null && openTasks.FirstOrDefault(t => t.Step == actedStep && t.ClaimedBy is not null && t.ClaimedBy != by.UserName)
                is { ClaimedBy: { } holder })
            return new ActOutcome(new ActResult.Conflict(LocalizedText.Of($"该任务已由 {holder} 领取。", $"This task is claimed by {holder}.")));

        if (taken is not null) db.Payments.Add(taken); // every check passed: the fee is taken with the hand-over
        var deadlines = await write.Effects.ApplyAsync(application, accepted.State, accepted.Effects, by.UserName, now, cancellationToken, openTasks);
        if (accepted.Effects.OfType<CertificateHandedOver>().Any() && input.Collector is { } collector)
            await db.Certificates.Where(c => c.ApplicationId == application.Id && c.CollectorName == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.CollectedAs, collector.Capacity)
                    .SetProperty(c => c.CollectorName, collector.Name!.Trim())
                    .SetProperty(c => c.CollectorIdType, collector.IdType)
                    .SetProperty(c => c.CollectorIdNumber, collector.IdNumber!.Trim().ToUpperInvariant()), cancellationToken);
        await write.Audit.AppendAsync(new AuditEntry(by.UserName, role, action, application.Id, fromSteps, ApplicationService.StepsOf(application),
            Detail: ActionDetail(input, application, accepted.Effects)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ActOutcome(new ActResult.Done(application), deadlines);
    }

    /// <summary>
    /// 缴费 with the hand-over (the counter takes the fee as it gives the certificate): the amount left out is what is
    /// still owed. Problems are keyed <c>payment.*</c>; the row is added by the caller, in the same write unit.
    /// </summary>
    private static (Payment? Payment, List<FieldError> Errors) TakePayment(Application application, Payments.FeeStatement statement,
        Core.Registration.Payments.PaymentInput offered, StaffMember by, DateTimeOffset now)
    {
        if (statement.Settled)
            return (null, [new FieldError("payment", Core.Registration.Payments.PaymentErrorCodes.NothingDue, LocalizedText.Of(
                $"应缴 {statement.Due} 元已缴清，无需再收。", $"The fee of {statement.Due} yuan is already paid."))]);
        var resolved = offered with { Amount = offered.Amount ?? statement.Outstanding };
        var validation = new Core.Registration.Payments.PaymentValidator(statement.Outstanding).Validate(resolved);
        if (!validation.IsValid)
            return (null, validation.Errors.Select(f => ToFieldError(f) with { Path = "payment." + f.PropertyName }).ToList());
        return (new Payment
        {
            Id = Guid.NewGuid(), ApplicationId = application.Id, AmountFen = Payments.FeeStatement.ToFen(resolved.Amount!.Value), Method = resolved.Method!,
            Reference = string.IsNullOrWhiteSpace(resolved.Reference) ? null : resolved.Reference.Trim(), ReceivedBy = by.UserName, ReceivedAt = now,
        }, []);
    }

    /// <summary>The collector's problems, keyed <c>collector.*</c>; none when the collector may take the certificate.</summary>
    private List<FieldError> CollectorErrors(Application application, Core.Registration.Pickup.CollectorInput? collector, DateTimeOffset now)
    {
        if (collector is null)
            return [new FieldError("collector", Core.Registration.Pickup.CollectorErrorCodes.Required, LocalizedText.Of(
                "请登记领取人：申请人本人或委托代理人，以及其证件", "Record who collects the certificate: an applicant in person or an agent, with their identity document"))];
        var applicants = application.Parties.Select(p => (p.IdType, p.IdNumber)).ToList();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, engine.Calendar.TimeZone).DateTime);
        return new Core.Registration.Pickup.CollectorValidator(applicants, today).Validate(collector).Errors
            .Select(f => ToFieldError(f) with { Path = "collector." + f.PropertyName }).ToList();
    }

    /// <summary>The version an application is pinned to; it stays in the catalog for as long as the row exists.</summary>
    private CatalogEntry Pinned(Application application) =>
        catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var entry)
            ? entry
            : throw new InvalidOperationException($"Workflow {application.WorkflowId} v{application.WorkflowVersion} is not in the catalog.");

    /// <summary>The role the action is taken in: the role of the open step that offers it, or the withdrawal role.</summary>
    public static string? RoleFor(CompiledWorkflow workflow, InstanceState state, string action)
    {
        foreach (var reference in workflow.ActionsNamed(action))
        {
            var step = workflow.Steps[reference.Step];
            if (state.Tokens.Any(t => t.StepId == step.Id)) return step.Role;
        }
        return action == Vocabulary.WithdrawAction ? workflow.WithdrawRole : null;
    }

    /// <summary>What an action's audit record keeps beside who, what and when; bulk loaders write the same.</summary>
    public static object ActionDetail(ActionInput input, Application application, IReadOnlyList<Effect> effects) => new
    {
        comment = input.Comment,
        reason = input.Reason,
        missingMaterials = input.MissingMaterials,
        receivedMaterials = input.ReceivedMaterials,
        certificateNumber = effects.OfType<CertificateNumberRequested>().Any() ? application.CertificateNumber : null,
        registeredOnTime = effects.OfType<RecordedInRegister>().Select(r => (bool?)r.OnTime).FirstOrDefault(),
        missedByApplicant = effects.OfType<RecordedInRegister>().Any(r => r.MissedByApplicant) ? true : (bool?)null,
        collector = input.Collector is { } c && effects.OfType<CertificateHandedOver>().Any()
            ? new { capacity = c.Capacity, name = c.Name, idType = c.IdType, idNumber = Core.Registration.Identifiers.IdentityNumberMask.Mask(c.IdNumber ?? "") }
            : null,
        payment = input.Payment is { } p && effects.OfType<CertificateHandedOver>().Any()
            ? new { amount = p.Amount, method = p.Method, reference = p.Reference }
            : null,
        owed = effects.OfType<MaterialsOwed>().Select(o => new { materials = o.Ids, promisedBy = o.PromisedBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }).FirstOrDefault(),
    };
}
