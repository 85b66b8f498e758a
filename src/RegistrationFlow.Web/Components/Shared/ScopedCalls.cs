namespace RegistrationFlow.Web.Components.Shared;

/// <summary>
/// Runs one call of a screen in its own service scope. A circuit lives for as long as the tab is open, so the
/// screens never hold a DbContext across clicks: each click gets fresh services, like one API request does.
/// </summary>
public sealed class ScopedCalls(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> call) where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> call)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider);
    }

    public async Task RunAsync(Func<IServiceProvider, Task> call)
    {
        await using var scope = scopes.CreateAsyncScope();
        await call(scope.ServiceProvider);
    }
}
