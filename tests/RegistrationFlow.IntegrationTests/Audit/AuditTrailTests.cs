using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Audit;

public sealed class AuditTrailTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Appended_records_form_a_chain_that_verifies()
    {
        var applicationId = Guid.NewGuid();
        await AppendAsync(new AuditEntry("clerk", "clerk", "accept", applicationId, "intake", "review", new { comment = "材料齐全" }));
        await host.InScopeAsync(async services =>
        {
            // Two records in one caller transaction, saved by the caller.
            var db = services.GetRequiredService<RegistrationDbContext>();
            var trail = services.GetRequiredService<AuditTrail>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await trail.AppendAsync(new AuditEntry("reviewer", "reviewer", "pass", applicationId, "review", "approval"));
            await trail.AppendAsync(new AuditEntry("system", null, "deadline-warning", applicationId));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        var records = await AllRecordsAsync();
        Assert.Equal(Enumerable.Range(1, records.Count).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.Equal(AuditHasher.GenesisHash, records[0].PreviousHash);
        for (var i = 1; i < records.Count; i++)
        {
            Assert.Equal(records[i - 1].Hash, records[i].PreviousHash);
        }
        Assert.Null(await VerifyAsync());
    }

    [Fact]
    public async Task Concurrent_appends_never_fork_the_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            AppendAsync(new AuditEntry($"user{i}", "clerk", "concurrent")))));

        var records = await AllRecordsAsync();
        Assert.Equal(records.Count, records.Select(r => r.PreviousHash).Distinct().Count());
        Assert.Null(await VerifyAsync());
    }

    [Fact]
    public async Task Appends_by_another_node_are_followed_and_never_overwritten()
    {
        var mine = await AppendAsync(new AuditEntry("clerk", "clerk", "this-node"));
        // Another node (its own process, its own view of the head) appends twice.
        for (var i = 0; i < 2; i++)
        {
            await host.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<RegistrationDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                await new AuditTrail(db, new AuditChainHeadCache(), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IRowLocks>())
                    .AppendAsync(new AuditEntry("reviewer", "reviewer", "other-node"));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
        }
        var next = await AppendAsync(new AuditEntry("clerk", "clerk", "this-node-again"));

        Assert.Equal(mine.Sequence + 3, next.Sequence);
        var records = await AllRecordsAsync();
        Assert.Equal(records[^2].Hash, next.PreviousHash);
        Assert.Equal(2, records.Count(r => r.Action == "other-node"));
        Assert.Null(await VerifyAsync());
    }

    [Fact]
    public async Task A_rolled_back_append_leaves_no_trace()
    {
        await AppendAsync(new AuditEntry("clerk", "clerk", "before"));
        var before = (await AllRecordsAsync()).Count;
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("clerk", "clerk", "rolled-back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        await AppendAsync(new AuditEntry("clerk", "clerk", "after"));

        var records = await AllRecordsAsync();
        Assert.Equal(before + 1, records.Count);
        Assert.DoesNotContain(records, r => r.Action == "rolled-back");
        Assert.Null(await VerifyAsync());
    }

    [Fact]
    public async Task An_altered_record_is_found_and_named()
    {
        await AppendAsync(new AuditEntry("approver", "approver", "approve", Guid.NewGuid(), "approval", "certificate"));
        var target = await AppendAsync(new AuditEntry("approver", "approver", "approve", Guid.NewGuid(), "approval", "certificate"));
        await AppendAsync(new AuditEntry("clerk", "clerk", "hand-over"));

        await ExecuteAsync("UPDATE \"AuditRecords\" SET \"Actor\" = 'someone-else' WHERE \"Sequence\" = {0}", target.Sequence);
        try
        {
            var broken = await VerifyAsync();
            Assert.NotNull(broken);
            Assert.Equal(target.Sequence, broken.Sequence);
            Assert.Contains("altered", broken.Reason.EnUs);
        }
        finally
        {
            await ExecuteAsync("UPDATE \"AuditRecords\" SET \"Actor\" = 'approver' WHERE \"Sequence\" = {0}", target.Sequence);
        }
        Assert.Null(await VerifyAsync());
    }

    [Fact]
    public async Task A_rehashed_forgery_breaks_the_next_link()
    {
        var target = await AppendAsync(new AuditEntry("approver", "approver", "approve"));
        await AppendAsync(new AuditEntry("clerk", "clerk", "hand-over"));
        var forged = new AuditRecord
        {
            Sequence = target.Sequence, Instant = target.Instant, Actor = "someone-else", Role = target.Role, Action = target.Action,
            PreviousHash = target.PreviousHash, Hash = "",
        };
        forged.Hash = AuditHasher.Hash(forged);

        await ExecuteAsync("UPDATE \"AuditRecords\" SET \"Actor\" = {0}, \"Hash\" = {1} WHERE \"Sequence\" = {2}", forged.Actor, forged.Hash, target.Sequence);
        try
        {
            var broken = await VerifyAsync();
            Assert.NotNull(broken);
            Assert.Equal(target.Sequence + 1, broken.Sequence);
        }
        finally
        {
            await ExecuteAsync("UPDATE \"AuditRecords\" SET \"Actor\" = {0}, \"Hash\" = {1} WHERE \"Sequence\" = {2}", target.Actor, target.Hash, target.Sequence);
        }
        Assert.Null(await VerifyAsync());
    }

    [Fact]
    public async Task A_deleted_last_record_is_found()
    {
        var last = await AppendAsync(new AuditEntry("manager", "manager", "publish"));

        await ExecuteAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = {0}", last.Sequence);
        try
        {
            var broken = await VerifyAsync();
            Assert.NotNull(broken);
            Assert.Equal(last.Sequence, broken.Sequence);
        }
        finally
        {
            await host.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<RegistrationDbContext>();
                db.AuditRecords.Add(last);
                await db.SaveChangesAsync();
            });
        }
        Assert.Null(await VerifyAsync());
    }

    [Fact]
    public async Task An_append_outside_a_write_unit_is_refused_and_writes_nothing()
    {
        var before = (await AllRecordsAsync()).Count;
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.InScopeAsync(services =>
            services.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("clerk", "clerk", "outside"))));
        Assert.Equal(before, (await AllRecordsAsync()).Count);
    }

    /// <summary>One record in a write unit of its own, as the product appends.</summary>
    private Task<AuditRecord> AppendAsync(AuditEntry entry) =>
        host.InScopeAsync(services => services.GetRequiredService<ITransactionRunner>().RunAsync(async (write, ct) =>
        {
            var record = await write.Audit.AppendAsync(entry, ct);
            await write.Db.SaveChangesAsync(ct);
            return record;
        }));

    private Task<AuditChainBreak?> VerifyAsync() =>
        host.InScopeAsync(services => services.GetRequiredService<AuditTrail>().VerifyAsync());

    private Task<List<AuditRecord>> AllRecordsAsync() => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());

    private Task ExecuteAsync(string sql, params object[] parameters) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Database.ExecuteSqlRawAsync(sql, parameters));
}
