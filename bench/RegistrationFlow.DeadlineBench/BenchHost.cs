using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;

namespace RegistrationFlow.DeadlineBench;

/// <summary>
/// The product's web host in this process, as it runs in production except for the settings named here: its own
/// Hangfire server (in-memory storage, 1 s polling, 4 workers), deadline pump and its firing jobs, on the real clock,
/// on a fresh SQLite file. Only the deadline handler is wrapped, to count outcomes.
/// </summary>
internal sealed class BenchHost(BenchOptions options, OutcomeLog outcomes) : WebApplicationFactory<Program>
{
    public string DatabasePath => Path.Combine(options.Folder, "registration.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development"); // demo users; the demo applications are switched off below
        builder.UseSetting("ConnectionStrings:Registration", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Sqlite:Synchronous", options.Synchronous);
        builder.UseSetting("Seed:DemoApplications", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IDeadlineHandler>();
            services.AddScoped<DeadlineHandler>();
            services.AddScoped<IDeadlineHandler>(provider => new RecordingDeadlineHandler(provider.GetRequiredService<DeadlineHandler>(), outcomes));
        });
    }
}
