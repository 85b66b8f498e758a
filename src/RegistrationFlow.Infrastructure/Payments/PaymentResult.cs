using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Infrastructure.Payments;

public abstract record PaymentResult
{
    public sealed record Done(FeeStatement Statement) : PaymentResult;
    public sealed record NotFound : PaymentResult;
    public sealed record NotYourRole(string Role) : PaymentResult;
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : PaymentResult;
    public sealed record Conflict(string Code, LocalizedText Message) : PaymentResult;
}
