namespace Harrier.Data.Accounts;

/// <summary>How a session is carried: the sign-in cookie of a browser, or an API client's access and refresh tokens.</summary>
public enum SessionKind
{
    Cookie,
    Token,
}
