namespace RegistrationFlow.Web.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>Who is signed in; <c>MustChangePassword</c>: every other call is refused until <c>POST /api/auth/password</c>.</summary>
public sealed record CurrentUserResponse(string UserName, string? DisplayName, IReadOnlyList<string> Roles, bool MustChangePassword);

/// <summary>
/// A bearer token: send <c>Authorization: Bearer {AccessToken}</c>; it expires after <c>ExpiresIn</c> seconds. With
/// <c>MustChangePassword</c> it serves only <c>POST /api/auth/password</c>, <c>GET /api/auth/me</c> and the sign-out.
/// </summary>
public sealed record LoginResponse(string TokenType, string AccessToken, long ExpiresIn, bool MustChangePassword);

public sealed record OwnPasswordRequest(string? CurrentPassword, string? NewPassword);
