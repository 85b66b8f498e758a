using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace RegistrationFlow.Web.Hangfire;

/// <summary>
/// Hangfire's log provider is process-wide (a static), set by each host as it starts. When several hosts share a process
/// one after another (the integration tests), a component may ask the provider of a host already disposed for a logger;
/// it then gets a silent one instead of an <see cref="ObjectDisposedException"/>.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();
        public bool Log(global::Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
