namespace Harrier.Core.Intake;

/// <summary>Scores the PAR-Q+ with its published logic (EVIDENCE §5.1 [S]).</summary>
/// <remarks>
/// All page-1 answers no → cleared. Any page-1 yes → the follow-up categories are answered: each opens with a question, and its
/// sub-questions are asked only after a yes; any sub-question yes → complete the ePARmed-X+ or see a qualified exercise
/// professional or health-care provider; all no → ready to become more active. A temporary illness or pregnancy → delay, whatever
/// the rest says. Answers are by id; an id the form does not have is refused.
/// </remarks>
public static class ParQPlus
{
    /// <summary>Scores answers against the shipped form.</summary>
    /// <param name="answers">Question id → yes (true) or no (false); unanswered questions are absent.</param>
    /// <exception cref="ArgumentException">An answer refers to an id the form does not have.</exception>
    public static ParQResult Evaluate(IReadOnlyDictionary<string, bool> answers) => Evaluate(ParQForm.Shipped, answers);

    /// <summary>Scores answers against a given form.</summary>
    public static ParQResult Evaluate(ParQForm form, IReadOnlyDictionary<string, bool> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        var ids = form.AllIds.ToHashSet(StringComparer.Ordinal);
        if (answers.Keys.FirstOrDefault(k => !ids.Contains(k)) is { } unknown)
        {
            throw new ArgumentException($"There is no PAR-Q+ question '{unknown}'.", nameof(answers));
        }

        var missing = Required(form, answers).Where(id => !answers.ContainsKey(id)).ToArray();
        var delay = form.Delay.Where(d => Yes(answers, d.Id)).Select(d => d.Text).ToArray();
        if (delay.Length > 0)
        {
            return new ParQResult(ParQOutcome.Delay, missing, delay);
        }

        var followUpYes = form.FollowUps.Where(f => Yes(answers, f.Id)).SelectMany(f => f.Questions).Where(q => Yes(answers, q.Id))
            .Select(q => q.Text).ToArray();
        if (followUpYes.Length > 0)
        {
            return new ParQResult(ParQOutcome.SeeProfessional, missing, followUpYes);
        }

        if (missing.Length > 0)
        {
            return new ParQResult(ParQOutcome.Incomplete, missing, []);
        }

        var pageOneYes = form.Questions.Where(q => Yes(answers, q.Id)).Select(q => q.Text).ToArray();
        return pageOneYes.Length == 0
            ? new ParQResult(ParQOutcome.Cleared, [], [])
            : new ParQResult(ParQOutcome.ReadyAfterFollowUp, [], pageOneYes);
    }

    /// <summary>The ids that must be answered: page 1 and the delay questions always; the follow-up categories after any page-1
    /// yes; a category's sub-questions after a yes to it.</summary>
    public static IEnumerable<string> Required(ParQForm form, IReadOnlyDictionary<string, bool> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var id in form.Questions.Select(q => q.Id).Concat(form.Delay.Select(d => d.Id)))
        {
            yield return id;
        }

        if (!form.Questions.Any(q => Yes(answers, q.Id)))
        {
            yield break;
        }

        foreach (var followUp in form.FollowUps)
        {
            yield return followUp.Id;
            if (Yes(answers, followUp.Id))
            {
                foreach (var question in followUp.Questions)
                {
                    yield return question.Id;
                }
            }
        }
    }

    private static bool Yes(IReadOnlyDictionary<string, bool> answers, string id) => answers.TryGetValue(id, out var yes) && yes;
}
