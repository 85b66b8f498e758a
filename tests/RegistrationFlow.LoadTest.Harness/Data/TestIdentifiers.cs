using System.Globalization;
using RegistrationFlow.Core.Registration.Identifiers;
using CoreResidentId = RegistrationFlow.Core.Registration.Identifiers.ResidentId;

namespace RegistrationFlow.LoadTest.Data;

/// <summary>
/// Random identifiers that pass the service's validation: check characters come from the core's own rules.
/// Unit numbers are unique within one generator (a run prefix plus a counter), so no two applications of a run
/// name the same unit.
/// </summary>
public sealed class TestIdentifiers
{
    public const string CountyCode = "331082";

    // Real area codes in Zhejiang and elsewhere, so birth-place prefixes look like the centre's applicants.
    private static readonly string[] AreaCodes = ["331082", "331002", "331003", "330102", "330106", "110105", "310104", "320102"];
    private static readonly DateOnly EarliestBirth = new(1950, 1, 1);
    private const int BirthDaySpan = 20_000; // about 55 years
    private const string OrganisationCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // digits and letters both standards allow

    private readonly Random _random;
    private readonly string _unitPrefix;
    private long _units;

    public TestIdentifiers(Random? random = null)
    {
        _random = random ?? Random.Shared;
        _unitPrefix = CountyCode + Digits(_random.Next(1, 1000), 3) + Digits(_random.Next(1, 1000), 3);
    }

    public string ResidentId()
    {
        var birth = EarliestBirth.AddDays(_random.Next(BirthDaySpan));
        var first17 = AreaCodes[_random.Next(AreaCodes.Length)]
            + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + Digits(_random.Next(1000), 3);
        return first17 + CoreResidentId.ComputeCheckCharacter(first17);
    }

    /// <summary>A developer's code: 9 (market regulation) 1 (enterprise), Linhai's county code, an organisation code.</summary>
    public string Uscc()
    {
        Span<char> body = stackalloc char[8];
        for (var i = 0; i < body.Length; i++) body[i] = OrganisationCharacters[_random.Next(OrganisationCharacters.Length)];
        var organisation = new string(body) + UnifiedSocialCreditCode.ComputeOrganisationCheckCharacter(body);
        var first17 = "91" + CountyCode + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>A dwelling (F) on state-owned residential land (GB): 28 characters, a new one each call.</summary>
    public string UnitNumber()
    {
        var n = Interlocked.Increment(ref _units);
        var parcel = (n / 10_000 % 99_999) + 1;
        var dwelling = n % 10_000;
        var building = n / 10_000 / 99_999 % 9_999 + 1;
        return _unitPrefix + "GB" + Digits(parcel, 5) + "F" + Digits(building, 4) + Digits(dwelling, 4);
    }

    private static string Digits(long value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>Shared across virtual users; <see cref="Random.Shared"/> is thread-safe.</summary>
    public static TestIdentifiers Shared { get; } = new();
}
