namespace RegistrationFlow.Web.Features.Casework;

/// <summary>Identity numbers on screens: the first six and last four characters, the rest hidden (证件号码脱敏).</summary>
public static class IdMask
{
    public static string Mask(string idNumber)
    {
        if (idNumber.Length <= 8)
        {
            return new string('*', Math.Max(0, idNumber.Length - 2)) + idNumber[^Math.Min(2, idNumber.Length)..];
        }
        return idNumber[..6] + new string('*', idNumber.Length - 10) + idNumber[^4..];
    }
}
