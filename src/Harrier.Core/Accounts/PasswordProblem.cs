namespace Harrier.Core.Accounts;

/// <summary>The rule a password breaks and what to tell the person, in plain words.</summary>
public sealed record PasswordProblem(PasswordRule Rule, string Message);
