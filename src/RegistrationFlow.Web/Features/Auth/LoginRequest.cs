namespace RegistrationFlow.Web.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record CurrentUserResponse(string UserName, string? DisplayName, IReadOnlyList<string> Roles);

/// <summary>A bearer token: send <c>Authorization: Bearer {AccessToken}</c>; it expires after <c>ExpiresIn</c> seconds.</summary>
public sealed record LoginResponse(string TokenType, string AccessToken, long ExpiresIn);
