using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Definitions;

public class DefinitionReaderTests
{
    private static DefinitionProblem Single(DefinitionReadResult result, string code)
    {
        var matching = result.Problems.Where(problem => problem.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Problems)}");
        return matching[0];
    }

    private static void AssertAt(string text, DefinitionProblem problem, string snippet, int offset = 0)
    {
        var (line, column) = SourceText.PositionOf(text, snippet, offset);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Reads_the_sample_into_the_model()
    {
        var result = DefinitionReader.Read(SampleDefinition.Yaml, SampleDefinition.FileName);

        Assert.Empty(result.Problems);
        var definition = result.Definition!;
        Assert.Equal(("sample", 1), (definition.Id, definition.Version));
        Assert.Equal(new LocalizedTitle("示例登记", "Sample registration"), definition.Title with { Location = SourceLocation.Unknown });
        Assert.Equal((RegistrationType.Transfer, CertificateKind.PropertyRight), (definition.Registration.Type, definition.Registration.Certificate));
        Assert.Equal(new FeeSpec(80m, 10m), definition.Fee);
        Assert.Equal(["application-form", "sale-contract"], definition.Materials.Select(m => m.Id));
        Assert.Equal([true, false], definition.Materials.Select(m => m.Required));
        Assert.Equal("买卖合同", definition.Materials[1].Title!.ZhCn);
        Assert.Equal(new PartyRoleSpec("buyer", 1), definition.Parties[0] with { Location = SourceLocation.Unknown });
        Assert.True(definition.PriceRequired);
        Assert.Equal(CompletionRule.SameDay, definition.ServiceLevel.Complete);
        Assert.Equal(new TimeOnly(16, 0), definition.ServiceLevel.CutOff);
        Assert.Equal(TimeSpan.FromMinutes(60), definition.ServiceLevel.WarnBefore);
        Assert.Equal(SupplementClock.Restart, definition.ServiceLevel.OnSupplement);
        Assert.Equal("intake", definition.StartStep);
        Assert.Equal(["intake", "review", "awaiting-supplement", "approval", "certificate", "done", "not-accepted"], definition.Steps.Select(s => s.Id));

        var review = definition.Steps[1];
        Assert.Equal((StepKind.Human, "reviewer"), (review.Kind, review.Role));
        Assert.Equal(["intake"], review.NotBy);
        Assert.Equal("application.price >= 0", review.Actions[0].When);
        Assert.Equal(["missing-materials"], review.Actions[1].Requires);
        Assert.Equal(["suspend-clock"], review.Actions[1].Effects);

        var certificate = definition.Steps[4];
        Assert.Equal((StepKind.Wait, "certificate-ready", "done"), (certificate.Kind, certificate.Until, certificate.Then));
        Assert.Equal(["allocate-certificate-number"], certificate.OnEnter);
        Assert.Equal(EndOutcome.NotAccepted, definition.Steps[6].Outcome);
    }

    [Fact]
    public void Every_element_knows_where_it_stands_in_the_file()
    {
        var text = SampleDefinition.Yaml;
        var definition = DefinitionReader.Read(text, SampleDefinition.FileName).Definition!;

        void At(SourceLocation location, string snippet, int offset = 0) =>
            Assert.Equal(SourceText.PositionOf(text, snippet, offset), (location.Line, location.Column));

        At(definition.Location, "id: sample");
        At(definition.Title.Location, "title: { zh-CN: 示例登记");
        At(definition.Registration.Location, "registration:");
        At(definition.ServiceLevel.Location, "service-level:");
        At(definition.Materials[0].Location, "application-form");
        At(definition.Materials[1].Location, "id: sale-contract");
        At(definition.Parties[0].Location, "{ role: buyer");
        At(definition.Steps[1].Location, "review:\n");
        At(definition.Steps[1].Actions[1].Location, "request-supplement: {");
        At(definition.Steps[3].Title!.Location, "title: { zh-CN: 核准");
        var when = definition.Sources.Locate("steps/review/actions/pass/when");
        Assert.Equal(SourceText.PositionOf(text, "\"application.price"), (when.Line, when.Column)); // a quoted value starts at its quote
    }

    [Fact]
    public void Reads_json_as_well()
    {
        const string json = """
            {
              "id": "json-sample",
              "version": 2,
              "title": { "zh-CN": "示例", "en-US": "Sample" },
              "registration": { "type": "cancellation", "certificate": "none" },
              "service-level": { "complete": { "working-days": 5 }, "certificate-ready": "none", "warn-before": "1h30m", "on-supplement": "pause" },
              "start": "review",
              "steps": {
                "review": { "role": "reviewer", "actions": { "approve": { "to": "done", "effects": ["start-clock", "record-in-register"] } } },
                "done": { "kind": "end", "outcome": "completed" }
              }
            }
            """;

        var result = DefinitionReader.ReadAndValidate(json, "json-sample.v2.json");

        Assert.Empty(result.Problems);
        var definition = result.Definition!;
        Assert.Equal(CompletionRule.InWorkingDays(5), definition.ServiceLevel.Complete);
        Assert.Equal(new TimeSpan(1, 30, 0), definition.ServiceLevel.WarnBefore);
        Assert.Equal(SupplementClock.Pause, definition.ServiceLevel.OnSupplement);
        Assert.Equal(CertificateReadyRule.None, definition.ServiceLevel.CertificateReady);
        Assert.Equal(FeeSpec.None, definition.Fee);
        Assert.Equal(SourceText.PositionOf(json, "\"review\": { \"role\""), (definition.Steps[0].Location.Line, definition.Steps[0].Location.Column));
    }

    [Fact]
    public void Reports_duplicate_keys_at_the_second_one()
    {
        var text = SampleDefinition.With(("  approval:\n    title:", "  approval:\n    role: clerk\n    title:"));

        var result = DefinitionReader.Read(text, SampleDefinition.FileName);

        var problem = Single(result, DefinitionProblemCodes.DuplicateKey);
        AssertAt(text, problem, "role: approver");
        var (firstLine, firstColumn) = SourceText.PositionOf(text, "role: clerk\n    title:");
        Assert.Contains($"first at line {firstLine}, column {firstColumn}", problem.Message.EnUs);
        Assert.Equal("clerk", result.Definition!.Steps.Single(s => s.Id == "approval").Role);
    }

    [Fact]
    public void Reports_duplicate_step_ids()
    {
        var text = SampleDefinition.With(("  not-accepted: {", "  done: { kind: end, outcome: refused }\n  not-accepted: {"));

        var problem = Single(DefinitionReader.Read(text, SampleDefinition.FileName), DefinitionProblemCodes.DuplicateKey);

        AssertAt(text, problem, "done: { kind: end, outcome: refused");
        Assert.Equal($"{SampleDefinition.FileName}:{problem.Line}:{problem.Column}: duplicate key 'done' (first at line {SourceText.PositionOf(text, "done: { kind: end, outcome: completed").Line}, column 3)",
            problem.ToString());
    }

    [Fact]
    public void Reports_a_misspelt_word_with_the_allowed_ones()
    {
        var text = SampleDefinition.With(("certificate: property-right", "certificate: property-rite"));

        var problem = Single(DefinitionReader.Read(text, SampleDefinition.FileName), DefinitionProblemCodes.UnknownWord);

        AssertAt(text, problem, "property-rite");
        Assert.Equal("'property-rite' is not allowed for 'registration.certificate' (did you mean 'property-right'?); allowed: property-right, registration-proof, none",
            problem.Message.EnUs);
        Assert.Contains("property-right, registration-proof, none", problem.Message.ZhCn);
    }

    [Fact]
    public void Reports_an_unknown_key_with_the_allowed_ones()
    {
        var text = SampleDefinition.With(("    not-by: [review]", "    titel: { zh-CN: 核准, en-US: Approval }\n    not-by: [review]"));

        var problem = Single(DefinitionReader.Read(text, SampleDefinition.FileName), DefinitionProblemCodes.UnknownKey);

        AssertAt(text, problem, "titel");
        Assert.Contains("'steps.approval'", problem.Message.EnUs);
        Assert.Contains("did you mean 'title'?", problem.Message.EnUs);
        Assert.Contains("kind, title, role, not-by, actions, on-enter, then, until, branches, join, outcome", problem.Message.EnUs);
    }

    [Theory]
    [InlineData("version: 1", "version: \"1\"", "\"1\"", "'version' must be a whole number, not the text '1'")]
    [InlineData("per-case: 80", "per-case: eighty", "eighty", "'fee.per-case' must be a number, not the text 'eighty'")]
    [InlineData("not-by: [intake]", "not-by: intake", "intake\n", "'steps.review.not-by' must be a list of text (e.g. [a, b]), not the text 'intake'")]
    [InlineData("required: false", "required: no", "no\n", "'materials[1].required' must be true or false, not the text 'no'")]
    [InlineData("cut-off: \"16:00\"", "cut-off: 1600", "1600", "'service-level.cut-off' must be text, not the integer 1600")]
    public void Reports_a_value_of_the_wrong_type(string from, string to, string at, string message)
    {
        var text = SampleDefinition.With((from, to));

        var problem = Single(DefinitionReader.Read(text, SampleDefinition.FileName), DefinitionProblemCodes.WrongType);

        AssertAt(text, problem, at);
        Assert.Equal(message, problem.Message.EnUs);
    }

    [Theory]
    [InlineData("cut-off: \"16:00\"", "cut-off: \"4pm\"")]
    [InlineData("warn-before: 60m", "warn-before: 60 minutes")]
    public void Reports_a_badly_written_time(string from, string to)
    {
        var text = SampleDefinition.With((from, to));

        var problem = Single(DefinitionReader.Read(text, SampleDefinition.FileName), DefinitionProblemCodes.BadFormat);

        AssertAt(text, problem, to, to.IndexOf(' ') + 1);
    }

    [Fact]
    public void Reports_a_missing_required_key_and_gives_no_model()
    {
        var text = SampleDefinition.With(("registration: { type: transfer, certificate: property-right }\n", ""));

        var result = DefinitionReader.Read(text, SampleDefinition.FileName);

        var problem = Single(result, DefinitionProblemCodes.MissingKey);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Equal("'(root)' is missing the required key 'registration'", problem.Message.EnUs);
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Reports_an_action_without_a_target()
    {
        var text = SampleDefinition.With(("approve: { to: certificate, effects", "approve: { effects"));

        var problem = Single(DefinitionReader.Read(text, SampleDefinition.FileName), DefinitionProblemCodes.MissingKey);

        AssertAt(text, problem, "approve: {");
        Assert.Equal("'steps.approval.actions.approve' is missing the required key 'to'", problem.Message.EnUs);
    }

    [Theory]
    [InlineData("steps:\n  intake:\n    role: clerk\n   actions: {}\n")]
    [InlineData("id: [unclosed\nversion: 1\n")]
    [InlineData("id: \"unterminated\nversion: 1\n")]
    [InlineData("{ \"id\": \"x\", }} ")]
    [InlineData("\t- tab\n")]
    [InlineData("--- a\n--- b\n")]
    [InlineData("*nothing")]
    [InlineData("")]
    [InlineData("just text")]
    [InlineData("- a list\n- not a mapping\n")]
    public void A_broken_file_is_reported_precisely_and_never_throws(string text)
    {
        var result = DefinitionReader.ReadAndValidate(text, "broken.yaml");

        Assert.NotEmpty(result.Problems);
        Assert.False(result.IsValid);
        Assert.All(result.Problems, problem =>
        {
            Assert.Equal("broken.yaml", problem.File);
            Assert.True(problem.Line >= 1 && problem.Column >= 1, problem.ToString());
            Assert.False(string.IsNullOrWhiteSpace(problem.Message.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(problem.Message.EnUs));
        });
    }

    [Fact]
    public void A_syntax_error_points_at_the_bad_line()
    {
        var text = SampleDefinition.With(("    not-by: [review]", "    not-by: [review"));

        var result = DefinitionReader.Read(text, SampleDefinition.FileName);

        var problem = Single(result, DefinitionProblemCodes.Syntax);
        Assert.Null(result.Definition);
        var notBy = SourceText.PositionOf(text, "not-by: [review\n");
        Assert.InRange(problem.Line, notBy.Line, notBy.Line + 1);
        Assert.StartsWith($"{SampleDefinition.FileName}:{problem.Line}:{problem.Column}: YAML/JSON syntax error: ", problem.ToString());
    }

    [Fact]
    public void A_tab_used_as_indentation_is_reported_where_it_is()
    {
        var text = SampleDefinition.With(("    role: approver", "\trole: approver"));

        var problem = Single(DefinitionReader.Read(text, SampleDefinition.FileName), DefinitionProblemCodes.Syntax);

        AssertAt(text, problem, "\trole: approver");
        Assert.Contains("tab", problem.Message.EnUs);
    }

    [Fact]
    public void Reads_the_same_from_a_crlf_file()
    {
        var crlf = SampleDefinition.Yaml.Replace("\n", "\r\n");

        var lf = DefinitionReader.Read(SampleDefinition.Yaml, SampleDefinition.FileName).Definition!;
        var result = DefinitionReader.Read(crlf, SampleDefinition.FileName);

        Assert.Empty(result.Problems);
        Assert.Equal(lf.Steps.Select(s => (s.Id, s.Location)), result.Definition!.Steps.Select(s => (s.Id, s.Location)));
    }

    [Fact]
    public void A_step_with_only_an_outcome_is_an_end_step_and_start_defaults_to_the_first_step()
    {
        var text = SampleDefinition.With(("done: { kind: end, outcome: completed }", "done: { outcome: completed }"));

        var result = DefinitionReader.ReadAndValidate(text, SampleDefinition.FileName);

        Assert.Empty(result.Problems);
        Assert.Equal(StepKind.End, result.Definition!.Steps.Single(s => s.Id == "done").Kind);
        Assert.Equal("intake", result.Definition.StartStep);
    }

    [Fact]
    public void Quoted_and_plain_scalars_are_typed_like_json()
    {
        var text = SampleDefinition.With(("id: sample", "id: 'true'"), ("version: 1", "version: 0x2"));

        var result = DefinitionReader.Read(text, SampleDefinition.FileName);

        Assert.Empty(result.Problems);
        Assert.Equal(("true", 2), (result.Definition!.Id, result.Definition.Version));
    }
}
