using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.IntegrationTests.Persistence;

namespace RegistrationFlow.IntegrationTests.Certificates;

public sealed class CertificateNumberTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Fifty_concurrent_registrations_get_fifty_distinct_consecutive_numbers()
    {
        const int year = 2031; // a year no other test of this class uses
        var application = TestData.NewApplication("CERT-50", host.Clock.GetUtcNow());
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.Applications.Add(application);
            await db.SaveChangesAsync();
        });

        var allocations = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await services.GetRequiredService<CertificateNumberAllocator>().AllocateAsync(year, CertificateKind.PropertyRight);
            db.Certificates.Add(new Certificate
            {
                Id = Guid.NewGuid(), Number = number.Number, Kind = number.Kind, Year = number.Year, Sequence = number.Sequence,
                ApplicationId = application.Id, IssuedAt = host.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return number;
        }))));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), allocations.Select(a => a.Sequence).Order());
        Assert.Equal(50, allocations.Select(a => a.Number).Distinct().Count());
        Assert.Contains(allocations, a => a.Number == "浙(2031)临海市不动产权第0000001号");
        Assert.Contains(allocations, a => a.Number == "浙(2031)临海市不动产权第0000050号");

        var stored = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Certificates
            .Where(c => c.Year == year).Select(c => c.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), stored);
    }

    [Fact]
    public async Task A_rolled_back_registration_gives_its_number_back()
    {
        const int year = 2032;
        var first = await AllocateAsync(year, CertificateKind.PropertyRight, commit: false);
        var second = await AllocateAsync(year, CertificateKind.PropertyRight, commit: true);
        var third = await AllocateAsync(year, CertificateKind.PropertyRight, commit: true);

        Assert.Equal(1, first.Sequence);
        Assert.Equal(1, second.Sequence);
        Assert.Equal(2, third.Sequence);
    }

    [Fact]
    public async Task Kinds_are_numbered_separately_and_proofs_use_their_own_word()
    {
        const int year = 2033;
        await AllocateAsync(year, CertificateKind.PropertyRight, commit: true);
        await AllocateAsync(year, CertificateKind.PropertyRight, commit: true);

        var proof = await AllocateAsync(year, CertificateKind.RegistrationProof, commit: true);

        Assert.Equal("浙(2033)临海市不动产证明第0000001号", proof.Number);
    }

    [Fact]
    public async Task The_year_is_the_office_local_year_of_the_registration()
    {
        // 17:30 UTC on 31 December is 01:30 on 1 January in Linhai.
        var registeredAt = new DateTimeOffset(2034, 12, 31, 17, 30, 0, TimeSpan.Zero);

        var number = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var allocated = await services.GetRequiredService<CertificateNumberAllocator>().AllocateAsync(registeredAt, CertificateKind.PropertyRight);
            await transaction.CommitAsync();
            return allocated;
        });

        Assert.Equal(2035, number.Year);
        Assert.StartsWith("浙(2035)临海市", number.Number);
    }

    [Fact]
    public async Task Allocation_outside_a_transaction_is_refused()
    {
        await host.InScopeAsync(async services =>
        {
            var allocator = services.GetRequiredService<CertificateNumberAllocator>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => allocator.AllocateAsync(2036, CertificateKind.PropertyRight));
        });
    }

    [Fact]
    public async Task A_workflow_without_a_certificate_gets_no_number()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => AllocateAsync(2037, CertificateKind.None, commit: true));
    }

    private Task<AllocatedCertificateNumber> AllocateAsync(int year, CertificateKind kind, bool commit) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<RegistrationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await services.GetRequiredService<CertificateNumberAllocator>().AllocateAsync(year, kind);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
        return number;
    });
}
