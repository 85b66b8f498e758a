namespace RegistrationFlow.Web.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record CurrentUserResponse(string UserName, string? DisplayName, IReadOnlyList<string> Roles);
