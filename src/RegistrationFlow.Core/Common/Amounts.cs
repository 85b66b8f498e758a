namespace RegistrationFlow.Core.Common;

/// <summary>Money and areas as a registration records them: yuan and square metres to the cent and the hundredth.</summary>
public static class Amounts
{
    /// <summary>The largest price a registration takes (ten billion yuan); more is a typing error, not a sale.</summary>
    public const decimal MaxPrice = 10_000_000_000m;

    public const int MaxDecimals = 2;

    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, MaxDecimals) == value;
}
