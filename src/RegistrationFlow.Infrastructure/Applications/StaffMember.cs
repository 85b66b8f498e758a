using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>The signed-in person acting: user name (what history and separation of duties record) and roles.</summary>
public sealed record StaffMember(string UserName, IReadOnlySet<string> Roles)
{
    /// <summary>The actor deadlines and start-up act as.</summary>
    public static readonly StaffMember System = new("system", new HashSet<string>());

    public Actor ToActor() => new(UserName, Roles);

    public bool Holds(string role) => Roles.Contains(role);
}
