using Microsoft.Data.Sqlite;
using RegistrationFlow.Infrastructure.Persistence.Sqlite;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Persistence;

public sealed class WriteGateTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Writers_enter_one_at_a_time_in_the_order_they_arrived()
    {
        var gate = new WriteGate(Long);
        var first = await gate.EnterAsync();
        var entered = new List<int>();
        var inside = 0;
        var writers = Enumerable.Range(1, 20).Select(async i =>
        {
            var turn = gate.EnterAsync(); // queued here, in loop order
            using (await turn)
            {
                Assert.Equal(1, Interlocked.Increment(ref inside));
                lock (entered) entered.Add(i);
                await Task.Yield(); // give the other writers a chance to get in, were the gate not exclusive
                Interlocked.Decrement(ref inside);
            }
        }).ToList();
        Assert.Equal(20, gate.Waiting);

        first.Dispose();
        await Task.WhenAll(writers);

        Assert.Equal(Enumerable.Range(1, 20), entered);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task Follow_up_writes_go_ahead_of_the_queue_and_among_themselves_in_order()
    {
        var gate = new WriteGate(Long);
        var first = await gate.EnterAsync();
        var entered = new List<string>();
        Task Writer(string name, bool followUp) => Task.Run(async () =>
        {
            using (await gate.EnterAsync(followUp))
            {
                lock (entered) entered.Add(name);
            }
        });
        var writers = new List<Task>();
        foreach (var (name, followUp) in new[] { ("a", false), ("b", false), ("x", true), ("c", false), ("y", true) })
        {
            writers.Add(Writer(name, followUp));
            await Eventually.TrueAsync(() => Task.FromResult(gate.Waiting == writers.Count), $"{name} queues");
        }

        first.Dispose();
        await Task.WhenAll(writers).WaitAsync(Long);

        Assert.Equal(["x", "y", "a", "b", "c"], entered);
    }

    [Fact]
    public async Task A_flow_marked_as_follow_up_is_one_only_until_the_mark_is_disposed()
    {
        Assert.False(WriteGate.IsFollowUp);
        using (WriteGate.FollowUp())
        {
            Assert.True(WriteGate.IsFollowUp);
            Assert.True(await Task.Run(() => WriteGate.IsFollowUp)); // flows into awaited work
        }
        Assert.False(WriteGate.IsFollowUp);
    }

    [Fact]
    public async Task A_writer_that_gives_up_leaves_the_queue_and_the_order_of_the_others_intact()
    {
        var gate = new WriteGate(Long);
        var first = await gate.EnterAsync();
        using var cancel = new CancellationTokenSource();
        var second = gate.EnterAsync(cancel.Token).AsTask();
        var third = gate.EnterAsync().AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal(1, gate.Waiting);

        first.Dispose();
        using (await third.WaitAsync(Long))
        {
            Assert.Equal(0, gate.Waiting);
        }
        using (await gate.EnterAsync().AsTask().WaitAsync(Long))
        {
        }
    }

    [Fact]
    public async Task A_writer_that_waits_longer_than_the_timeout_fails_as_sqlite_busy_and_the_gate_still_works()
    {
        var gate = new WriteGate(TimeSpan.FromMilliseconds(50));
        var holder = await gate.EnterAsync();

        var busy = await Assert.ThrowsAsync<SqliteException>(() => gate.EnterAsync().AsTask());
        Assert.Equal(5, busy.SqliteErrorCode);
        Assert.Equal(0, gate.Waiting);

        holder.Dispose();
        holder.Dispose(); // a second dispose releases nothing more
        using (await gate.EnterAsync())
        {
            await Assert.ThrowsAsync<SqliteException>(() => gate.EnterAsync().AsTask());
        }
    }
}
