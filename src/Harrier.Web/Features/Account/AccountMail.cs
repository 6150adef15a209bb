namespace Harrier.Web.Features.Account;

/// <summary>The e-mails about an account, in plain text.</summary>
internal static class AccountMail
{
    public const string ResetSubject = "Choose a new Harrier password";

    public const string TakenSubject = "Someone tried to create a Harrier account with your address";

    public static string Reset(string name, string link) => $"""
        Hello {name},

        Someone, we hope you, asked to reset the password of your Harrier account. To choose a new password, open this link
        within an hour:

        {link}

        The link works once. If you did not ask, ignore this e-mail: your password stays as it is.
        """;

    public static string Taken(string login, string forgot) => $"""
        Hello,

        Someone tried to create a Harrier account with this e-mail address, which already has one. Nothing has changed.

        If it was you, log in at {login}
        or, if you forgot your password, choose a new one at {forgot}

        If it was not you, you need do nothing.
        """;
}
