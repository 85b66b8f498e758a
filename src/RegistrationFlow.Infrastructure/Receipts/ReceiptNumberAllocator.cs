using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Receipts;

/// <summary>
/// Receipt numbers (受理编号) <c>{prefix}{yyyyMMdd}{sequence:0000}</c>, sequential per office-local day,
/// allocated like certificate numbers: a counter row updated inside the caller's transaction.
/// </summary>
public sealed class ReceiptNumberAllocator(RegistrationDbContext db, IOptions<OfficeSettings> office, IRowLocks locks)
{
    public async Task<string> AllocateAsync(DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        CounterRows.RequireTransaction(db, "Receipt number allocation");
        var settings = office.Value;
        var day = DateOnly.FromDateTime(settings.ToLocal(receivedAt).DateTime);

        await locks.LockAuditHeadAsync(db, cancellationToken);
        var key = new Dictionary<string, object> { [nameof(ReceiptCounter.Day)] = day };
        var sequence = await CounterRows.NextAsync<ReceiptCounter>(db, key, nameof(ReceiptCounter.NextValue), cancellationToken);
        return $"{settings.ReceiptPrefix}{day:yyyyMMdd}{sequence:0000}";
    }
}
