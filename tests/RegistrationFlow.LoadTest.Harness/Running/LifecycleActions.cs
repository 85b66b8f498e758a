namespace RegistrationFlow.LoadTest.Running;

/// <summary>The commercial-housing-transfer path a virtual user walks, by the names the API uses.</summary>
public static class LifecycleActions
{
    public const string Create = "create";
    public const string Accept = "accept";
    public const string Pass = "pass";
    public const string Approve = "approve";
    public const string HandOver = "hand-over";

    /// <summary>GET of an application while waiting for certificate-ready; measured, but not counted as an action.</summary>
    public const string Poll = "poll (GET)";

    /// <summary>GET after a 412 (a deadline job changed the application first), before acting again; measured, not an action.</summary>
    public const string Reload = "reload after 412 (GET)";

    public const string ReadyForPickupStatus = "ready-for-pickup";
    public const string PickupStep = "pickup";
}
