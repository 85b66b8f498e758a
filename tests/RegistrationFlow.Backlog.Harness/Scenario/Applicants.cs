using System.Globalization;
using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Core.Registration.Intake;

namespace RegistrationFlow.Backlog.Scenario;

/// <summary>
/// Deterministic intake for the application numbered <c>index</c> on <c>day</c>: a new-build home sold by a developer
/// to a resident, with identifiers whose check characters come from the core's own rules. The same (day, index) always
/// gives the same command, so a resumed load writes what the first run would have written.
/// </summary>
public static class Applicants
{
    public const string Workflow = "commercial-housing-transfer";

    /// <summary>The required materials of the shipped commercial-housing-transfer definition.</summary>
    public static readonly string[] Materials =
    [
        "application-form", "identity-documents", "developer-credentials", "sale-contract",
        "deed-tax-proof", "developer-first-registration", "purchase-invoice", "interview-record",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "林", "何", "郭", "马", "罗"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "杰", "婷", "浩然", "子涵", "欣怡", "宇轩", "建国", "秀英"];
    private static readonly string[] Streets = ["古城街道", "大洋街道", "江南街道", "大田街道", "邵家渡街道"];
    private static readonly string[] Developers = ["临海望江置业有限公司", "台州东湖房地产开发有限公司", "临海市城投置业有限公司", "浙江灵江房地产有限公司"];
    private static readonly string[] AreaCodes = ["331082", "331002", "331003", "330102", "330106", "110105", "310104", "320102"];
    private const string OrganisationCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static IntakeCommand For(DateOnly day, int index)
    {
        var random = new Random(HashCode.Combine(day.DayNumber, index, 20261130));
        var serial = (long)day.DayNumber * 100_000 + index; // unique per application: the unit number is derived from it
        var parcel = serial / 10_000 % 99_999 + 1;
        var building = serial / 10_000 / 99_999 % 9_999 + 1;
        var dwelling = serial % 10_000;
        var unit = $"331082{(int)(serial % 997) + 1:000}{(int)(serial / 997 % 997) + 1:000}GB{parcel:00000}F{building:0000}{dwelling:0000}";
        return new IntakeCommand
        {
            Workflow = Workflow,
            Property = new PropertyInput
            {
                UnitNumber = unit,
                Address = $"临海市{Streets[random.Next(Streets.Length)]}望江花园{building}幢{dwelling}室",
                Area = Math.Round(60m + random.Next(9_000) / 100m, 2),
                Use = "residential",
            },
            Parties =
            [
                new PartyInput { Role = "buyer", Name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)], IdType = "resident-id", IdNumber = ResidentIdNumber(random), Share = 1 },
                new PartyInput { Role = "seller", Name = Developers[random.Next(Developers.Length)], IdType = "uscc", IdNumber = Uscc(random), Share = 1 },
            ],
            // Below 10 million yuan: review passes straight to approval.
            Price = random.Next(50, 500) * 10_000,
            Materials = Materials,
        };
    }

    private static string ResidentIdNumber(Random random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(20_000));
        var first17 = AreaCodes[random.Next(AreaCodes.Length)] + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(1000).ToString("000", CultureInfo.InvariantCulture);
        return first17 + ResidentId.ComputeCheckCharacter(first17);
    }

    private static string Uscc(Random random)
    {
        Span<char> body = stackalloc char[8];
        for (var i = 0; i < body.Length; i++) body[i] = OrganisationCharacters[random.Next(OrganisationCharacters.Length)];
        var first17 = "91331082" + new string(body) + UnifiedSocialCreditCode.ComputeOrganisationCheckCharacter(body);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
