using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Web.Components.Localization;

namespace RegistrationFlow.Web.Components.Layout;

/// <summary>Who did something, as the screens name them: staff by user name, the product itself (deadlines, loading workflow files) as "system".</summary>
public static class ActorNames
{
    public static readonly LocalizedText System = LocalizedText.Of("系统（自动）", "system (automatic)");

    public static string Of(string? actor) => actor == StaffMember.System.UserName ? System.Local() : actor ?? "—";
}
