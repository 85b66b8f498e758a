namespace RegistrationFlow.Web.Features.Workflows;

/// <summary>The managers' workflow screens: their desk over drafts and the catalog.</summary>
internal static class WorkflowsFeature
{
    public static IServiceCollection AddWorkflowsFeature(this IServiceCollection services) => services.AddScoped<WorkflowDesk>();
}
