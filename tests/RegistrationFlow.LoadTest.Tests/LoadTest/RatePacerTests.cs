using System.Diagnostics;
using RegistrationFlow.LoadTest.Running;

namespace RegistrationFlow.LoadTest.Tests.LoadTest;

public sealed class RatePacerTests
{
    [Fact]
    public void Slots_are_spaced_by_the_inverse_of_the_rate()
    {
        var pacer = new RatePacer(200, Stopwatch.GetTimestamp());

        Assert.Equal(TimeSpan.Zero, pacer.DueAt(0));
        Assert.Equal(TimeSpan.FromMilliseconds(5), pacer.DueAt(1));
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.DueAt(200));
    }

    [Fact]
    public async Task A_slot_long_past_is_reported_late_and_not_waited_for()
    {
        var anHourAgo = Stopwatch.GetTimestamp() - Stopwatch.Frequency * 3600;
        var pacer = new RatePacer(1, anHourAgo);

        var waited = Stopwatch.StartNew();
        Assert.True(await pacer.WaitForSlotAsync(CancellationToken.None));
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_future_slot_is_waited_for_and_is_not_late()
    {
        var pacer = new RatePacer(10, Stopwatch.GetTimestamp());
        await pacer.WaitForSlotAsync(CancellationToken.None); // slot 0, now

        var waited = Stopwatch.StartNew();
        var late = await pacer.WaitForSlotAsync(CancellationToken.None); // slot 1, 100 ms after the start

        Assert.False(late);
        Assert.True(waited.Elapsed >= TimeSpan.FromMilliseconds(80), $"waited only {waited.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void A_window_with_a_count_hands_out_exactly_that_many_items()
    {
        var window = new RunWindow(Stopwatch.GetTimestamp(), duration: null, items: 3, CancellationToken.None);
        var claimed = new List<long>();
        while (window.TryClaim(out var item)) claimed.Add(item);

        Assert.Equal([0, 1, 2], claimed);
    }

    [Fact]
    public void A_window_whose_time_is_up_hands_out_nothing()
    {
        var window = new RunWindow(Stopwatch.GetTimestamp() - Stopwatch.Frequency, TimeSpan.FromMilliseconds(500), items: null, CancellationToken.None);

        Assert.True(window.TimeIsUp);
        Assert.False(window.TryClaim(out _));
    }
}
