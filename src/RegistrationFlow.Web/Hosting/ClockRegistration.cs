using RegistrationFlow.Infrastructure.Time;

namespace RegistrationFlow.Web.Hosting;

internal static class ClockRegistration
{
    /// <summary>
    /// Registers the one <see cref="TimeProvider"/> every component reads: the machine's clock following the database
    /// server's (<see cref="ServerClock"/>; on one SQLite node simply the machine's), or the training clock running on it
    /// when "Clock:StartAt" or "Clock:Rate" is set. The training clock is refused in Production.
    /// </summary>
    public static IServiceCollection AddRegistrationClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(ClockSettings.Section).Get<ClockSettings>() ?? new ClockSettings();
        var server = new ServerClock();
        services.AddSingleton(server);
        services.AddHostedService<ServerClockFollower>();
        if (!settings.IsTraining)
        {
            services.AddSingleton<TimeProvider>(server);
            return services;
        }
        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "生产环境不允许使用培训时钟：请删除 Clock:StartAt 和 Clock:Rate 配置。 " +
                "The training clock is refused in Production: remove the Clock:StartAt and Clock:Rate settings.");
        }
        if (!(settings.Rate > 0))
        {
            throw new InvalidOperationException($"Clock:Rate must be a positive number of simulated seconds per real second; it is {settings.Rate}.");
        }

        var clock = new TrainingTimeProvider(settings.StartAt ?? server.GetUtcNow(), settings.Rate, server);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(clock);
        return services;
    }
}
