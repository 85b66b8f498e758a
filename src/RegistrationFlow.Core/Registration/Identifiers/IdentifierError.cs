using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Registration.Identifiers;

/// <summary>
/// Why a text is not a valid identifier: a stable <see cref="Code"/> (e.g. <c>resident-id.check-character</c>) and a
/// message for the person at the counter. For structured identifiers (the unit number) <see cref="Segment"/> names the
/// part that is wrong and <see cref="Offset"/>/<see cref="Length"/> give its characters (0-based) in the normalised text.
/// </summary>
public sealed record IdentifierError(string Code, LocalizedText Message)
{
    public string? Segment { get; init; }
    public int? Offset { get; init; }
    public int? Length { get; init; }

    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>Thrown by the <c>Parse</c> methods; carries the same <see cref="IdentifierError"/> that <c>TryParse</c> reports.</summary>
public sealed class IdentifierFormatException(IdentifierError error) : FormatException(error.ToString())
{
    public IdentifierError Error { get; } = error;
}
