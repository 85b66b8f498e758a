namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>The next receipt sequence for one office-local day.</summary>
public sealed class ReceiptCounter
{
    public DateOnly Day { get; set; }
    public long NextValue { get; set; }
}
