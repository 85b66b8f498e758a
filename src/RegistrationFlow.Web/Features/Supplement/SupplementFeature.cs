namespace RegistrationFlow.Web.Features.Supplement;

/// <summary>The supplement (补正) screen: its reader.</summary>
internal static class SupplementFeature
{
    public static IServiceCollection AddSupplementFeature(this IServiceCollection services) => services.AddScoped<SupplementReader>();
}
