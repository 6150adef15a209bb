using System.Buffers.Binary;
using Harrier.Core.Plans;
using Harrier.Import.Fit;

namespace Harrier.Import.Tests.Fit;

public sealed class FitWorkoutWriterTests
{
    public static TheoryData<string> Sessions => [.. WorkoutSessions.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Write_Session_DecodesBackToTheSameStepsWithHarriersDecoder(string name)
    {
        var (_, workout, expected) = WorkoutSessions.All.Single(s => s.Name == name);

        var file = FitWorkoutWriter.Write(workout, name, WorkoutSessions.Created);
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode(file), decoder.Error?.Message);
        Assert.Empty(decoder.Issues);
        Assert.Equal(5, decoder.Collector.FileType);
        var decoded = decoder.Workout!;
        Assert.Equal(name, decoded.Name);
        Assert.Equal(1, decoded.Sport);
        Assert.Equal(expected.Length, decoded.StepCount);
        Assert.Equal(expected, decoded.Steps.Select(WorkoutSessions.From));
        Assert.Equal(FitWorkoutWriter.Steps(workout), decoded.Steps);
        Assert.Equal(Enumerable.Range(0, expected.Length), decoded.Steps.Select(s => s.MessageIndex));
    }

    [Fact]
    public void Write_Header_IsFourteenBytesWithBothCrcs()
    {
        var file = FitWorkoutWriter.Write(WorkoutSessions.CouchTo5KWeek1, "C25K", WorkoutSessions.Created);

        Assert.Equal(14, file[0]);
        Assert.Equal(0x10, file[1]);
        Assert.Equal(".FIT"u8.ToArray(), file[8..12]);
        Assert.Equal(file.Length - 16, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)));
        Assert.Equal(FitCrc.Compute(file.AsSpan(0, 12)), BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(12)));
        Assert.Equal(0, FitCrc.Compute(file)); // a CRC over data followed by its own CRC is zero
    }

    [Fact]
    public void Write_DamagedByte_IsReportedByTheDecodersCrcCheck()
    {
        var file = FitWorkoutWriter.Write(WorkoutSessions.ContinuousRun, "Easy", WorkoutSessions.Created);
        file[^5] ^= 0x01;
        var decoder = new FitDecoder();

        decoder.Decode(file);

        Assert.Contains(decoder.Issues, i => i.Message.Contains("File CRC mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_StepGivenByTimeAndDistance_IsTimedWithTheDistanceInItsNotes()
    {
        var workout = new Workout(WorkoutKind.WalkRun, "Cool Running", "Jog a quarter mile or 3 minutes.",
            [new WorkoutStep(StepKind.Run, 180, 402.336), new WorkoutStep(StepKind.Walk, null, 402.336)]);

        var steps = FitWorkoutWriter.Steps(workout);

        Assert.Equal(FitStepDuration.Time, steps[0].DurationType);
        Assert.Equal(180_000u, steps[0].DurationValue);
        Assert.Equal("Run 0.40 km (or 3:00)", steps[0].Notes);
        Assert.Equal(FitStepDuration.Distance, steps[1].DurationType);
        Assert.Equal(40_234u, steps[1].DurationValue);
        var decoder = new FitDecoder();
        Assert.True(decoder.Decode(FitWorkoutWriter.Write(workout, "CR", WorkoutSessions.Created)));
        Assert.Equal(steps, decoder.Workout!.Steps);
    }

    [Fact]
    public void Steps_BlockOfFourRepeated_BecomesOneRepeat()
    {
        StepKind[] kinds = [StepKind.Run, StepKind.Walk, StepKind.Run, StepKind.Walk];
        int[] seconds = [90, 90, 180, 180];
        var block = kinds.Zip(seconds, (k, s) => new WorkoutStep(k, s)).ToArray();
        var workout = new Workout(WorkoutKind.WalkRun, "Blocks", "Two blocks.", [.. block, .. block, .. block[..2]]);

        var steps = FitWorkoutWriter.Steps(workout);

        Assert.Equal(7, steps.Count);
        Assert.Equal((FitStepDuration.RepeatUntilStepsComplete, 0u, 2u), (steps[4].DurationType, steps[4].DurationValue, steps[4].TargetValue));
        Assert.Equal([90.0, 90.0], steps.Skip(5).Select(s => s.Seconds!.Value));
    }

    [Fact]
    public void Steps_NoRepeatedBlock_KeepsThePlanOrder()
    {
        var week3 = PlanTemplates.Get("nhs-couch-to-5k").Weeks[2].Workouts[0];

        var steps = FitWorkoutWriter.Steps(week3);

        Assert.DoesNotContain(steps, s => s.IsRepeat);
        Assert.Equal(week3.Steps.Select(s => (double)s.Seconds!.Value), steps.Select(s => s.Seconds!.Value));
    }

    [Fact]
    public void Write_LongUnicodeName_IsCutAtACharacterBoundary()
    {
        var name = string.Concat(Enumerable.Repeat("Läufer ", 20));
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode(FitWorkoutWriter.Write(WorkoutSessions.ContinuousRun, name, WorkoutSessions.Created)));

        var decoded = decoder.Workout!.Name!;
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(decoded) <= 64);
        Assert.StartsWith(decoded.TrimEnd(), name, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', decoded);
    }

    [Fact]
    public void Write_Strength_UsesTrainingSport()
    {
        var workout = new Workout(WorkoutKind.Strength, "Strength", "Calf raises.", [new WorkoutStep(StepKind.Strength, 900)]);
        var decoder = new FitDecoder();

        decoder.Decode(FitWorkoutWriter.Write(workout, "Strength", WorkoutSessions.Created));

        Assert.Equal((10, 20), (decoder.Workout!.Sport!.Value, decoder.Workout.SubSport!.Value));
    }

    [Fact]
    public void Decode_ActivityFile_HasNoWorkout()
    {
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode(TestFiles.Bytes("garmin-fenix-5-run.fit")));

        Assert.Null(decoder.Workout);
    }
}
