namespace RegistrationFlow.Web.Security;

/// <summary>
/// Marks an endpoint or a page a person who must change their password may still use (<see cref="PasswordChangeGate"/>):
/// the change itself, who is signed in, signing out, the antiforgery token the change needs, and signing in.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowedBeforePasswordChangeAttribute : Attribute;

internal static class AllowedBeforePasswordChangeExtensions
{
    public static TBuilder AllowedBeforePasswordChange<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowedBeforePasswordChangeAttribute());
}
