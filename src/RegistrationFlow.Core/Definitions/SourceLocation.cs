namespace RegistrationFlow.Core.Definitions;

/// <summary>Where something stands in a definition file (1-based line and column); <see cref="Unknown"/> when built in code.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public static readonly SourceLocation Unknown = new(0, 0);

    public override string ToString() => Line == 0 ? "?" : $"{Line}:{Column}";
}
