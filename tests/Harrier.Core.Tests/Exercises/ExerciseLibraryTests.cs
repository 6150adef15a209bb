using Harrier.Core.Evidence;
using Harrier.Core.Exercises;

namespace Harrier.Core.Tests.Exercises;

public sealed class ExerciseLibraryTests
{
    /// <summary>The ids the troubleshooter's rules refer to; they must never change.</summary>
    [Theory]
    [InlineData("warm-up")]
    [InlineData("hip-flexor-stretch")]
    [InlineData("calf-stretch-gastrocnemius")]
    [InlineData("calf-stretch-soleus")]
    [InlineData("foam-rolling")]
    [InlineData("glute-bridge")]
    [InlineData("back-extension")]
    [InlineData("reverse-hyper")]
    [InlineData("step-rate")]
    [InlineData("side-plank")]
    [InlineData("bird-dog")]
    [InlineData("single-leg-calf-raise")]
    public void Find_KnownId_ReturnsACompleteExercise(string id)
    {
        var exercise = ExerciseLibrary.Find(id);

        Assert.NotNull(exercise);
        Assert.Equal(id + ".svg", exercise.Picture);
        Assert.NotEmpty(exercise.Instructions);
        Assert.NotEmpty(exercise.Safety);
        Assert.NotEmpty(exercise.Evidence.Sources);
        Assert.StartsWith(exercise.Evidence.CertaintyText + ":", exercise.Evidence.Summary, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(exercise.Dose.Text));
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull() => Assert.Null(ExerciseLibrary.Find("psoas-massage"));

    [Fact]
    public void All_EveryExercise_HasAPictureFileWithATitle()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Harrier.Web", "wwwroot", "exercises");

        Assert.All(ExerciseLibrary.All, e =>
        {
            var path = Path.Combine(folder, e.Picture);
            Assert.True(File.Exists(path), $"Missing picture {path}.");
            var svg = System.Xml.Linq.XDocument.Load(path).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.False(string.IsNullOrWhiteSpace(svg.Elements().First(x => x.Name.LocalName == "title").Value));
        });
    }

    [Fact]
    public void All_LowAndVeryLowEvidence_AreLabelledPlainly()
    {
        Assert.Equal("Very low evidence: unclear", ExerciseLibrary.Get("hip-flexor-stretch").Evidence.Label);
        Assert.Equal("Moderate evidence: no injury-prevention benefit", ExerciseLibrary.Get("calf-stretch-soleus").Evidence.Label);
        Assert.Equal("Low evidence: small, short-term effects", ExerciseLibrary.Get("foam-rolling").Evidence.Label);
        Assert.StartsWith("Not studied:", ExerciseLibrary.Get("warm-up").Evidence.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void All_UnverifiedClaims_AreNeverStatedAsFact() =>
        Assert.All(ExerciseLibrary.All.SelectMany(e => e.Evidence.Claims).Where(c => c.Tag == EvidenceGrade.Unverified),
            c => Assert.StartsWith("Unverified:", c.Claim, StringComparison.Ordinal));

    [Fact]
    public void ReverseHyper_SafetyNote_SaysToStopWhenTheLowerBackWorks() =>
        Assert.Contains(ExerciseLibrary.Get("reverse-hyper").Safety,
            s => s.Contains("lower back doing the work", StringComparison.Ordinal) && s.Contains("stop", StringComparison.Ordinal));

    [Fact]
    public void StepRate_Cue_IsRelativeToOwnBaselineNotOneEighty()
    {
        var stepRate = ExerciseLibrary.Get("step-rate");

        Assert.Contains(stepRate.Instructions,
            s => s.Contains("5%", StringComparison.Ordinal) && s.Contains("10%", StringComparison.Ordinal));
        Assert.Contains(stepRate.Instructions, s => s.Contains("Do not chase 180", StringComparison.Ordinal));
        Assert.Contains(stepRate.Evidence.Claims,
            c => c.Source.StartsWith("Heiderscheit", StringComparison.Ordinal) && c.Tag == EvidenceGrade.Verified);
    }

    [Fact]
    public void NumberedInstructions_NumbersFromOne()
    {
        var steps = ExerciseLibrary.Get("glute-bridge").NumberedInstructions;

        Assert.StartsWith("1. Lie on your back", steps[0], StringComparison.Ordinal);
        Assert.StartsWith("5. ", steps[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 12, null, null, false, "3 sets × 12 reps; 2 a week")]
    [InlineData(2, null, 30, null, true, "2 × 30 s hold, each side; 2 a week")]
    [InlineData(3, 8, 5, null, true, "3 sets × 8 reps, 5 s hold, each side; 2 a week")]
    [InlineData(null, null, null, 10, false, "about 10 min; 2 a week")]
    [InlineData(null, null, null, null, false, "2 a week")]
    public void DoseText_Combinations(int? sets, int? reps, int? hold, int? minutes, bool eachSide, string expected) =>
        Assert.Equal(expected, new ExerciseDose(sets, reps, hold, minutes, eachSide, "2 a week", "test").Text);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Harrier.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Harrier.slnx not found above the test output.");
    }
}
