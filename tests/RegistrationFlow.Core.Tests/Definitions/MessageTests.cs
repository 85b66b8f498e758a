using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Core.Tests.Runtime;

namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>The messages a workflow sends are worded in its definition, in both languages, with known placeholders only.</summary>
public sealed class MessageTests
{
    private const string File = "commercial-housing-transfer.v1.yaml";
    private static readonly string Shipped = RepositoryFiles.Workflow(File);

    private static DefinitionReadResult Read(string text) => DefinitionReader.ReadAndValidate(text, File, DefinitionValidationOptions.Default);

    [Fact]
    public void Every_shipped_workflow_words_every_message_in_both_languages()
    {
        foreach (var path in RepositoryFiles.ShippedWorkflows())
        {
            var file = Path.GetFileName(path);
            var definition = DefinitionReader.ReadAndValidate(RepositoryFiles.Workflow(file), file, DefinitionValidationOptions.Default).Definition!;
            // The 容缺 messages are sent only by a workflow that tolerates a missing material.
            string[] owedOnly = [Vocabulary.Messages.OwedMaterialReminder, Vocabulary.Messages.OwedMaterialOverdue];
            var expected = Vocabulary.Messages.Placeholders.Keys
                .Where(key => definition.Materials.Any(m => m.Tolerable) || !owedOnly.Contains(key));
            Assert.Equal(expected.Order(), definition.Messages.Keys.Order());
            Assert.All(definition.Messages.Values, text => Assert.True(text.IsComplete, file));
        }
    }

    [Fact]
    public void The_engine_sends_the_definitions_wording_with_the_due_time_filled_in_office_time()
    {
        var definition = TestWorkflows.CommercialHousingTransfer() with
        {
            Messages = new Dictionary<string, LocalizedTitle>
            {
                [Vocabulary.Messages.DeadlineWarning] = new("{due} 到期，请抓紧。", "Due {due}. Hurry."),
            },
        };
        var compiled = CompiledWorkflow.Compile(definition);
        var calendar = new SimpleTestCalendar();
        var engine = new WorkflowEngine(calendar);
        var at = SimpleTestCalendar.At(2026, 6, 15, 9, 0);
        var state = engine.Start(compiled, TestWorkflows.Ordinary, at).AcceptedOrThrow().State;
        state = engine.Apply(compiled, state, TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, at).AcceptedOrThrow().State;

        var warned = engine.OnDeadline(compiled, state, DeadlineKind.Warning, state.Clock.WarningAt!.Value).AcceptedOrThrow();

        var notify = Assert.Single(warned.Effects.OfType<Notify>());
        var due = TimeZoneInfo.ConvertTime(state.Clock.DueAt!.Value, calendar.TimeZone);
        Assert.Equal(NotifyTemplates.DeadlineWarning, notify.Template);
        Assert.Equal($"Due {due:yyyy-MM-dd HH:mm}. Hurry.", notify.Text.EnUs);
        Assert.Equal($"{due:yyyy-MM-dd HH:mm} 到期，请抓紧。", notify.Text.ZhCn);
    }

    [Fact]
    public void A_message_left_out_keeps_the_products_wording()
    {
        var text = SourceText.Replace(Shipped, ("  supplement-expired:\n", "  x-supplement-expired:\n"));
        var withoutIt = text.Replace("  x-supplement-expired:\n    zh-CN: 补正材料未在期限内提交，申请（受理编号 {receipt}）视为撤回。\n    en-US: The requested materials were not supplied in time; the application (receipt {receipt}) counts as withdrawn.\n", "");

        var read = Read(withoutIt);

        Assert.Empty(read.Problems);
        Assert.Equal(MessageDefaults.For(Vocabulary.Messages.SupplementExpired),
            CompiledWorkflow.Compile(read.Definition!).Message(Vocabulary.Messages.SupplementExpired));
    }

    [Fact]
    public void A_message_without_one_language_is_refused_at_its_line()
    {
        var text = SourceText.Replace(Shipped, ("    en-US: The application is due at {due}; please act soon.\n", ""));

        var problem = Assert.Single(Read(text).Problems);

        Assert.Equal(DefinitionProblemCodes.MissingTranslation, problem.Code);
        Assert.Equal(SourceText.PositionOf(text, "zh-CN: 申请将于 {due}").Line, problem.Line); // the message that lacks it
        Assert.Contains("en-US", problem.Message.EnUs);
    }

    [Fact]
    public void An_unknown_placeholder_is_refused_naming_the_ones_offered()
    {
        var text = SourceText.Replace(Shipped, ("en-US: The application is past its due time ({due})", "en-US: The application is past its due time ({deadline})"));

        var problem = Assert.Single(Read(text).Problems);

        Assert.Equal(DefinitionProblemCodes.UnknownPlaceholder, problem.Code);
        Assert.Equal(SourceText.PositionOf(text, "{deadline}").Line, problem.Line);
        Assert.Equal("message 'deadline-breach' has no placeholder {deadline}; it offers: {due}", problem.Message.EnUs);
    }

    [Fact]
    public void An_unknown_message_is_refused_at_its_key()
    {
        var text = SourceText.Replace(Shipped, ("  deadline-breach:\n", "  deadline-breech:\n"));

        var problem = Assert.Single(Read(text).Problems);

        Assert.Equal(DefinitionProblemCodes.UnknownKey, problem.Code);
        Assert.Equal(SourceText.PositionOf(text, "deadline-breech"), (problem.Line, problem.Column));
    }

    [Fact]
    public void Handing_over_a_certificate_needs_a_workflow_that_issues_one()
    {
        var text = SourceText.Replace(RepositoryFiles.Workflow("mortgage-cancellation.v1.yaml"),
            ("effects: [record-in-register, notify-applicant]", "effects: [record-in-register, notify-applicant, hand-over-certificate]"));

        var problem = Assert.Single(DefinitionReader.ReadAndValidate(text, "mortgage-cancellation.v1.yaml", DefinitionValidationOptions.Default).Problems);

        Assert.Equal(DefinitionProblemCodes.CertificateMismatch, problem.Code);
        Assert.Contains("hand-over-certificate", problem.Message.EnUs);
    }
}
