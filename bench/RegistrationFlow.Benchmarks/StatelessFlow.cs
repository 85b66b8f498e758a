using Stateless;

namespace RegistrationFlow.Benchmarks;

/// <summary>
/// The same flow on Stateless 5.20.1: states and triggers as enums, review's branches as PermitIf guards written as
/// C# lambdas over the case's price. The machine is configured once and keeps its state in the current case
/// (Stateless's external state storage), so a run costs only the four Fire calls.
/// </summary>
public sealed class StatelessFlow
{
    public enum Step { Intake, Review, SecondReview, AwaitingSupplement, Approval, Certificate, Pickup, Completed, Refused, NotAccepted }

    public enum Action { Accept, RefuseIntake, Pass, PassSecondReview, RequestSupplement, Resubmit, Refuse, Approve, Return, CertificateReady, HandOver }

    /// <summary>One application: its price and where it stands.</summary>
    public sealed class Case(decimal price)
    {
        public decimal Price { get; } = price;
        public Step Step { get; set; } = Step.Intake;
    }

    private Case _current = new(0m);

    public StatelessFlow() => Machine = Configure(new StateMachine<Step, Action>(() => _current.Step, s => _current.Step = s), () => _current.Price);

    public StateMachine<Step, Action> Machine { get; }

    /// <summary>A new application, made the machine's current one.</summary>
    public Case Start(decimal price) => _current = new Case(price);

    /// <summary>Stateless's usual shape: a machine built and configured for each application.</summary>
    public static StateMachine<Step, Action> MachineFor(Case application) =>
        Configure(new StateMachine<Step, Action>(() => application.Step, s => application.Step = s), () => application.Price);

    private static StateMachine<Step, Action> Configure(StateMachine<Step, Action> machine, Func<decimal> price)
    {
        machine.Configure(Step.Intake)
            .Permit(Action.Accept, Step.Review)
            .Permit(Action.RefuseIntake, Step.NotAccepted);
        machine.Configure(Step.Review)
            .PermitIf(Action.Pass, Step.Approval, () => price() < HousingTransferFlow.SecondReviewThreshold)
            .PermitIf(Action.PassSecondReview, Step.SecondReview, () => price() >= HousingTransferFlow.SecondReviewThreshold)
            .Permit(Action.RequestSupplement, Step.AwaitingSupplement)
            .Permit(Action.Refuse, Step.Refused);
        machine.Configure(Step.SecondReview).Permit(Action.Pass, Step.Approval);
        machine.Configure(Step.AwaitingSupplement).Permit(Action.Resubmit, Step.Review);
        machine.Configure(Step.Approval)
            .Permit(Action.Approve, Step.Pickup)
            .Permit(Action.Return, Step.Review);
        machine.Configure(Step.Pickup).Permit(Action.HandOver, Step.Completed);
        return machine;
    }
}
