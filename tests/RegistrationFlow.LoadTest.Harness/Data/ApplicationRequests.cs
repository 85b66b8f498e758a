namespace RegistrationFlow.LoadTest.Data;

/// <summary>Bodies for POST /api/applications: a new-build home sold by a developer to a resident.</summary>
public static class ApplicationRequests
{
    public const string Workflow = "commercial-housing-transfer";

    /// <summary>The required materials of the shipped commercial-housing-transfer definition.</summary>
    public static readonly string[] Materials =
    [
        "application-form", "identity-documents", "developer-credentials", "sale-contract",
        "deed-tax-proof", "developer-first-registration", "purchase-invoice", "interview-record",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "林"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "杰", "婷", "浩然", "子涵"];
    private static readonly string[] Streets = ["古城街道", "大洋街道", "江南街道", "大田街道", "邵家渡街道"];

    public static object NewTransfer(TestIdentifiers ids, Random random)
    {
        var unit = ids.UnitNumber();
        var building = int.Parse(unit.AsSpan(20, 4), provider: null);
        var dwelling = int.Parse(unit.AsSpan(24, 4), provider: null);
        return new
        {
            workflow = Workflow,
            property = new
            {
                unitNumber = unit,
                address = $"临海市{Streets[random.Next(Streets.Length)]}望江花园{building}幢{dwelling}室",
                area = Math.Round(60 + random.NextDouble() * 90, 2),
                use = "residential",
            },
            parties = new object[]
            {
                new { role = "buyer", name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)], idType = "resident-id", idNumber = ids.ResidentId(), share = 1 },
                new { role = "seller", name = "临海望江置业有限公司", idType = "uscc", idNumber = ids.Uscc(), share = 1 },
            },
            // Below 10 million yuan, so review passes straight to approval (no second review).
            price = random.Next(50, 500) * 10_000,
            materials = Materials,
        };
    }
}
