namespace RegistrationFlow.Web.Problems;

/// <summary>The stable codes of refusals that are not a feature's own (docs/API.md, "Refusals of any request").</summary>
internal static class ProblemCodes
{
    public const string MalformedJson = "malformed-json";
    public const string BodyRequired = "body-required";
    public const string InvalidParameter = "invalid-parameter";
    public const string BadRequest = "bad-request";
    public const string BodyTooLarge = "body-too-large";
    public const string UnsupportedMediaType = "unsupported-media-type";

    public static string? ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => "authentication-required",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status413PayloadTooLarge => BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status500InternalServerError => "internal-error",
        StatusCodes.Status503ServiceUnavailable => "service-unavailable",
        _ => null,
    };
}
