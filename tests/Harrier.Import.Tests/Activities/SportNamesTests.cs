using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class SportNamesTests
{
    [Theory]
    [InlineData("running", ActivitySport.Running)]
    [InlineData("Run", ActivitySport.Running)]
    [InlineData("TrailRun", ActivitySport.Running)]
    [InlineData("trail_running", ActivitySport.Running)]
    [InlineData("VirtualRun", ActivitySport.Running)]
    [InlineData("Treadmill", ActivitySport.Running)]
    [InlineData("Laufen", ActivitySport.Running)]
    [InlineData("course à pied", ActivitySport.Running)]
    [InlineData("Course a pied", ActivitySport.Running)]
    [InlineData("correr", ActivitySport.Running)]
    [InlineData("Corrida", ActivitySport.Running)]
    [InlineData("corsa", ActivitySport.Running)]
    [InlineData("hardlopen", ActivitySport.Running)]
    [InlineData("Löpning", ActivitySport.Running)]
    [InlineData("løping", ActivitySport.Running)]
    [InlineData("juoksu", ActivitySport.Running)]
    [InlineData("bieganie", ActivitySport.Running)]
    [InlineData("běh", ActivitySport.Running)]
    [InlineData("Бег", ActivitySport.Running)]
    [InlineData("户外跑步", ActivitySport.Running)]
    [InlineData("ランニング", ActivitySport.Running)]
    [InlineData("Walk", ActivitySport.Walking)]
    [InlineData("Gehen", ActivitySport.Walking)]
    [InlineData("Spaziergang", ActivitySport.Walking)]
    [InlineData("Marche nordique", ActivitySport.Walking)]
    [InlineData("caminata", ActivitySport.Walking)]
    [InlineData("camminata", ActivitySport.Walking)]
    [InlineData("wandelen", ActivitySport.Walking)]
    [InlineData("kävely", ActivitySport.Walking)]
    [InlineData("chůze", ActivitySport.Walking)]
    [InlineData("Treadmill walking", ActivitySport.Walking)]
    [InlineData("Hike", ActivitySport.Hiking)]
    [InlineData("Wandern", ActivitySport.Hiking)]
    [InlineData("randonnée", ActivitySport.Hiking)]
    [InlineData("senderismo", ActivitySport.Hiking)]
    [InlineData("Biking", ActivitySport.Cycling)]
    [InlineData("EBikeRide", ActivitySport.Cycling)]
    [InlineData("road_biking", ActivitySport.Cycling)]
    [InlineData("Radfahren", ActivitySport.Cycling)]
    [InlineData("vélo", ActivitySport.Cycling)]
    [InlineData("wielrennen", ActivitySport.Cycling)]
    [InlineData("jazda na rowerze", ActivitySport.Cycling)]
    [InlineData("lap_swimming", ActivitySport.Swimming)]
    [InlineData("natación", ActivitySport.Swimming)]
    [InlineData("pływanie", ActivitySport.Swimming)]
    [InlineData("Skilanglauf", ActivitySport.Other)]
    [InlineData("Langlauf", ActivitySport.Other)]
    [InlineData("Rowing", ActivitySport.Other)]
    [InlineData("StandUpPaddling", ActivitySport.Other)]
    [InlineData("WeightTraining", ActivitySport.Other)]
    [InlineData("Car", ActivitySport.Other)]
    [InlineData("fitness_equipment", ActivitySport.Other)]
    [InlineData("transition", ActivitySport.Transition)]
    [InlineData("triathlon", ActivitySport.Multisport)]
    [InlineData("multi_sport", ActivitySport.Multisport)]
    [InlineData("Other", ActivitySport.Other)]
    [InlineData("generic", ActivitySport.Unknown)]
    [InlineData("Workout", ActivitySport.Unknown)]
    [InlineData("Sonstige", ActivitySport.Other)]
    [InlineData("", ActivitySport.Unknown)]
    [InlineData(null, ActivitySport.Unknown)]
    [InlineData("Nachmittagsrunde", ActivitySport.Unknown)]
    public void Parse_Name_GivesSport(string? name, ActivitySport sport)
    {
        Assert.Equal(sport, SportNames.Parse(name));
    }

    [Theory]
    [InlineData("9", ActivitySport.Running)]
    [InlineData("53", ActivitySport.Running)]
    [InlineData("10", ActivitySport.Walking)]
    [InlineData("4", ActivitySport.Hiking)]
    [InlineData("1", ActivitySport.Cycling)]
    [InlineData("16", ActivitySport.Swimming)]
    [InlineData("23", ActivitySport.Other)]
    [InlineData(" 9 ", ActivitySport.Running)]
    [InlineData("999", ActivitySport.Unknown)]
    [InlineData("-9", ActivitySport.Unknown)]
    public void Parse_StravaNumericType_GivesSport(string code, ActivitySport sport)
    {
        Assert.Equal(sport, SportNames.Parse(code));
    }

    [Theory]
    [InlineData("TrailRun", "trail run")]
    [InlineData("  Course_à--pied ", "course a pied")]
    [InlineData("EBikeRide", "ebike ride")]
    public void Normalize_Name_IsLowerCaseWordsWithoutAccents(string name, string normal)
    {
        Assert.Equal(normal, SportNames.Normalize(name));
    }
}
