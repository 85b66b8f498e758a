using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Hosting;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Infrastructure.Notifications;
using RegistrationFlow.Infrastructure.Reports;

namespace RegistrationFlow.Infrastructure;

public static class OperationsServices
{
    /// <summary>
    /// Service-level enforcement and the office's routine jobs: the deadline pump (a hosted service on the product clock
    /// that enqueues <see cref="DeadlineFiringJob"/> when rows are due), the daily report, the calendar coverage check and
    /// the refresh of what nodes share. Needs Hangfire's <c>JobStorage</c> and <c>IBackgroundJobClient</c>.
    /// </summary>
    public static IServiceCollection AddRegistrationOperations(this IServiceCollection services)
    {
        services.AddHostedService(provider => provider.GetRequiredService<DeadlinePump>());
        services.AddScoped<DeadlineFiringJob>();
        services.AddScoped<ManagerNotices>();
        services.AddScoped<DailyReportQuery>();
        services.AddScoped<DailyReportJob>();
        services.AddScoped<CalendarCoverageJob>();
        services.AddSingleton<CalendarRefresher>();
        services.AddSingleton<DefinitionRefresher>();
        services.AddHostedService<NodeRefresher>();
        return services;
    }
}
