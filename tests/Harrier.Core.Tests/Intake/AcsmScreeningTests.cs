using Harrier.Core.Intake;

namespace Harrier.Core.Tests.Intake;

/// <summary>Every row of the ACSM pre-participation decision table (EVIDENCE §5.2), and every input combination decided.</summary>
public sealed class AcsmScreeningTests
{
    [Theory]
    [InlineData(false, false, false, ExerciseIntensity.Moderate, AcsmRecommendation.NotNecessaryStartLight)]
    [InlineData(false, false, false, ExerciseIntensity.Vigorous, AcsmRecommendation.NotNecessaryStartLight)]
    [InlineData(false, true, false, ExerciseIntensity.Light, AcsmRecommendation.ClearanceRecommended)]
    [InlineData(false, false, true, ExerciseIntensity.Moderate, AcsmRecommendation.ClearanceRecommended)]
    [InlineData(false, true, true, ExerciseIntensity.Vigorous, AcsmRecommendation.ClearanceRecommended)]
    [InlineData(true, false, false, ExerciseIntensity.Vigorous, AcsmRecommendation.NotNecessaryContinue)]
    [InlineData(true, true, false, ExerciseIntensity.Moderate, AcsmRecommendation.NotNecessaryForModerate)]
    [InlineData(true, true, false, ExerciseIntensity.Light, AcsmRecommendation.NotNecessaryForModerate)]
    [InlineData(true, true, false, ExerciseIntensity.Vigorous, AcsmRecommendation.ClearanceBeforeVigorous)]
    [InlineData(true, false, true, ExerciseIntensity.Light, AcsmRecommendation.StopAndSeekClearance)]
    [InlineData(true, true, true, ExerciseIntensity.Moderate, AcsmRecommendation.StopAndSeekClearance)]
    public void Recommend_EveryRow(bool regular, bool disease, bool symptoms, ExerciseIntensity intensity, AcsmRecommendation expected) =>
        Assert.Equal(expected, AcsmScreening.Recommend(regular, disease, symptoms, intensity));

    [Fact]
    public void Recommend_EveryCombination_IsDecided()
    {
        bool[] both = [false, true];
        foreach (var regular in both)
        {
            foreach (var disease in both)
            {
                foreach (var symptoms in both)
                {
                    foreach (var intensity in Enum.GetValues<ExerciseIntensity>())
                    {
                        Assert.True(Enum.IsDefined(AcsmScreening.Recommend(regular, disease, symptoms, intensity)));
                    }
                }
            }
        }
    }

    [Fact]
    public void Source_IsAReadableCitation() =>
        Assert.Contains("Riebe D", AcsmScreening.Source, StringComparison.Ordinal);
}
