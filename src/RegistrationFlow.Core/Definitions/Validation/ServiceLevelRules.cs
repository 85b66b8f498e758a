namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>
/// The service level against the office calendar, the clock effects, registration and the certificate: things that
/// would make a promise the office cannot keep or a case whose deadline can never be computed.
/// </summary>
internal static class ServiceLevelRules
{
    public static void Check(ValidationContext c)
    {
        var level = c.Definition.ServiceLevel;
        var options = c.Options;
        if (level.Complete.Kind == CompletionKind.SameDay)
        {
            if (level.CutOff > options.EarliestClosing)
                c.Report("service-level/cut-off", level.Location, DefinitionProblemCodes.CutOffAfterClosing,
                    $"当天办结的截止受理时间 {level.CutOff:HH\\:mm} 晚于最早的下班时间 {options.EarliestClosing:HH\\:mm}：有些日子里这个承诺无法兑现",
                    $"the same-day cut-off {level.CutOff:HH\\:mm} is after the earliest closing time {options.EarliestClosing:HH\\:mm}: on some days the promise cannot be kept");
            if (level.CutOff < options.LatestOpening)
                c.Report("service-level/cut-off", level.Location, DefinitionProblemCodes.CutOffBeforeOpening,
                    $"当天办结的截止受理时间 {level.CutOff:HH\\:mm} 早于最晚的上班时间 {options.LatestOpening:HH\\:mm}：有些日子里没有一件能当天受理",
                    $"the same-day cut-off {level.CutOff:HH\\:mm} is before the latest opening time {options.LatestOpening:HH\\:mm}: on some days nothing could be accepted for the same day");
        }
        else
        {
            CheckWorkingDays(c, level.Complete.WorkingDays, "service-level/complete/working-days", "办结时限", "the completion time");
        }
        if (level.SupplementWithinWorkingDays is { } within)
            CheckWorkingDays(c, within, "service-level/supplement-within/working-days", "补正期限", "the supplement deadline");

        if (level.WarnBefore <= TimeSpan.Zero || level.WarnBefore > options.ShortestWorkingDay)
            c.Report("service-level/warn-before", level.Location, DefinitionProblemCodes.WarnBeforeOutOfRange,
                $"warn-before 应大于 0 且不超过一个工作日（{Hours(options.ShortestWorkingDay)}），而不是 {Hours(level.WarnBefore)}",
                $"warn-before must be more than 0 and at most one working day ({Hours(options.ShortestWorkingDay)}), not {Hours(level.WarnBefore)}");

        CheckClock(c);
        CheckRegistrationAndCertificate(c);
    }

    private static void CheckWorkingDays(ValidationContext c, int days, string path, string whatZh, string whatEn)
    {
        var limit = c.Options.StatutoryLimitWorkingDays;
        if (days >= 1 && days <= limit) return;
        c.Report(path, c.Definition.ServiceLevel.Location, DefinitionProblemCodes.WorkingDaysOutOfRange,
            $"{whatZh}应在 1 到 {limit} 个工作日之间（法定时限 {limit} 个工作日），而不是 {days}",
            $"{whatEn} must be 1 to {limit} working days (the statutory limit is {limit}), not {days}");
    }

    private static string Hours(TimeSpan span) =>
        span.Minutes == 0 ? $"{(int)span.TotalHours}h" : span.TotalHours >= 1 ? $"{(int)span.TotalHours}h{span.Minutes}m" : $"{(int)span.TotalMinutes}m";

    /// <summary>Every effect of the definition with the path of the value that names it.</summary>
    private static IEnumerable<(string Effect, string Path, SourceLocation Fallback)> Effects(WorkflowDefinition d)
    {
        foreach (var step in d.Steps)
        {
            for (var index = 0; index < step.OnEnter.Count; index++)
                yield return (step.OnEnter[index], DefinitionPath.Item(DefinitionPath.StepKey(step.Id, "on-enter"), index), step.Location);
            foreach (var action in step.Actions)
                for (var index = 0; index < action.Effects.Count; index++)
                    yield return (action.Effects[index], DefinitionPath.Item(DefinitionPath.ActionKey(step.Id, action.Name, "effects"), index), action.Location);
        }
    }

    private static void CheckClock(ValidationContext c)
    {
        var effects = Effects(c.Definition).ToList();
        if (!effects.Any(effect => effect.Effect == Vocabulary.Effects.StartClock))
            c.ReportAtKey(DefinitionPath.Steps, c.Definition.Location, DefinitionProblemCodes.NoClockStart,
                "没有任何操作启动计时（effects: [start-clock]），办结时限无从算起；通常写在受理操作 accept 上",
                "no action starts the clock (effects: [start-clock]), so no due time could ever be computed; it usually goes on the accept action");
        if (!effects.Any(effect => effect.Effect == Vocabulary.Effects.ResumeClock))
            foreach (var suspend in effects.Where(effect => effect.Effect == Vocabulary.Effects.SuspendClock))
                c.Report(suspend.Path, suspend.Fallback, DefinitionProblemCodes.SuspendWithoutResume,
                    "计时在这里暂停（suspend-clock），但没有任何操作恢复计时（resume-clock）",
                    "the clock is suspended here (suspend-clock) but no action resumes it (resume-clock)");
    }

    private static void CheckRegistrationAndCertificate(ValidationContext c)
    {
        var d = c.Definition;
        var effects = Effects(d).ToList();
        if (!effects.Any(effect => effect.Effect == Vocabulary.Effects.RecordInRegister))
            c.ReportAtKey(DefinitionPath.Steps, d.Location, DefinitionProblemCodes.NoRegisterRecord,
                "没有任何操作登簿（effects: [record-in-register]）：登记不会完成，撤回也没有截止点；通常写在核准操作 approve 上",
                "no action records the registration (effects: [record-in-register]): it would never be complete, and withdrawal would have no end; it usually goes on the approve action");

        var issuesCertificate = d.Registration.Certificate != CertificateKind.None;
        var readyRule = d.ServiceLevel.CertificateReady;
        var certificateWord = LanguageWords.Of(d.Registration.Certificate);
        if (issuesCertificate && readyRule == CertificateReadyRule.None)
            c.Report("service-level/certificate-ready", d.ServiceLevel.Location, DefinitionProblemCodes.CertificateMismatch,
                $"登记发放 {certificateWord}，certificate-ready 不能是 none", $"the registration issues a {certificateWord} certificate, so certificate-ready cannot be none");
        if (!issuesCertificate && readyRule != CertificateReadyRule.None)
            c.Report("service-level/certificate-ready", d.ServiceLevel.Location, DefinitionProblemCodes.CertificateMismatch,
                "登记不发证（certificate: none），certificate-ready 应为 none", "the registration issues no certificate (certificate: none), so certificate-ready must be none");
        if (!issuesCertificate)
            foreach (var handOver in effects.Where(effect => effect.Effect == Vocabulary.Effects.HandOverCertificate))
                c.Report(handOver.Path, handOver.Fallback, DefinitionProblemCodes.CertificateMismatch,
                    "登记不发证（certificate: none），没有证书可以发放（hand-over-certificate）",
                    "the registration issues no certificate (certificate: none), so there is none to hand over (hand-over-certificate)");
        if (!issuesCertificate)
            foreach (var allocate in effects.Where(effect => effect.Effect == Vocabulary.Effects.AllocateCertificateNumber))
                c.Report(allocate.Path, allocate.Fallback, DefinitionProblemCodes.CertificateMismatch,
                    "登记不发证（certificate: none），不能分配证书编号（allocate-certificate-number）",
                    "the registration issues no certificate (certificate: none), so no certificate number can be allocated (allocate-certificate-number)");
        if (readyRule == CertificateReadyRule.None)
            foreach (var wait in d.Steps.Where(step => step.Kind == StepKind.Wait && step.Until == Vocabulary.WaitTriggers.CertificateReady))
                c.Report(DefinitionPath.StepKey(wait.Id, "until"), wait.Location, DefinitionProblemCodes.CertificateMismatch,
                    $"步骤“{wait.Id}”等待 certificate-ready，但 certificate-ready 是 none：它会永远等下去",
                    $"step '{wait.Id}' waits until certificate-ready, but certificate-ready is none: it would wait forever");
    }
}
