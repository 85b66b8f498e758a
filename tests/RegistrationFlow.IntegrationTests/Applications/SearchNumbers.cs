using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>Valid identity numbers made for one test each, so tests sharing a host never find each other's parties.</summary>
internal static class SearchNumbers
{
    /// <summary>A resident ID of Linhai (331082), born 1 January 1985, with sequence <paramref name="n"/> and its check character.</summary>
    public static string ResidentId(int n)
    {
        var first17 = $"33108219850101{n % 1000:000}";
        return first17 + Core.Registration.Identifiers.ResidentId.ComputeCheckCharacter(first17);
    }

    /// <summary>A credit code of a Linhai company (91 331082 …) with organisation code <paramref name="n"/> and both check characters.</summary>
    public static string CreditCode(int n)
    {
        var organisation = $"{n % 100_000_000:00000000}";
        var first17 = "91331082" + organisation + UnifiedSocialCreditCode.ComputeOrganisationCheckCharacter(organisation);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
