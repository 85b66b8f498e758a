namespace RegistrationFlow.Web.Features.Applications;

/// <summary>The application's case page: its reader.</summary>
internal static class ApplicationsFeature
{
    public static IServiceCollection AddApplicationsFeature(this IServiceCollection services) => services.AddScoped<CaseFileReader>();
}
