using RegistrationFlow.Backlog.Measuring;
using RegistrationFlow.Backlog.Seeding;

namespace RegistrationFlow.Backlog;

/// <summary>The console entry point (a named class, so a test project that also references the web host sees one <c>Program</c>).</summary>
internal static class BacklogProgram
{
    public static async Task<int> Main(string[] args)
    {
        BacklogOptions options;
        try
        {
            options = BacklogOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        switch (options.Command)
        {
            case "seed" when options.Database is not null:
                try
                {
                    await BacklogSeeder.RunAsync(options, Console.Out, cancel.Token);
                }
                catch (OperationCanceledException)
                {
                    Console.Error.WriteLine("\nStopped; run the same command again to continue.");
                    return 130;
                }
                return 0;
            case "measure":
                return await QueryMeasurement.RunAsync(options, Console.Out, cancel.Token);
            default:
                Console.WriteLine(BacklogOptions.Usage);
                return options.Command == "help" ? 0 : 2;
        }
    }
}
