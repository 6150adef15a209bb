using Harrier.Core.Accounts;

namespace Harrier.Core.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("short", PasswordRule.TooShort)]
    [InlineData("aaaaaaaaaa", PasswordRule.Repeated)]
    [InlineData("abababababab", PasswordRule.Repeated)]
    [InlineData("abcabcabca", PasswordRule.Repeated)]
    [InlineData("1111122222", PasswordRule.Repeated)]
    [InlineData("hey hey hey hey", PasswordRule.Repeated)]
    [InlineData("aaaaaaaa12", PasswordRule.Repeated)]
    [InlineData("abcdefghij", PasswordRule.Sequence)]
    [InlineData("1234567890", PasswordRule.Sequence)]
    [InlineData("0987654321", PasswordRule.Sequence)]
    [InlineData("12345678901", PasswordRule.Sequence)]
    [InlineData("5678901234", PasswordRule.Sequence)]
    [InlineData("qwertyuiop", PasswordRule.Sequence)]
    [InlineData("POIUYTREWQ", PasswordRule.Sequence)]
    [InlineData("abcdefgh12", PasswordRule.Sequence)]
    [InlineData("password12", PasswordRule.Common)]
    [InlineData("basketball", PasswordRule.Common)]
    [InlineData("I Love You 123", PasswordRule.Common)]
    [InlineData("Dragon!!2468", PasswordRule.CommonWithAdditions)]
    [InlineData("P@ssw0rd2024!", PasswordRule.CommonWithAdditions)]
    [InlineData("Sunshine1234", PasswordRule.CommonWithAdditions)]
    [InlineData("2019football!!", PasswordRule.CommonWithAdditions)]
    [InlineData("Harrier2026!", PasswordRule.Personal)]
    public void Check_WeakPassword_IsRefusedByItsRule(string password, PasswordRule rule) =>
        Assert.Equal(rule, PasswordPolicy.Check(password)?.Rule);

    [Theory]
    [InlineData("early morning miles")]
    [InlineData("correct horse battery")]
    [InlineData("a new long passphrase")]
    [InlineData("h7qm-4kzt-p2xw-9cdr")]
    [InlineData("banana bread for ana")]
    [InlineData("Tempo on the towpath at 6")]
    public void Check_GoodPassword_IsAccepted(string password) =>
        Assert.Null(PasswordPolicy.Check(password, "ana.lopez@example.com", "Ana Lopez"));

    [Theory]
    [InlineData("AnaLopez1990!")]
    [InlineData("lopez.ana.2024")]
    [InlineData("ana.lopez@example.com")]
    [InlineData("harrier ana lopez")]
    public void Check_MadeOfTheEmailOrName_IsPersonal(string password) =>
        Assert.Equal(PasswordRule.Personal, PasswordPolicy.Check(password, "ana.lopez@example.com", "Ana Lopez")?.Rule);

    [Fact]
    public void Check_TooLong_IsRefused() =>
        Assert.Equal(PasswordRule.TooLong, PasswordPolicy.Check(new string('x', 100) + string.Concat(Enumerable.Range(0, 101).Select(i => (char)('a' + (i % 26)))))?.Rule);

    [Fact]
    public void Check_EveryRule_HasAPlainMessage()
    {
        foreach (var rule in Enum.GetValues<PasswordRule>())
        {
            Assert.False(string.IsNullOrWhiteSpace(PasswordPolicy.Message(rule)));
        }

        Assert.Contains("at least 10 characters", PasswordPolicy.Check("short")!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommonList_IsBundled() => Assert.Equal(47_023, PasswordPolicy.CommonPasswordCount);

    [Fact]
    public void Generate_GivesDifferentPasswordsThePolicyAccepts()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => PasswordPolicy.Generate()).ToArray();

        Assert.All(passwords, p => Assert.Null(PasswordPolicy.Check(p)));
        Assert.All(passwords, p => Assert.Matches("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", p));
        Assert.Equal(50, passwords.Distinct().Count());
    }
}
