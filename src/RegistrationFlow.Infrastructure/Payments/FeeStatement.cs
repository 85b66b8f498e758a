using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Fees;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Payments;

/// <summary>
/// What an application owes and has paid: the fee its workflow version computes (<see cref="FeeCalculator"/>, one
/// certificate), the payments not voided, and the rest. A workflow whose fee is zero (e.g. 抵押注销) owes nothing: that
/// is how a definition declares a case exempt.
/// </summary>
public sealed record FeeStatement(FeeQuote Quote, IReadOnlyList<Payment> Payments)
{
    public decimal Due => Quote.Total;
    public decimal Paid => Payments.Where(p => p.VoidedAt is null).Sum(p => p.AmountFen) / 100m;
    public decimal Outstanding => Math.Max(0m, Due - Paid);
    public bool Settled => Outstanding == 0m;

    public static FeeQuote QuoteFor(WorkflowDefinition definition) => FeeCalculator.Calculate(definition, new FeeRequest());

    public static long ToFen(decimal yuan) => (long)decimal.Round(yuan * 100m);
}
