using Hangfire;

namespace RegistrationFlow.Web.Hangfire;

/// <summary>Creates each job's class in a DI scope of its own (one DbContext per job run), from this host's container.</summary>
internal sealed class ScopedJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);
        public override void DisposeScope() => scope.Dispose();
    }
}
