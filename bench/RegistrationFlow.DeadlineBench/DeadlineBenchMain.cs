using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.DeadlineBench;

/// <summary>The entry point (a named class: the web host's <c>Program</c> is the one the host factory starts).</summary>
internal static class DeadlineBenchMain
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            if (args.Contains("--help")) { Console.WriteLine(BenchOptions.Usage); return 0; }
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (Directory.Exists(options.Folder)) Directory.Delete(options.Folder, recursive: true);
        Directory.CreateDirectory(options.Folder);
        // The host's content root (workflows, calendar files): the web project's folder in this repository.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REGISTRATIONFLOW_WEB", WebProjectFolder());
        var outcomes = new OutcomeLog();
        await using var host = new BenchHost(options, outcomes);
        _ = host.Server; // start: migrations, demo users, workflows, Hangfire server
        Console.WriteLine($"deadline punctuality: synchronous={options.Synchronous}, database {host.DatabasePath}, {Environment.ProcessorCount} cores");

        var template = await TemplateApplication.CreateAsync(host.Services);
        var results = new List<SetResult>();
        if (options.Spread > 0)
        {
            results.Add(await DeadlineSet.RunAsync(host.Services, outcomes, template, "spread", options.Spread,
                (i, first) => first + options.SpreadOver * i / options.Spread, options));
        }
        if (options.Cliff > 0)
        {
            // All within one second: the end-of-day cliff.
            results.Add(await DeadlineSet.RunAsync(host.Services, outcomes, template, "cliff", options.Cliff,
                (i, first) => first + TimeSpan.FromMilliseconds(1000.0 * i / options.Cliff), options));
        }

        SetResult.WriteTable(results, Console.Out);
        foreach (var result in results) Console.WriteLine(result.ResultLine);
        SqliteConnection.ClearAllPools();
        return results.All(r => r.Complete) ? 0 : 1;
    }

    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var web = Path.Combine(folder.FullName, "src", "RegistrationFlow.Web");
            if (File.Exists(Path.Combine(folder.FullName, "RegistrationFlow.sln")) && Directory.Exists(web)) return web;
        }
        throw new DirectoryNotFoundException("Run the bench from its build folder inside the repository (src/RegistrationFlow.Web not found above it).");
    }
}
