using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Definitions;

public class DefinitionValidatorTests
{
    private static IReadOnlyList<DefinitionProblem> Problems(string text, DefinitionValidationOptions? options = null)
    {
        var result = DefinitionReader.ReadAndValidate(text, SampleDefinition.FileName, options);
        Assert.NotNull(result.Definition);
        return result.Problems;
    }

    /// <summary>Asserts the text has exactly one problem, with this code, at the given piece of text.</summary>
    private static DefinitionProblem OnlyProblem(string text, string code, string at, int offset = 0)
    {
        var problems = Problems(text);
        Assert.True(problems.Count == 1, $"expected only {code}, got: {string.Join(" | ", problems.Select(p => $"{p.Code} {p}"))}");
        var problem = problems[0];
        Assert.Equal(code, problem.Code);
        Assert.Equal(SourceText.PositionOf(text, at, offset), (problem.Line, problem.Column));
        Assert.Equal(SampleDefinition.FileName, problem.File);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.ZhCn));
        return problem;
    }

    [Fact]
    public void The_sample_is_valid() => Assert.Empty(Problems(SampleDefinition.Yaml));

    [Fact]
    public void Id_must_be_kebab_case() =>
        OnlyProblem(SampleDefinition.With(("id: sample", "id: Sample_Flow")), DefinitionProblemCodes.NotKebabCase, "Sample_Flow");

    [Fact]
    public void Version_starts_at_one() =>
        OnlyProblem(SampleDefinition.With(("version: 1", "version: 0")), DefinitionProblemCodes.BadVersion, "0\n");

    [Fact]
    public void File_name_must_match_id_and_version_when_asked()
    {
        var definition = DefinitionReader.Read(SampleDefinition.Yaml, "x").Definition!;
        var options = new DefinitionValidationOptions { RequireFileNameToMatch = true };

        Assert.Empty(DefinitionValidator.Validate(definition, "workflows/sample.v1.yaml", options));
        var problem = Assert.Single(DefinitionValidator.Validate(definition, "workflows/sample.v2.yaml", options));
        Assert.Equal(DefinitionProblemCodes.FileNameMismatch, problem.Code);
        Assert.Contains("'sample.v1.yaml'", problem.Message.EnUs);
    }

    [Fact]
    public void Unknown_action_target_points_at_the_target()
    {
        var text = SampleDefinition.With(("      pass: {", "      send-back: { to: intak }\n      pass: {"));
        var problem = OnlyProblem(text, DefinitionProblemCodes.UnknownTarget, "intak }");
        Assert.Equal("there is no step 'intak' (did you mean 'intake'?)", problem.Message.EnUs);
    }

    [Fact]
    public void An_unknown_target_also_leaves_the_steps_behind_it_unreachable()
    {
        var text = SampleDefinition.With(("pass: { to: approval,", "pass: { to: aproval,"));

        var problems = Problems(text);

        Assert.Contains(problems, p => p.Code == DefinitionProblemCodes.UnknownTarget && (p.Line, p.Column) == SourceText.PositionOf(text, "aproval"));
        Assert.Contains(problems, p => p.Code == DefinitionProblemCodes.UnreachableStep && (p.Line, p.Column) == SourceText.PositionOf(text, "approval:\n"));
    }

    [Fact]
    public void Unknown_then_and_unknown_start_are_reported()
    {
        var text = SampleDefinition.With(("then: done", "then: finished"), ("steps:\n", "start: begin\nsteps:\n"));

        var problems = Problems(text).Where(p => p.Code == DefinitionProblemCodes.UnknownTarget).ToList();

        Assert.Equal([SourceText.PositionOf(text, "begin"), SourceText.PositionOf(text, "finished")], problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void Unreachable_step_is_reported_at_its_name()
    {
        var text = SampleDefinition.With(("  not-accepted: {", "  orphan: { kind: end, outcome: refused }\n  not-accepted: {"));
        OnlyProblem(text, DefinitionProblemCodes.UnreachableStep, "orphan");
    }

    [Fact]
    public void A_step_from_which_no_end_can_be_reached_is_reported()
    {
        // The supplement loop no longer leads anywhere but back to itself.
        var text = SampleDefinition.With(("resubmit: { to: review,", "resubmit: { to: awaiting-supplement,"));

        var problems = Problems(text);

        var problem = Assert.Single(problems, p => p.Code == DefinitionProblemCodes.NoPathToEnd);
        Assert.Equal(SourceText.PositionOf(text, "  awaiting-supplement:\n", 2), (problem.Line, problem.Column));
    }

    [Fact]
    public void End_step_may_not_have_actions() =>
        OnlyProblem(SampleDefinition.With(("done: { kind: end, outcome: completed }", "done: { kind: end, outcome: completed, actions: { again: { to: intake } } }")),
            DefinitionProblemCodes.EndStepWithActions, "actions: { again");

    [Fact]
    public void Human_step_needs_a_role() =>
        OnlyProblem(SampleDefinition.With(("    role: approver\n", "")), DefinitionProblemCodes.HumanStepWithoutRole, "  approval:", 2);

    [Fact]
    public void Human_step_needs_actions()
    {
        var text = SampleDefinition.With(("  not-accepted: {", "  idle: { role: clerk }\n  not-accepted: {"),
            ("refuse-intake: { to: not-accepted,", "refuse-intake: { to: idle,"));

        var problems = Problems(text);

        Assert.Contains(problems, p => p.Code == DefinitionProblemCodes.HumanStepWithoutActions && (p.Line, p.Column) == SourceText.PositionOf(text, "idle: {"));
        Assert.Contains(problems, p => p.Code == DefinitionProblemCodes.NoPathToEnd && (p.Line, p.Column) == SourceText.PositionOf(text, "idle: {"));
    }

    [Fact]
    public void Unknown_role_is_reported_with_the_allowed_roles()
    {
        var problem = OnlyProblem(SampleDefinition.With(("role: approver", "role: aprover")), DefinitionProblemCodes.UnknownRole, "aprover");
        Assert.Equal("unknown role 'aprover' (did you mean 'approver'?); allowed: clerk, reviewer, approver, manager, admin", problem.Message.EnUs);
    }

    [Fact]
    public void Unknown_required_field_points_at_the_field() =>
        OnlyProblem(SampleDefinition.With(("requires: [reason, missing-materials]", "requires: [reason, missing-material]")),
            DefinitionProblemCodes.UnknownField, "missing-material]");

    [Fact]
    public void Unknown_effect_points_at_the_effect() =>
        OnlyProblem(SampleDefinition.With(("effects: [record-in-register]", "effects: [record-in-register, send-sms]")),
            DefinitionProblemCodes.UnknownEffect, "send-sms");

    [Fact]
    public void Duplicate_material_is_reported_at_the_second()
    {
        var text = SampleDefinition.With(("  - application-form\n", "  - application-form\n  - application-form \n"));
        OnlyProblem(text, DefinitionProblemCodes.DuplicateId, "application-form \n");
    }

    [Fact]
    public void A_tolerable_material_is_read_and_must_be_required()
    {
        var tolerable = SampleDefinition.With(("  - application-form\n", "  - application-form\n  - { id: loan-contract, tolerable: true, title: { zh-CN: 借款合同, en-US: Loan contract } }\n"));
        var read = DefinitionReader.ReadAndValidate(tolerable, SampleDefinition.FileName);
        Assert.Empty(read.Problems);
        Assert.True(read.Definition!.Materials.Single(m => m.Id == "loan-contract").Tolerable);
        Assert.False(read.Definition.Materials.Single(m => m.Id == "application-form").Tolerable);

        var optional = SampleDefinition.With(("  - application-form\n", "  - application-form\n  - { id: loan-contract, required: false, tolerable: true }\n"));
        OnlyProblem(optional, DefinitionProblemCodes.TolerableNotRequired, "{ id: loan-contract");
    }

    [Fact]
    public void Duplicate_steps_built_in_code_are_reported()
    {
        var definition = DefinitionReader.Read(SampleDefinition.Yaml, SampleDefinition.FileName).Definition!;
        var twice = definition with { Steps = [.. definition.Steps, definition.Steps[^1]], Sources = DefinitionSourceMap.Empty };

        var problem = Assert.Single(DefinitionValidator.Validate(twice, "code"));

        Assert.Equal(DefinitionProblemCodes.DuplicateId, problem.Code);
        Assert.Equal("step 'not-accepted' is defined twice", problem.Message.EnUs);
    }

    [Fact]
    public void A_guard_that_does_not_compile_is_reported_inside_the_expression()
    {
        var text = SampleDefinition.With(("when: \"application.price >= 0\"", "when: \"application.price >=> 0\""));

        var problem = OnlyProblem(text, DefinitionProblemCodes.GuardDoesNotCompile, ">=> 0", 2);

        Assert.Contains("guard line 1, column 21", problem.Message.EnUs);
    }

    [Fact]
    public void A_guard_in_a_literal_block_is_reported_on_its_own_line()
    {
        var text = SampleDefinition.With(("pass: { to: approval, when: \"application.price >= 0\" }",
            "pass:\n        to: approval\n        when: |\n          application.price >= 0 &&\n          application.area > > 1"));

        OnlyProblem(text, DefinitionProblemCodes.GuardDoesNotCompile, "> > 1", 2);
    }

    [Fact]
    public void Not_by_must_name_an_existing_step() =>
        OnlyProblem(SampleDefinition.With(("not-by: [review]", "not-by: [revue]")), DefinitionProblemCodes.NotByUnknownStep, "revue");

    [Fact]
    public void Not_by_must_name_a_step_that_can_come_before()
    {
        var text = SampleDefinition.With(("not-by: [intake]", "not-by: [intake, approval]"));
        OnlyProblem(text, DefinitionProblemCodes.NotByCannotPrecede, "approval]");
    }

    [Fact]
    public void Not_by_must_name_a_human_step()
    {
        var text = SampleDefinition.With(("accept: { to: review,", "accept: { to: check,"),
            ("  review:\n", "  check: { kind: automatic, on-enter: [notify-applicant], then: review }\n  review:\n"),
            ("not-by: [intake]", "not-by: [intake, check]"));
        OnlyProblem(text, DefinitionProblemCodes.NotByNotHuman, "check]");
    }

    [Theory]
    [InlineData("\"17:30\"", DefinitionProblemCodes.CutOffAfterClosing)]
    [InlineData("\"08:00\"", DefinitionProblemCodes.CutOffBeforeOpening)]
    public void A_cut_off_the_calendar_cannot_meet_is_reported(string cutOff, string code)
    {
        var problem = OnlyProblem(SampleDefinition.With(("cut-off: \"16:00\"", $"cut-off: {cutOff}")), code, cutOff);
        Assert.Contains(cutOff.Trim('"'), problem.Message.EnUs);
    }

    [Fact]
    public void Calendar_limits_come_from_the_options()
    {
        var text = SampleDefinition.With(("cut-off: \"16:00\"", "cut-off: \"17:15\""));

        Assert.Empty(Problems(text, new DefinitionValidationOptions { EarliestClosing = new TimeOnly(17, 30) }));
        Assert.Single(Problems(text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Working_days_must_be_within_the_statutory_limit(int days) =>
        OnlyProblem(SampleDefinition.With(("complete: same-day", $"complete: {{ working-days: {days} }}")),
            DefinitionProblemCodes.WorkingDaysOutOfRange, $"working-days: {days}", "working-days: ".Length);

    [Fact]
    public void Supplement_deadline_must_be_within_the_statutory_limit() =>
        OnlyProblem(SampleDefinition.With(("on-supplement: restart", "on-supplement: restart\n  supplement-within: { working-days: 45 }")),
            DefinitionProblemCodes.WorkingDaysOutOfRange, "45");

    [Theory]
    [InlineData("0m")]
    [InlineData("7h1m")]
    public void Warn_before_must_fit_in_a_working_day(string warnBefore) =>
        OnlyProblem(SampleDefinition.With(("warn-before: 60m", $"warn-before: {warnBefore}")), DefinitionProblemCodes.WarnBeforeOutOfRange, warnBefore + "\n");

    [Fact]
    public void Workflow_title_needs_both_languages()
    {
        var problem = OnlyProblem(SampleDefinition.With(("title: { zh-CN: 示例登记, en-US: Sample registration }", "title: { zh-CN: 示例登记 }")),
            DefinitionProblemCodes.MissingTranslation, "{ zh-CN: 示例登记 }");
        Assert.Equal("the workflow title lacks a translation: en-US (both Chinese and English are needed)", problem.Message.EnUs);
    }

    [Fact]
    public void Step_action_and_material_titles_need_both_languages_when_given()
    {
        var text = SampleDefinition.With(("title: { zh-CN: 核准, en-US: Approval }", "title: { en-US: Approval }"),
            ("title: { zh-CN: 买卖合同, en-US: Sale contract }", "title: { zh-CN: 买卖合同 }"),
            ("approve: { to: certificate,", "approve: { title: { zh-CN: 核准登簿, en-US: '' }, to: certificate,"));

        var problems = Problems(text);

        Assert.All(problems, p => Assert.Equal(DefinitionProblemCodes.MissingTranslation, p.Code));
        Assert.Equal([SourceText.PositionOf(text, "title: { zh-CN: 买卖合同 }"), SourceText.PositionOf(text, "{ en-US: Approval }"),
            SourceText.PositionOf(text, "{ zh-CN: 核准登簿")], problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void A_join_without_a_parallel_is_reported()
    {
        var text = SampleDefinition.With(("approve: { to: certificate,", "approve: { to: merge,"),
            ("  certificate: {", "  merge: { kind: join, then: certificate }\n  certificate: {"));
        OnlyProblem(text, DefinitionProblemCodes.JoinWithoutParallel, "merge: {");
    }

    [Fact]
    public void A_wait_step_must_wait_for_a_known_trigger() =>
        OnlyProblem(SampleDefinition.With(("until: certificate-ready", "until: payment-received")), DefinitionProblemCodes.UnknownWaitTrigger, "payment-received");

    [Fact]
    public void The_clock_must_start_somewhere() =>
        OnlyProblem(SampleDefinition.With(("accept: { to: review, effects: [start-clock] }", "accept: { to: review }")),
            DefinitionProblemCodes.NoClockStart, "steps:");

    [Fact]
    public void A_suspended_clock_must_be_resumed_somewhere() =>
        OnlyProblem(SampleDefinition.With(("effects: [resume-clock]", "effects: []")), DefinitionProblemCodes.SuspendWithoutResume, "suspend-clock");

    [Fact]
    public void Registration_must_be_recorded_somewhere() =>
        OnlyProblem(SampleDefinition.With(("effects: [record-in-register]", "effects: [notify-applicant]")), DefinitionProblemCodes.NoRegisterRecord, "steps:");

    [Fact]
    public void No_certificate_means_no_certificate_number()
    {
        var text = SampleDefinition.With(("certificate: property-right", "certificate: none"),
            ("certificate-ready: next-working-day-open", "certificate-ready: none"));

        var problems = Problems(text);

        Assert.All(problems, p => Assert.Equal(DefinitionProblemCodes.CertificateMismatch, p.Code));
        Assert.Equal([SourceText.PositionOf(text, "allocate-certificate-number"), SourceText.PositionOf(text, "certificate-ready, then")],
            problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void A_certificate_needs_a_ready_rule()
    {
        var text = SampleDefinition.With(("certificate-ready: next-working-day-open", "certificate-ready: none"));

        var problems = Problems(text);

        Assert.All(problems, p => Assert.Equal(DefinitionProblemCodes.CertificateMismatch, p.Code));
        Assert.Equal([SourceText.PositionOf(text, "none\n"), SourceText.PositionOf(text, "certificate-ready, then")], problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void Withdraw_is_built_in_and_cannot_be_redefined()
    {
        var text = SampleDefinition.With(("  accept: { to: review,", "  withdraw: { to: not-accepted }\n      accept: { to: review,"));
        OnlyProblem(text, DefinitionProblemCodes.ReservedAction, "withdraw: {");
    }

    [Fact]
    public void Withdrawn_is_the_built_in_outcome() =>
        OnlyProblem(SampleDefinition.With(("outcome: not-accepted", "outcome: withdrawn")), DefinitionProblemCodes.ReservedOutcome, "withdrawn");

    [Fact]
    public void Withdrawal_settings_are_checked()
    {
        var text = SampleDefinition.With(("steps:\n", "withdraw: { role: applicant, requires: [why] }\nsteps:\n"));

        var problems = Problems(text);

        Assert.Equal([(DefinitionProblemCodes.UnknownRole, SourceText.PositionOf(text, "applicant")), (DefinitionProblemCodes.UnknownField, SourceText.PositionOf(text, "why"))],
            problems.Select(p => (p.Code, (p.Line, p.Column))));
    }

    [Fact]
    public void A_key_that_does_not_fit_the_step_kind_is_reported() =>
        OnlyProblem(SampleDefinition.With(("then: done }", "then: done, role: clerk }")), DefinitionProblemCodes.KeyNotForKind, "role: clerk }");

    [Fact]
    public void Unknown_party_role_is_reported() =>
        OnlyProblem(SampleDefinition.With(("role: buyer", "role: purchaser")), DefinitionProblemCodes.UnknownPartyRole, "{ role: purchaser");

    [Fact]
    public void Every_problem_is_reported_at_once_in_file_order()
    {
        var text = SampleDefinition.With(("id: sample", "id: Sample"), ("role: approver", "role: boss"), ("pass: { to: approval,", "pass: { to: nowhere,"),
            ("cut-off: \"16:00\"", "cut-off: \"18:00\""), ("warn-before: 60m", "warn-before: 9h"));

        var problems = Problems(text);

        foreach (var (code, at) in new[]
                 {
                     (DefinitionProblemCodes.NotKebabCase, "Sample\n"), (DefinitionProblemCodes.CutOffAfterClosing, "\"18:00\""),
                     (DefinitionProblemCodes.WarnBeforeOutOfRange, "9h"), (DefinitionProblemCodes.UnknownTarget, "nowhere"),
                     (DefinitionProblemCodes.UnknownRole, "boss"), (DefinitionProblemCodes.UnreachableStep, "approval:\n"),
                 })
            Assert.Contains(problems, p => p.Code == code && (p.Line, p.Column) == SourceText.PositionOf(text, at));
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
    }
}
