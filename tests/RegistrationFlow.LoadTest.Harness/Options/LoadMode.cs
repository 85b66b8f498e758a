namespace RegistrationFlow.LoadTest.Options;

public enum LoadMode
{
    /// <summary>Each virtual user runs whole commercial-housing-transfer lifecycles, one after another.</summary>
    Lifecycle,

    /// <summary>Pre-loads open applications (accepted, deadlines running) and completed ones, resuming from what exists.</summary>
    Backlog,
}
