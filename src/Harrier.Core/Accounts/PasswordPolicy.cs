using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Harrier.Core.Accounts;

/// <summary>
/// Whether a password may be used: the one set of password rules that registration, password change, password reset and the
/// owner's command line all ask. Length over composition; no rules about capitals or digits.
/// </summary>
/// <remarks>
/// NIST SP 800-63B (rev. 4, §3.1.1.2): a minimum length, no composition rules, and a check of new passwords against values
/// known to be commonly used, expected or compromised: passwords from breach corpuses, repetitive or sequential characters and
/// context-specific words such as the name of the service or the person's own name and address. The corpus is the frequency
/// list zxcvbn ships (47,023 passwords counted in Mark Burnett's 10 million leaked passwords; see <c>README.md</c> beside
/// this file). A password is also refused when it is one of those with digits or symbols added around it or letters swapped for
/// look-alike digits ("P@ssw0rd1!"), since guessing tools try exactly those variants first.
/// </remarks>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    public const int MaximumLength = 200;

    private const string ResourceName = "Harrier.Core.Accounts.common-passwords.txt";

    /// <summary>Runs along the alphabet and the keyboard (rows and columns of a US/UK layout); read forwards and backwards.</summary>
    private static readonly string[] Sequences =
    [
        "abcdefghijklmnopqrstuvwxyz", "0123456789012345678901234567890", "`1234567890-=", "qwertyuiop[]", "asdfghjkl;'#", "zxcvbnm,./",
        "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", "qazwsxedcrfvtgbyhnujmikolp", "azertyuiop",
        "qwertzuiop",
    ];

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    /// <summary>How many passwords the bundled list of common passwords holds.</summary>
    public static int CommonPasswordCount => Common.Value.Count;

    /// <summary>
    /// The first problem with <paramref name="password"/>, or null when it may be used. <paramref name="email"/> and
    /// <paramref name="name"/> are the account's, so that a password made of them is refused.
    /// </summary>
    public static PasswordProblem? Check(string password, string? email = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
        {
            return Problem(PasswordRule.TooShort);
        }

        if (password.Length > MaximumLength)
        {
            return Problem(PasswordRule.TooLong);
        }

        var compact = Compact(password);
        if (IsPersonal(compact, email, name))
        {
            return Problem(PasswordRule.Personal);
        }

        var core = compact.Trim(Decorations);
        if (IsRepeated(compact) || (core.Length >= 4 && core.Length < compact.Length && IsRepeated(core)))
        {
            return Problem(PasswordRule.Repeated);
        }

        if (IsSequence(compact) || (core.Length >= 4 && core.Length < compact.Length && IsSequence(core)))
        {
            return Problem(PasswordRule.Sequence);
        }

        if (IsCommon(compact))
        {
            return Problem(PasswordRule.Common);
        }

        return core.Length >= 3 && core.Length < compact.Length && IsCommon(core) ? Problem(PasswordRule.CommonWithAdditions) : null;
    }

    /// <summary>
    /// A random password the policy accepts, for the owner's command line and the demo accounts: 16 characters from 31
    /// unambiguous letters and digits (79 bits) in four groups, e.g. <c>h7qm-4kzt-p2xw-9cdr</c>.
    /// </summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        while (true)
        {
            var text = RandomNumberGenerator.GetString(alphabet, 16);
            var password = string.Join('-', text.Chunk(4).Select(c => new string(c)));
            if (Check(password) is null)
            {
                return password;
            }
        }
    }

    /// <summary>The message people see for a rule, in plain words.</summary>
    public static string Message(PasswordRule rule) => rule switch
    {
        PasswordRule.TooShort => $"Use at least {MinimumLength} characters. A few unrelated words make a long password that is easy to remember.",
        PasswordRule.TooLong => $"Use at most {MaximumLength} characters.",
        PasswordRule.Personal => "Don't build the password from your email address, your name or the word Harrier: they are the first things anyone tries.",
        PasswordRule.Repeated => "Avoid repeating a character or a short pattern (like aaaaaaaaaa or abcabcabc): it is among the first things anyone tries.",
        PasswordRule.Sequence => "Avoid runs along the alphabet or the keyboard (like abcdefghij, 1234567890 or qwertyuiop): they are among the first things anyone tries.",
        PasswordRule.Common => "This is one of the most common passwords, so it is among the first anyone tries. Choose another: a few unrelated words work well.",
        PasswordRule.CommonWithAdditions => "This is a common password with a few digits or symbols added or swapped in, which is among the first things anyone tries. "
            + "Choose another: a few unrelated words work well.",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    private static PasswordProblem Problem(PasswordRule rule) => new(rule, Message(rule));

    /// <summary>Digits, symbols and spaces that people add around a word.</summary>
    private static readonly char[] Decorations = "0123456789!@#$%^&*()_+-=[]{};:'\"\\|,.<>/?`~ ".ToCharArray();

    /// <summary>Lower case without spaces: "I Love You" and "iloveyou" are the same guess.</summary>
    private static string Compact(string password)
    {
        var builder = new StringBuilder(password.Length);
        foreach (var c in password.Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool IsCommon(string text)
    {
        var common = Common.Value;
        if (common.Contains(text))
        {
            return true;
        }

        var plain = Unleet(text);
        var bare = new string(text.Where(char.IsLetterOrDigit).ToArray());
        return common.Contains(plain) || (bare.Length >= 3 && (common.Contains(bare) || common.Contains(Unleet(bare))));
    }

    /// <summary>Look-alike digits and symbols back to the letters they stand for ("p@ssw0rd" → "password").</summary>
    private static string Unleet(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '@' or '4' => 'a',
                '3' => 'e',
                '1' or '!' => 'i',
                '0' => 'o',
                '$' or '5' => 's',
                '7' => 't',
                var c => c,
            };
        }
    });

    /// <summary>One character or a short unit repeated ("aaaaaaaaaa", "abcabcabca"), or hardly any different characters.</summary>
    private static bool IsRepeated(string text)
    {
        if (text.Distinct().Count() <= 4)
        {
            return true;
        }

        for (var unit = 1; unit <= text.Length / 2; unit++)
        {
            var repeats = true;
            for (var i = unit; i < text.Length && repeats; i++)
            {
                repeats = text[i] == text[i - unit];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSequence(string text) =>
        Sequences.Any(s => s.Contains(text, StringComparison.Ordinal) || s.Contains(Reverse(text), StringComparison.Ordinal));

    private static string Reverse(string text)
    {
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>
    /// True when the password contains the whole e-mail address, or its letters are nothing but words from the address, the name
    /// and "harrier" ("AnaLopez1990!" for ana.lopez@example.com). A name inside a longer phrase ("banana bread for ana") is fine.
    /// </summary>
    private static bool IsPersonal(string compact, string? email, string? name)
    {
        if (!string.IsNullOrWhiteSpace(email) && compact.Contains(email.Trim().ToLowerInvariant(), StringComparison.Ordinal))
        {
            return true;
        }

        var letters = new string(compact.Where(char.IsLetter).ToArray());
        if (letters.Length == 0)
        {
            return false;
        }

        var words = Words(email).Concat(Words(name)).Append("harrier").Where(w => w.Length >= 2).Distinct().ToArray();
        return OnlyWords(letters, words);
    }

    private static string[] Words(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : new string(text.ToLowerInvariant().Select(c => char.IsLetter(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="letters"/> can be cut into a sequence of <paramref name="words"/> (a word break).</summary>
    private static bool OnlyWords(string letters, string[] words)
    {
        var reachable = new bool[letters.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < letters.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            foreach (var word in words)
            {
                if (i + word.Length <= letters.Length && string.CompareOrdinal(letters, i, word, 0, word.Length) == 0)
                {
                    reachable[i + word.Length] = true;
                }
            }
        }

        return reachable[letters.Length];
    }

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The list of common passwords ({ResourceName}) is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>(50_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
