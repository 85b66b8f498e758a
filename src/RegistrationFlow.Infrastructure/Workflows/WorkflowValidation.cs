using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Infrastructure.Workflows;

/// <summary>How this office checks a definition text, wherever it comes from (API, draft editor).</summary>
public static class WorkflowValidation
{
    /// <summary>The validator's options with this office's hall hours (a cut-off must fall within every season's hours).</summary>
    public static DefinitionValidationOptions For(LiveBusinessCalendar calendar) => DefinitionValidationOptions.Default with
    {
        LatestOpening = calendar.Hours.LatestOpening,
        EarliestClosing = calendar.Hours.EarliestClosing,
    };

    public static string FileNameFor(string id, int version) => $"{id}.v{version}.yaml";
}
