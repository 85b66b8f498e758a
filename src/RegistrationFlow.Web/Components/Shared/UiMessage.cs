using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Components.Shared;

public enum UiMessageKind { Info, Ok, Error }

/// <summary>A message on a screen, mostly what the server said: a refusal, a conflict, a success.</summary>
public sealed record UiMessage(UiMessageKind Kind, LocalizedText Text, LocalizedText? Title = null)
{
    public static UiMessage Error(LocalizedText text, LocalizedText? title = null) => new(UiMessageKind.Error, text, title);
    public static UiMessage Ok(LocalizedText text) => new(UiMessageKind.Ok, text);
    public static UiMessage Info(LocalizedText text) => new(UiMessageKind.Info, text);
}
