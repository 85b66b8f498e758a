using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Registration.Payments;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Payments;

/// <summary>
/// 缴费 at the counter: takes a payment or voids one, each in one write unit with its audit record, the application
/// row locked so two clerks cannot both take the last yuan; reads the statement of what is owed.
/// </summary>
public sealed class PaymentDesk(RegistrationDbContext db, ITransactionRunner transactions, WorkflowCatalog catalog, TimeProvider time)
{
    public const string PaymentAuditAction = "payment-received";
    public const string VoidAuditAction = "payment-voided";

    /// <summary>The application's fee and payments, oldest first; null when there is no such application.</summary>
    public async Task<FeeStatement?> StatementAsync(Guid applicationId, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        return application is null ? null : await StatementAsync(db, application, cancellationToken);
    }

    public Task<PaymentResult> RecordAsync(Guid applicationId, PaymentInput input, StaffMember by, CancellationToken cancellationToken = default)
    {
        if (!by.Holds(RoleNames.Clerk)) return Task.FromResult<PaymentResult>(new PaymentResult.NotYourRole(RoleNames.Clerk));
        return transactions.RunAsync<PaymentResult>(async (write, ct) =>
        {
            var application = await write.LockAndReadApplicationAsync(applicationId, ct);
            if (application is null) return new PaymentResult.NotFound();
            if (EndedWithoutRegistration(application))
                return new PaymentResult.Conflict(PaymentErrorCodes.NothingDue, LocalizedText.Of(
                    "该申请已结束且未登簿，不收取登记费。", "This application ended without registration: no fee is taken."));
            var statement = await StatementAsync(write.Db, application, ct);
            if (statement.Settled)
                return new PaymentResult.Conflict(PaymentErrorCodes.NothingDue, LocalizedText.Of(
                    $"应缴 {statement.Due} 元已全部缴清。", $"The fee of {statement.Due} yuan is fully paid."));
            var validation = new PaymentValidator(statement.Outstanding).Validate(input);
            if (!validation.IsValid) return new PaymentResult.Invalid(validation.Errors.Select(ToFieldError).ToList());

            var payment = new Payment
            {
                Id = Guid.NewGuid(), ApplicationId = application.Id, AmountFen = FeeStatement.ToFen(input.Amount!.Value), Method = input.Method!,
                Reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim(), ReceivedBy = by.UserName, ReceivedAt = time.GetUtcNow(),
            };
            write.Db.Payments.Add(payment);
            await write.Audit.AppendAsync(new AuditEntry(by.UserName, RoleNames.Clerk, PaymentAuditAction, application.Id,
                Detail: new { paymentId = payment.Id, amount = input.Amount, method = payment.Method, reference = payment.Reference }), ct);
            await write.Db.SaveChangesAsync(ct);
            return new PaymentResult.Done(statement with { Payments = [.. statement.Payments, payment] });
        }, cancellationToken);
    }

    /// <summary>作废: the payment stays, marked void with who, when and why; not once the certificate has been handed over.</summary>
    public Task<PaymentResult> VoidAsync(Guid applicationId, Guid paymentId, string? reason, StaffMember by, CancellationToken cancellationToken = default)
    {
        if (!by.Holds(RoleNames.Clerk) && !by.Holds(RoleNames.Manager)) return Task.FromResult<PaymentResult>(new PaymentResult.NotYourRole(RoleNames.Clerk));
        if (string.IsNullOrWhiteSpace(reason))
            return Task.FromResult<PaymentResult>(new PaymentResult.Invalid([new FieldError("reason", PaymentErrorCodes.VoidReasonRequired,
                LocalizedText.Of("作废收款须写明理由", "Voiding a payment needs the reason"))]));
        return transactions.RunAsync<PaymentResult>(async (write, ct) =>
        {
            var application = await write.LockAndReadApplicationAsync(applicationId, ct);
            if (application is null) return new PaymentResult.NotFound();
            var payment = await write.Db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId && p.ApplicationId == applicationId, ct);
            if (payment is null) return new PaymentResult.NotFound();
            if (payment.VoidedAt is not null)
                return new PaymentResult.Conflict("already-voided", LocalizedText.Of("这笔收款已作废。", "This payment is already void."));
            if (await write.Db.Certificates.AnyAsync(c => c.ApplicationId == applicationId && c.HandedOverAt != null, ct))
                return new PaymentResult.Conflict("certificate-released", LocalizedText.Of(
                    "证书已发放，收款不能再作废。", "The certificate has been handed over; the payment can no longer be voided."));
            payment.VoidedAt = time.GetUtcNow();
            payment.VoidedBy = by.UserName;
            payment.VoidReason = reason.Trim();
            await write.Audit.AppendAsync(new AuditEntry(by.UserName, by.Holds(RoleNames.Clerk) ? RoleNames.Clerk : RoleNames.Manager, VoidAuditAction,
                application.Id, Detail: new { paymentId, amount = payment.AmountFen / 100m, method = payment.Method, reason = payment.VoidReason }), ct);
            await write.Db.SaveChangesAsync(ct);
            return new PaymentResult.Done(await StatementAsync(write.Db, application, ct));
        }, cancellationToken);
    }

    /// <summary>The statement read inside a write unit (the hand-over checks it in its own transaction).</summary>
    public async Task<FeeStatement> StatementAsync(RegistrationDbContext context, Application application, CancellationToken cancellationToken)
    {
        var quote = catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var entry)
            ? FeeStatement.QuoteFor(entry.Definition)
            : new Core.Registration.Fees.FeeQuote(0m, []);
        var payments = await context.Payments.AsNoTracking().Where(p => p.ApplicationId == application.Id)
            .OrderBy(p => p.ReceivedAt).ToListAsync(cancellationToken);
        return new FeeStatement(quote, payments);
    }

    private static bool EndedWithoutRegistration(Application application) =>
        application.RegisteredAt is null && application.Status is ApplicationStatuses.NotAccepted or ApplicationStatuses.Refused or ApplicationStatuses.Withdrawn;

    private static FieldError ToFieldError(ValidationFailure failure) =>
        new(failure.PropertyName, failure.ErrorCode, failure.Text() ?? LocalizedText.Of(failure.ErrorMessage, failure.ErrorMessage));
}
