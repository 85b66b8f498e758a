using RegistrationFlow.Web.Features.Casework;
using RegistrationFlow.Web.Features.Intake;

namespace RegistrationFlow.Web.Components;

/// <summary>Services of the feature screens (each feature's adapters over the application services).</summary>
internal static class UiFeatures
{
    public static IServiceCollection AddUiFeatures(this IServiceCollection services)
    {
        services.AddScoped<CaseFileReader>();
        services.AddScoped<IntakeDesk>();
        services.AddScoped<Features.Worklist.WorklistReader>();
        services.AddScoped<Features.Manager.Workflows.WorkflowDesk>();
        services.AddScoped<Features.Manager.Dashboard.DashboardReader>();
        services.AddScoped<Features.Supplement.SupplementReader>();
        return services;
    }
}
