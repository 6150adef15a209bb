using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Screening;
using Harrier.Core.Triage;
using Harrier.Data.Triage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Triage;

/// <summary>
/// <c>harrier triage</c>: the warning-signs check first, then the one pain decision and the ranked contributors for an answers file
/// (<c>docs/triage-input.md</c>), optionally with a stored runner's history.
/// </summary>
/// <remarks>Exit codes: 0 nothing urgent; 1 bad input; 3 see a clinician today; 4 emergency.</remarks>
public sealed class TriageCommand(IAnsiConsole console, TimeProvider clock, ErrorOutput errors) : AsyncCommand<TriageCommand.Settings>
{
    /// <summary>Exit code when a warning sign needs a clinician today.</summary>
    public const int SeeClinicianToday = 3;

    /// <summary>Exit code when a warning sign is an emergency.</summary>
    public const int Emergency = 4;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        WriteIndented = true,

        // Terminal and file output, never embedded in HTML: keep apostrophes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private IReadOnlyDictionary<string, string>? _problems;
    private string _unfixed = "";

    public sealed class Settings : DataSettings
    {
        [CommandOption("-i|--input <FILE>")]
        [Description("The answers file (JSON, see docs/triage-input.md): questionnaire, warning-sign answers, age, current pain entry.")]
        public string Input { get; init; } = "";

        [CommandOption("-u|--user <EMAIL>")]
        [Description("Also read this runner's stored runs, pain journal, check-ins and warning-signs checks.")]
        public string? User { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Input) ? ValidationResult.Error("--input is required.")
            : User is not null && string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user needs an email address.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Input))
        {
            return await FailAsync($"no answers file at '{settings.Input}'.");
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(settings.Input, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync($"cannot read '{settings.Input}': {e.Message}");
        }

        var result = settings.User is { } email
            ? await AssessStoredAsync(email, text, settings, cancellationToken)
            : Assess(text, settings.Input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (result is not { } triage)
        {
            return 1;
        }

        var document = TriageDocument.From(triage) with { Problems = _problems };
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(document, Json));
        }
        else
        {
            TriageText.Write(console, document);
        }

        if (_problems is not null)
        {
            // Shown after the warning sign that needed help at once: the rest of the file still needs fixing.
            await errors.Writer.WriteLineAsync($"harrier triage: {settings.Input}: still to fix: {_unfixed}");
        }

        return triage.StoppedAtFlag ? triage.Urgency == Urgency.Emergency ? Emergency : SeeClinicianToday : 0;
    }

    private TriageResult? Assess(string text, string path, DateOnly today)
    {
        if (Parse(text, path, today) is not { } input)
        {
            return null;
        }

        return PainTriage.Assess(input.Answers, TriageHistory.Empty.With(input.PainEntry), input.Screen(today), clock.GetUtcNow().UtcDateTime, today);
    }

    private async Task<TriageResult?> AssessStoredAsync(string email, string text, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserAsync(db, email, cancellationToken) is not { } user)
        {
            await FailAsync($"no account with the email {email}.");
            return null;
        }

        var today = user.Today(clock);
        if (Parse(text, settings.Input, today) is not { } input)
        {
            return null;
        }

        // The file's warning-sign answers count when it has them; otherwise the runner's stored checks do.
        var screen = input.HasScreen ? input.Screen(today) : null;
        return await new RunnerTriage(db, clock).AssessAsync(user.Id, today, input.Answers, screen, input.PainEntry, save: false, cancellationToken);
    }

    // Null (with the reason on standard error) unless the file can be answered: nothing to fix, or a warning sign that needs a
    // clinician today or now, which is answered at once (TriageInput.Stands), with what is left to fix reported after it.
    private TriageInput? Parse(string text, string path, DateOnly today)
    {
        var (input, problem) = TriageInput.Parse(text, today);
        if (input is null || !input.Stands(today))
        {
            errors.Writer.WriteLine($"harrier triage: {path}: {problem ?? input!.ProblemLine}");
            return null;
        }

        if (input.Problems.Count > 0)
        {
            (_problems, _unfixed) = (input.Problems, input.ProblemLine);
        }

        return input;
    }

    private async Task<int> FailAsync(string message)
    {
        await errors.Writer.WriteLineAsync($"harrier triage: {message}");
        return 1;
    }
}
