namespace RegistrationFlow.Web.Features.Intake;

/// <summary>The counter's intake screen: its desk over the application service.</summary>
internal static class IntakeFeature
{
    public static IServiceCollection AddIntakeFeature(this IServiceCollection services) => services.AddScoped<IntakeDesk>();
}
