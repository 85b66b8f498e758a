using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Definitions;

public class ShippedWorkflowTests
{
    private static readonly DefinitionValidationOptions Strict = new() { RequireFileNameToMatch = true };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepositoryFiles.ShippedWorkflows()) data.Add(Path.GetFileName(path));
        return data;
    }

    private static WorkflowDefinition Load(string fileName)
    {
        var result = DefinitionReader.ReadAndValidate(RepositoryFiles.Workflow(fileName), fileName, Strict);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return result.Definition!;
    }

    [Fact]
    public void The_five_workflows_are_shipped()
    {
        Assert.Equal(
            ["commercial-housing-transfer.v1.yaml", "land-use-right-first-registration.v1.yaml",
             "land-use-right-first-registration.v2.yaml", "mortgage-cancellation.v1.yaml",
             "mortgage-registration.v1.yaml", "mortgage-registration.v2.yaml", "second-hand-housing-transfer.v1.yaml"],
            RepositoryFiles.ShippedWorkflows().Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_file_loads_and_validates_without_problems(string fileName)
    {
        var definition = Load(fileName);
        Assert.True(definition.Title.IsComplete);
        Assert.NotEmpty(definition.Materials);
        Assert.All(definition.Materials, material => Assert.True(material.Title?.IsComplete, material.Id));
        Assert.All(definition.Steps, step => Assert.True(step.Title?.IsComplete, step.Id));
        Assert.All(definition.Steps.SelectMany(step => step.Actions), action => Assert.True(action.Title?.IsComplete, action.Name));
    }

    private static IEnumerable<string> ActionNames(WorkflowDefinition definition) =>
        definition.Steps.SelectMany(step => step.Actions.Select(action => action.Name)).Distinct();

    [Fact]
    public void Commercial_housing_transfer_keeps_the_products_contract()
    {
        var definition = Load("commercial-housing-transfer.v1.yaml");

        Assert.Equal(["accept", "refuse-intake", "pass", "pass-second-review", "request-supplement", "refuse", "resubmit", "approve", "return", "hand-over"],
            ActionNames(definition));
        Assert.Equal("clerk", definition.Withdrawal.Role);
        Assert.Equal(["reason"], definition.Withdrawal.Requires);

        var level = definition.ServiceLevel;
        Assert.Equal((CompletionKind.SameDay, new TimeOnly(16, 0), CertificateReadyRule.NextWorkingDayOpen, TimeSpan.FromMinutes(60), SupplementClock.Restart),
            (level.Complete.Kind, level.CutOff, level.CertificateReady, level.WarnBefore, level.OnSupplement));
        Assert.Equal(new FeeSpec(80m, 10m), definition.Fee);
        Assert.Equal([("buyer", 1), ("seller", 1)], definition.Parties.Select(p => (p.Role, p.Min)));
        Assert.True(definition.PriceRequired);
        Assert.Equal((RegistrationType.Transfer, CertificateKind.PropertyRight), (definition.Registration.Type, definition.Registration.Certificate));

        StepDefinition Step(string id) => definition.Steps.Single(step => step.Id == id);
        ActionDefinition Action(string step, string name) => Step(step).Actions.Single(action => action.Name == name);
        Assert.Equal("review", Action("intake", "accept").To);
        Assert.Equal(["start-clock"], Action("intake", "accept").Effects);
        Assert.Equal(["reason", "missing-materials"], Action("intake", "refuse-intake").Requires);
        Assert.Equal(["intake"], Step("review").NotBy);
        Assert.Equal("second-review", Action("review", "pass-second-review").To);
        Assert.Equal("application.price >= 10000000", Action("review", "pass-second-review").When);
        Assert.Equal(["suspend-clock"], Action("review", "request-supplement").Effects);
        Assert.Equal(["received-materials"], Action("awaiting-supplement", "resubmit").Requires);
        Assert.Equal(["review", "second-review"], Step("approval").NotBy);
        Assert.Equal("certificate", Action("approval", "approve").To);
        Assert.Equal(["record-in-register"], Action("approval", "approve").Effects);
        Assert.Equal((StepKind.Wait, "certificate-ready", "pickup"), (Step("certificate").Kind, Step("certificate").Until, Step("certificate").Then));
        Assert.Equal(["allocate-certificate-number"], Step("certificate").OnEnter);
        Assert.Equal("completed", Action("pickup", "hand-over").To);
        Assert.Equal([EndOutcome.Completed, EndOutcome.Refused, EndOutcome.NotAccepted],
            definition.Steps.Where(step => step.Kind == StepKind.End).Select(step => step.Outcome!.Value));
        Assert.Contains(definition.Materials, material => material.Id == "deed-tax-proof" && material.Required);
        Assert.Contains(definition.Materials, material => material.Id == "marriage-papers" && !material.Required);
    }

    [Fact]
    public void Second_hand_housing_transfer_verifies_tax_beside_the_review()
    {
        var definition = Load("second-hand-housing-transfer.v1.yaml");

        var parallel = Assert.Single(definition.Steps, step => step.Kind == StepKind.Parallel);
        Assert.Equal(["review", "tax-verification"], parallel.Branches);
        var join = definition.Steps.Single(step => step.Id == parallel.Join);
        Assert.Equal((StepKind.Join, "approval"), (join.Kind, join.Then));
        Assert.Equal("clerk", definition.Steps.Single(step => step.Id == "tax-verification").Role);
        Assert.Equal(CompletionRule.InWorkingDays(1), definition.ServiceLevel.Complete);
        Assert.Equal(["accept", "refuse-intake", "pass", "request-supplement", "refuse", "resubmit", "record-tax-verified", "approve", "return", "hand-over"],
            ActionNames(definition));
    }

    [Fact]
    public void Mortgage_registration_issues_a_registration_proof()
    {
        var definition = Load("mortgage-registration.v1.yaml");
        Assert.Equal((RegistrationType.First, CertificateKind.RegistrationProof), (definition.Registration.Type, definition.Registration.Certificate));
        Assert.Equal(["mortgagor", "mortgagee"], definition.Parties.Select(p => p.Role));
        Assert.Equal(CompletionRule.SameDay, definition.ServiceLevel.Complete);
    }

    [Fact]
    public void Mortgage_registration_version_2_tolerates_only_the_loan_contract()
    {
        var v1 = Load("mortgage-registration.v1.yaml");
        var v2 = Load("mortgage-registration.v2.yaml");
        Assert.Equal(["loan-contract"], v2.Materials.Where(m => m.Tolerable).Select(m => m.Id));
        Assert.DoesNotContain(v1.Materials, m => m.Tolerable);
        Assert.Equal(v1.Materials.Select(m => (m.Id, m.Required)), v2.Materials.Select(m => (m.Id, m.Required)));
        Assert.Equal(v1.Steps.Select(s => s.Id), v2.Steps.Select(s => s.Id));
    }

    [Fact]
    public void Mortgage_cancellation_issues_nothing_and_costs_nothing()
    {
        var definition = Load("mortgage-cancellation.v1.yaml");
        Assert.Equal(CertificateKind.None, definition.Registration.Certificate);
        Assert.Equal(FeeSpec.None, definition.Fee);
        Assert.Equal((CompletionKind.SameDay, CertificateReadyRule.None), (definition.ServiceLevel.Complete.Kind, definition.ServiceLevel.CertificateReady));
        var approve = definition.Steps.Single(step => step.Id == "approval").Actions.Single(action => action.Name == "approve");
        Assert.Equal("completed", approve.To);
        Assert.DoesNotContain(definition.Steps, step => step.OnEnter.Contains(Vocabulary.Effects.AllocateCertificateNumber));
    }

    [Fact]
    public void Land_use_right_first_registration_takes_five_working_days()
    {
        var definition = Load("land-use-right-first-registration.v1.yaml");
        Assert.Equal(CompletionRule.InWorkingDays(5), definition.ServiceLevel.Complete);
        Assert.Equal(CertificateKind.PropertyRight, definition.Registration.Certificate);
        Assert.Equal(["owner"], definition.Parties.Select(p => p.Role));
    }

    [Fact]
    public void Land_use_right_v2_differs_from_v1_only_in_letting_the_reviewer_recall_a_pass()
    {
        var v1 = Load("land-use-right-first-registration.v1.yaml");
        var v2 = Load("land-use-right-first-registration.v2.yaml");

        Assert.Equal([("review", "pass")], v2.Steps.SelectMany(s => s.Actions.Where(a => a.Recall).Select(a => (s.Id, a.Name))));
        Assert.DoesNotContain(v1.Steps.SelectMany(s => s.Actions), a => a.Recall);
        Assert.Equal(v1.Steps.Select(s => (s.Id, s.Actions.Count)), v2.Steps.Select(s => (s.Id, s.Actions.Count)));
        Assert.Equal(v1.ServiceLevel with { Location = default }, v2.ServiceLevel with { Location = default });
    }

    [Fact]
    public void Returning_into_one_branch_of_the_parallel_review_is_refused()
    {
        const string fileName = "second-hand-housing-transfer.v1.yaml";
        var text = SourceText.Replace(RepositoryFiles.Workflow(fileName), ("to: verification                          #", "to: review #"));

        var problem = Assert.Single(DefinitionReader.ReadAndValidate(text, fileName).Problems);

        Assert.Equal(DefinitionProblemCodes.BranchEnteredFromOutside, problem.Code);
        Assert.Equal(SourceText.PositionOf(text, "review #"), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_branch_that_never_reaches_the_join_is_refused()
    {
        const string fileName = "second-hand-housing-transfer.v1.yaml";
        var text = SourceText.Replace(RepositoryFiles.Workflow(fileName),
            ("      record-tax-verified:\n        to: verified", "      record-tax-verified:\n        to: refused"));

        var problems = DefinitionReader.ReadAndValidate(text, fileName).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal(DefinitionProblemCodes.BranchDoesNotReachJoin, problem.Code);
        Assert.Equal(SourceText.PositionOf(text, "tax-verification]"), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_branch_that_runs_past_the_join_is_refused()
    {
        const string fileName = "second-hand-housing-transfer.v1.yaml";
        var text = SourceText.Replace(RepositoryFiles.Workflow(fileName),
            ("      record-tax-verified:\n        to: verified", "      record-tax-verified:\n        to: approval"));

        var problems = DefinitionReader.ReadAndValidate(text, fileName).Problems;

        Assert.Contains(problems, p => p.Code == DefinitionProblemCodes.BranchLeavesParallel && (p.Line, p.Column) == SourceText.PositionOf(text, "tax-verification]"));
        Assert.Contains(problems, p => p.Code == DefinitionProblemCodes.BranchDoesNotReachJoin);
    }
}
