using Harrier.Core.Evidence;

namespace Harrier.Core.Triage;

/// <summary>A contributor on the wire; <paramref name="Place"/> is null outside the ranking.</summary>
/// <param name="GradeWords">The evidence grade in plain words, as pages and the CLI's text show it ("source checked").</param>
public sealed record ContributorDocument(
    int? Place, bool Tied, string Id, string Title, int Score, IReadOnlyList<string> Evidence, EvidenceGrade Grade, string GradeTag,
    string Source, string Strength, IReadOnlyList<SuggestedExercise> Actions, string? Advice, string? WouldTell, bool Refer, string GradeWords)
{
    public static ContributorDocument From(Contributor c, int? place, bool tied)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ContributorDocument(place, tied, c.Id, c.Title, c.Score, c.Evidence, c.Grade, c.Grade.Tag(), c.Source, c.Strength,
            c.Actions, c.Advice, c.WouldTell, c.Refer, c.Grade.Words());
    }
}
