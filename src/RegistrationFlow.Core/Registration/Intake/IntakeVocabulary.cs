using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Registration.Intake;

/// <summary>The fixed words of an intake command and their names for people.</summary>
public static class IntakeVocabulary
{
    public const int MaxAddressLength = 200;
    public const int MaxNameLength = 100;
    public const decimal MaxArea = 1_000_000m;

    public static class IdTypeIds
    {
        public const string ResidentId = "resident-id";
        public const string Uscc = "uscc";
        public const string Passport = "passport";
        public const string Other = "other";
    }

    public static readonly IReadOnlyList<string> IdTypes = [IdTypeIds.ResidentId, IdTypeIds.Uscc, IdTypeIds.Passport, IdTypeIds.Other];

    public static readonly IReadOnlyList<string> PropertyUses = ["residential", "commercial", "office", "industrial", "garage", "other"];

    private static readonly Dictionary<string, LocalizedText> PartyRoleNames = new()
    {
        ["buyer"] = LocalizedText.Of("买受人", "buyer"),
        ["seller"] = LocalizedText.Of("出卖人", "seller"),
        ["mortgagor"] = LocalizedText.Of("抵押人", "mortgagor"),
        ["mortgagee"] = LocalizedText.Of("抵押权人", "mortgagee"),
        ["owner"] = LocalizedText.Of("权利人", "owner"),
        ["applicant"] = LocalizedText.Of("申请人", "applicant"),
    };

    /// <summary>A party role for people, e.g. "买受人（buyer）" / "buyer"; an unknown role is shown as written.</summary>
    public static LocalizedText PartyRoleName(string role) =>
        PartyRoleNames.TryGetValue(role, out var name) ? LocalizedText.Of($"{name.ZhCn}（{role}）", name.EnUs) : LocalizedText.Of(role, role);
}
