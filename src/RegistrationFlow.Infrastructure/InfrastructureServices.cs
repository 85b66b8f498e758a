using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Receipts;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>
    /// Registers the office settings, number allocators, the audit trail, the business calendar and the workflow catalog (read from the
    /// workflows folder, <see cref="WorkflowsFolder.Resolve"/>). The database comes from a storage module registered
    /// beside it (the SQLite or the PostgreSQL storage project's <c>Add…Storage</c>). Relative paths are resolved
    /// against <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddRegistrationInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<OfficeSettings>().Bind(configuration.GetSection(OfficeSettings.Section))
            .Validate(o => TryResolve(o.TimeZone), "Office:TimeZone is not a known time zone.")
            .ValidateOnStart();

        services.AddSingleton<ICertificateNumberFormatter, CertificateNumberFormatter>();
        services.AddScoped<CertificateNumberAllocator>();
        services.AddScoped<ReceiptNumberAllocator>();
        services.AddSingleton<AuditChainHeadCache>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<Identity.SignInAttempts>();
        services.AddScoped<Identity.SignOuts>();
        services.AddScoped<Identity.StaffAccounts>();
        services.AddScoped<Identity.OwnPasswordChanges>();
        services.AddSingleton<Identity.SecurityStamps>();
        services.AddScoped<Identity.UserClaims>();

        var workflows = WorkflowsFolder.Resolve(configuration, contentRoot);
        services.AddSingleton(workflows);
        services.AddSingleton(provider => new CalendarSources(workflows, provider.GetRequiredService<IOptions<OfficeSettings>>().Value.ResolveTimeZone()));
        // From the files until start-up has read the database's imported years and hall hours.
        services.AddSingleton(provider => new LiveBusinessCalendar(provider.GetRequiredService<CalendarSources>().FromFiles()));
        services.AddSingleton<IBusinessCalendar>(provider => provider.GetRequiredService<LiveBusinessCalendar>());
        services.AddSingleton<PromiseRecalculator>();
        services.AddScoped<CalendarImports>();
        services.AddScoped<OfficeHoursEdits>();
        services.AddSingleton(provider => new WorkflowEngine(provider.GetRequiredService<IBusinessCalendar>()));
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<OverdueRule>();
        services.AddScoped<DefinitionStore>();
        services.AddScoped<WorkflowDrafts>();
        services.AddScoped<DefinitionFolderLoader>();

        services.AddScoped<EffectApplier>();
        services.AddScoped<WriteScope>();
        var deadlines = configuration.GetSection(DeadlineSettings.Section).Get<DeadlineSettings>() ?? new DeadlineSettings();
        deadlines.Validate();
        services.AddSingleton(deadlines);
        services.AddSingleton<DeadlinePump>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<Payments.PaymentDesk>();
        services.AddScoped<ApplicationQueries>();
        // The search key itself (Search.SearchIndexKey) is registered by the host, which knows its environment.
        services.AddScoped<Search.ApplicationSearch>();
        services.AddScoped<Search.SearchIndexBuilder>();
        services.AddScoped<Certificates.CertificateQueries>();
        services.AddScoped<Notifications.NotificationQueries>();
        services.AddScoped<WorkflowVersions>();
        services.AddScoped<Reports.DashboardQuery>();
        services.AddScoped<IDeadlineHandler, DeadlineHandler>();
        return services;
    }

    private static bool TryResolve(string timeZone)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(timeZone);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
