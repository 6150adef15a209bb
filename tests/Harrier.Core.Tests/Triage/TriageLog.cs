using Harrier.Core.Pain;
using Harrier.Core.Runs;
using Harrier.Core.Triage;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Triage;

/// <summary>Builds runs, check-ins and pain entries for triage scenarios, as the history Harrier would load.</summary>
internal sealed class TriageLog
{
    public static readonly DateOnly Start = new(2025, 3, 3);

    private readonly Dictionary<string, int> _shoes = [];

    public List<RunFacts> Runs { get; } = [];

    public List<MorningCheckIn> CheckIns { get; } = [];

    public List<PainEntry> Entries { get; } = [];

    public List<SessionPain> Sessions { get; } = [];

    /// <summary>The history as <c>PainHistory</c> would load it.</summary>
    public TriageHistory History => new(
        Runs,
        new PainSignals(Entries, CheckIns, Sessions, Runs.Select(r => r.Day).ToHashSet()),
        [],
        _shoes.Select(s => new ShoeWear(s.Value, s.Key, Runs.Where(r => r.ShoeId == s.Value).Min(r => (DateOnly?)r.Day),
            Runs.Where(r => r.ShoeId == s.Value).Aggregate(Distance.Zero, (sum, r) => sum + r.Distance))).ToArray(),
        Runs.Count == 0 ? null : Runs.Min(r => r.Day),
        Runs.Count == 0 ? null : Runs.Where(r => r.Day < Runs.Min(x => x.Day).AddDays(7)).Sum(r => r.Distance.TotalKilometers));

    /// <summary>Adds a run on <see cref="Start"/> + <paramref name="day"/> and, when given, the next morning's check-in.</summary>
    public TriageLog Run(int day, double km, int? morning = null, double? climb = null, double? cadence = null, string? shoe = null,
        Surface surface = Surface.Road)
    {
        var date = Start.AddDays(day);
        int? shoeId = shoe is null ? null : ShoeId(shoe);
        Runs.Add(new RunFacts(Runs.Count + 1, date, date.ToDateTime(new TimeOnly(6, 30), DateTimeKind.Utc), Distance.FromKilometers(km), surface,
            shoeId, shoe, climb ?? (cadence is null ? null : 0), cadence));
        if (morning is { } pain)
        {
            CheckIns.Add(new MorningCheckIn(date.AddDays(1), pain));
        }

        return this;
    }

    public TriageLog Entry(PainEntry entry)
    {
        Entries.Add(entry);
        return this;
    }

    public TriageLog Hurt(int day, int during)
    {
        Sessions.Add(new SessionPain(Start.AddDays(day), during));
        return this;
    }

    public TriageLog CheckIn(int day, int pain, bool somethingNew = false)
    {
        CheckIns.Add(new MorningCheckIn(Start.AddDays(day), pain, somethingNew));
        return this;
    }

    private int ShoeId(string name)
    {
        if (!_shoes.TryGetValue(name, out var id))
        {
            id = _shoes.Count + 1;
            _shoes[name] = id;
        }

        return id;
    }
}
