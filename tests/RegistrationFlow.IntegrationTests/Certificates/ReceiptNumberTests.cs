using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Receipts;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Certificates;

public sealed class ReceiptNumberTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Receipt_numbers_run_per_office_local_day()
    {
        var linhai = TimeSpan.FromHours(8);
        var morning = new DateTimeOffset(2026, 3, 3, 8, 40, 0, linhai);
        var afternoon = new DateTimeOffset(2026, 3, 3, 15, 0, 0, linhai);
        // 16:30 UTC on 3 March is 00:30 on 4 March in Linhai: a new day, a new sequence.
        var afterMidnight = new DateTimeOffset(2026, 3, 3, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal("LH202603030001", await AllocateAsync(morning));
        Assert.Equal("LH202603030002", await AllocateAsync(afternoon));
        Assert.Equal("LH202603040001", await AllocateAsync(afterMidnight));
        Assert.Equal("LH202603030003", await AllocateAsync(afternoon));
    }

    private Task<string> AllocateAsync(DateTimeOffset at) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<RegistrationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await services.GetRequiredService<ReceiptNumberAllocator>().AllocateAsync(at);
        await transaction.CommitAsync();
        return number;
    });
}
