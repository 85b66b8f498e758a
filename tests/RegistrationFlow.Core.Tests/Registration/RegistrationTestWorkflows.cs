using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Registration;

/// <summary>Workflow definitions shaped like the shipped ones, as far as intake and fees look at them.</summary>
internal static class RegistrationTestWorkflows
{
    public static WorkflowDefinition CommercialHousingTransfer() => new()
    {
        Id = "commercial-housing-transfer",
        Version = 1,
        Title = new LocalizedTitle("商品房转移登记", "New-build home transfer"),
        Registration = new RegistrationSpec(RegistrationType.Transfer, CertificateKind.PropertyRight),
        Fee = new FeeSpec(80m, 10m),
        Materials =
        [
            new MaterialSpec("application-form", true, null),
            new MaterialSpec("identity-documents", true, null),
            new MaterialSpec("sale-contract", true, null),
            new MaterialSpec("deed-tax-proof", true, null),
            new MaterialSpec("marriage-papers", false, null),
            new MaterialSpec("interview-record", true, null),
        ],
        Parties = [new PartyRoleSpec("buyer", 1), new PartyRoleSpec("seller", 1)],
        PriceRequired = true,
        ServiceLevel = new ServiceLevelSpec { Complete = CompletionRule.SameDay },
        Steps = [new StepDefinition { Id = "intake", Kind = StepKind.Human, Role = "clerk" }],
        StartStep = "intake",
    };

    public static WorkflowDefinition MortgageCancellation() => CommercialHousingTransfer() with
    {
        Id = "mortgage-cancellation",
        Title = new LocalizedTitle("注销抵押", "Mortgage cancellation"),
        Registration = new RegistrationSpec(RegistrationType.Cancellation, CertificateKind.None),
        Fee = FeeSpec.None,
        Materials = [new MaterialSpec("registration-proof", true, null), new MaterialSpec("release-letter", true, null)],
        Parties = [new PartyRoleSpec("mortgagor", 1), new PartyRoleSpec("mortgagee", 1)],
        PriceRequired = false,
    };
}
