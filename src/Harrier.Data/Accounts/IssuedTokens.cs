namespace Harrier.Data.Accounts;

/// <summary>A new access token and refresh token for a token session; shown once, only their hashes are kept.</summary>
public sealed record IssuedTokens(string SessionId, string AccessToken, string RefreshToken, TimeSpan ExpiresIn);
