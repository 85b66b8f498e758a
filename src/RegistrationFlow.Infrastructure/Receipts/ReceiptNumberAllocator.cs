using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Receipts;

/// <summary>
/// Receipt numbers (受理编号) <c>{prefix}{yyyyMMdd}{sequence:0000}</c>, sequential per office-local day,
/// allocated like certificate numbers: a counter row updated inside the caller's transaction.
/// </summary>
public sealed class ReceiptNumberAllocator(RegistrationDbContext db, IOptions<OfficeSettings> office)
{
    public async Task<string> AllocateAsync(DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        CounterRows.RequireTransaction(db, "Receipt number allocation");
        var settings = office.Value;
        var day = DateOnly.FromDateTime(settings.ToLocal(receivedAt).DateTime);
        var counter = db.ReceiptCounters.Where(c => c.Day == day);

        long sequence;
        var taken = await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.NextValue, c => c.NextValue + 1), cancellationToken);
        if (taken == 0)
        {
            await CounterRows.InsertAsync<ReceiptCounter>(db, new Dictionary<string, object>
            {
                [nameof(ReceiptCounter.Day)] = day,
                [nameof(ReceiptCounter.NextValue)] = 2L,
            }, cancellationToken);
            sequence = 1;
        }
        else
        {
            sequence = await counter.Select(c => c.NextValue).SingleAsync(cancellationToken) - 1;
        }
        return $"{settings.ReceiptPrefix}{day:yyyyMMdd}{sequence:0000}";
    }
}
