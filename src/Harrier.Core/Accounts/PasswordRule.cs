namespace Harrier.Core.Accounts;

/// <summary>Why <see cref="PasswordPolicy"/> refuses a password.</summary>
public enum PasswordRule
{
    TooShort,
    TooLong,

    /// <summary>Made of the account's e-mail address or name, or of the word Harrier.</summary>
    Personal,

    /// <summary>One character or a short pattern repeated, or hardly any different characters.</summary>
    Repeated,

    /// <summary>A run along the alphabet, the digits or the keyboard.</summary>
    Sequence,

    /// <summary>On the bundled list of common passwords.</summary>
    Common,

    /// <summary>A common password with digits or symbols around it, or with look-alike digits for letters.</summary>
    CommonWithAdditions,
}
