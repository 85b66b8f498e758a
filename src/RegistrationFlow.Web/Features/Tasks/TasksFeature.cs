namespace RegistrationFlow.Web.Features.Tasks;

/// <summary>The worklist screen: its reader.</summary>
internal static class TasksFeature
{
    public static IServiceCollection AddTasksFeature(this IServiceCollection services) => services.AddScoped<WorklistReader>();
}
