using Microsoft.Extensions.DependencyInjection;

namespace RegistrationFlow.Infrastructure.Deadlines;

public static class DeadlineServices
{
    /// <summary>
    /// The Hangfire side of deadlines: scheduler, dispatcher (a hosted service on the product clock), reconciler and
    /// the job class. Needs a Hangfire <c>JobStorage</c> and <c>IBackgroundJobClient</c> and an <see cref="IDeadlineHandler"/>.
    /// </summary>
    public static IServiceCollection AddDeadlineScheduling(this IServiceCollection services)
    {
        services.AddSingleton<DeadlineDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<DeadlineDispatcher>());
        services.AddSingleton<IDeadlineScheduler, HangfireDeadlineScheduler>();
        services.AddScoped<DeadlineReconciler>();
        services.AddScoped<DeadlineJob>();
        return services;
    }
}
