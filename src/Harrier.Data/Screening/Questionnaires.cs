using System.Text.Json;
using Harrier.Core.Screening;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Screening;

/// <summary>Scores STarT Back and Oswestry answers with Core's scoring and keeps each score, so change over time is visible.</summary>
public sealed class Questionnaires(HarrierDbContext db, TimeProvider clock)
{
    public async Task<(QuestionnaireScore? Score, IReadOnlyList<string> Errors)> ScoreAsync(
        string ownerId, string instrument, IReadOnlyList<int?> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        QuestionnaireScore? score;
        IReadOnlyList<string> errors;
        if (instrument == QuestionnaireScore.StartBack)
        {
            var result = StartBack.Score(answers);
            errors = result.Errors;
            score = result.Value is { } s ? New(ownerId, instrument, answers, s.Total, s.Psychosocial, $"{s.Risk} risk") : null;
        }
        else
        {
            var result = Oswestry.Score(answers);
            errors = result.Errors;
            score = result.Value is { } o ? New(ownerId, instrument, answers, Math.Round(o.Percent, 1), null, o.Band.ToString()) : null;
        }

        if (score is not null)
        {
            db.QuestionnaireScores.Add(score);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (score, errors);
    }

    public async Task<IReadOnlyList<QuestionnaireScore>> HistoryAsync(string ownerId, string instrument, CancellationToken cancellationToken) =>
        await db.QuestionnaireScores.AsNoTracking().Where(s => s.OwnerId == ownerId && s.Instrument == instrument)
            .OrderBy(s => s.TakenUtc).ToListAsync(cancellationToken);

    private QuestionnaireScore New(string ownerId, string instrument, IReadOnlyList<int?> answers, double score, double? subscale, string band) => new()
    {
        OwnerId = ownerId, Instrument = instrument, TakenUtc = clock.GetUtcNow().UtcDateTime, AnswersJson = JsonSerializer.Serialize(answers),
        Score = score, Subscale = subscale, Band = band,
    };
}
