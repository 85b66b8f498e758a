namespace RegistrationFlow.Web.Components.Time;

/// <summary>
/// One real-time tick a second per circuit for every countdown on the screen. Real time on purpose: a fast training
/// clock should make the countdown jump, not the screen redraw sixty times a second.
/// </summary>
public sealed class SecondTicker : IDisposable
{
    private readonly PeriodicTimer _timer = new(TimeSpan.FromSeconds(1));
    private readonly CancellationTokenSource _stop = new();

    public SecondTicker() => _ = RunAsync();

    public event Action? Tick;

    private async Task RunAsync()
    {
        try
        {
            while (await _timer.WaitForNextTickAsync(_stop.Token))
            {
                Tick?.Invoke();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _timer.Dispose();
        _stop.Dispose();
    }
}
