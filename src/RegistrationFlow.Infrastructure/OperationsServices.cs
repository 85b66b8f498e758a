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
    /// Service-level enforcement and the office's routine jobs: the deadline scheduler, dispatcher (a hosted service on
    /// the product clock) and reconciler, the daily report and the calendar coverage check. Needs Hangfire's
    /// <c>JobStorage</c> and <c>IBackgroundJobClient</c>, and an <see cref="IDeadlineHandler"/> when a deadline job runs
    /// (<see cref="DeadlineJob"/> is made by the job activator, not registered, so a host without one still starts).
    /// </summary>
    public static IServiceCollection AddRegistrationOperations(this IServiceCollection services)
    {
        services.AddSingleton<DeadlineDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<DeadlineDispatcher>());
        services.AddSingleton<IDeadlineScheduler, HangfireDeadlineScheduler>();
        services.AddScoped<DeadlineReconciler>();
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
