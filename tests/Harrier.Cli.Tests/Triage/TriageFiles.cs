namespace Harrier.Cli.Tests.Triage;

/// <summary>Answer files for <c>harrier triage</c> tests, written to a temporary folder that is removed on dispose.</summary>
internal sealed class TriageFiles : IDisposable
{
    /// <summary>Every red-flag question answered "no".</summary>
    public const string AllNo = """
        "redFlags": {
          "saddle-numbness": false, "bladder-change": false, "bowel-change": false, "progressive-weakness": false,
          "walking-unsteady": false, "both-legs": false, "chest-pain": "no", "fainting": false, "breathless": false,
          "fever": false, "major-trauma": false, "minor-trauma-bone-risk": false, "foot-weakness": false,
          "leg-pain-worsening": false, "cancer-history": false, "weight-loss": false, "night-pain": false,
          "not-improving": false, "new-back-pain": false, "spine-shape": false, "severe-central-pain-lying": false,
          "infection-risk": false
        }
        """;

    /// <summary>
    /// The seed thread's runner: right lower back spreading to the outer right lower leg, shooting; some hills; long sitting; a month
    /// of running; red-flag questions all "no".
    /// </summary>
    public const string ThreadRunner = $$"""
        {
          "region": "lower-back",
          "bodyMassKg": 84, "heightCm": 180, "runningMonths": 1, "firstWeekKilometers": 4.8,
          "weeklyKilometersNow": 13, "weeklyKilometersTwoWeeksAgo": 8,
          "hills": "some", "newShoes": true, "changedShoeModel": true,
          "hoursSittingPerDay": 9, "frontOfHipFeelsTight": true, "strengthSessionsPerWeek": 0,
          "leansForward": true, "watchesGround": true,
          "painSpreadsBelowKnee": true, "shootingOrBurningLegPain": true,
          "age": 24,
          {{AllNo}},
          "painEntry": {
            "region": "lower-back", "side": "right",
            "spreadsTo": [{ "region": "outer-lower-leg", "side": "right" }],
            "quality": ["ache", "shooting"], "afterRun": 4, "nextMorning": 5
          }
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("harrier-triage-").FullName;

    public string Write(string json, string name = "answers.json")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
