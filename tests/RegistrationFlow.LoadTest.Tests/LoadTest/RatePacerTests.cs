using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
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
        var time = new FakeTimeProvider();
        var start = time.GetTimestamp();
        time.Advance(TimeSpan.FromHours(1));
        var pacer = new RatePacer(1, start, time);

        var slot = pacer.WaitForSlotAsync(CancellationToken.None);

        Assert.True(slot.IsCompleted); // no time had to pass
        Assert.True(await slot);
    }

    [Fact]
    public async Task A_future_slot_is_waited_for_and_is_not_late()
    {
        var time = new FakeTimeProvider();
        var pacer = new RatePacer(10, time.GetTimestamp(), time);
        await pacer.WaitForSlotAsync(CancellationToken.None); // slot 0, now

        var slot = pacer.WaitForSlotAsync(CancellationToken.None).AsTask(); // slot 1, 100 ms after the start
        time.Advance(TimeSpan.FromMilliseconds(80));
        Assert.False(slot.IsCompleted, "the slot began 80 ms after the start, before it was due");
        time.Advance(TimeSpan.FromMilliseconds(20));

        Assert.False(await slot.WaitAsync(TimeSpan.FromSeconds(10)));
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
