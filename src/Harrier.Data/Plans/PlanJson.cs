using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Data.Plans;

/// <summary>Stores a <see cref="TrainingPlan"/> as JSON and reads it back unchanged.</summary>
/// <remarks>
/// Core's records are serialised through their constructors; properties computed from others (a workout's run seconds, a plan's
/// weeks) are left out, and values with units are written as plain numbers in the unit their name states.
/// </remarks>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new DistanceConverter(), new PaceConverter(), new EffortConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipComputed } },
    };

    public static string Write(TrainingPlan plan) => JsonSerializer.Serialize(plan, Options);

    public static TrainingPlan Read(string json) =>
        JsonSerializer.Deserialize<TrainingPlan>(json, Options) ?? throw new JsonException("The stored plan is empty.");

    /// <summary>Keeps only what can be set: init/set properties and those a constructor parameter fills.</summary>
    private static void SkipComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace?.StartsWith("Harrier.Core", StringComparison.Ordinal) != true)
        {
            return;
        }

        var parameters = info.Type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && !parameters.Contains(property.Name))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    private sealed class DistanceConverter : JsonConverter<Distance>
    {
        public override Distance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Distance.FromMeters(reader.GetDouble());

        public override void Write(Utf8JsonWriter writer, Distance value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Meters);
    }

    private sealed class EffortConverter : JsonConverter<Effort>
    {
        public override Effort Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt32());

        public override void Write(Utf8JsonWriter writer, Effort value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
    }

    private sealed class PaceConverter : JsonConverter<Pace>
    {
        public override Pace Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Pace.FromSecondsPerKilometer(reader.GetDouble());

        public override void Write(Utf8JsonWriter writer, Pace value, JsonSerializerOptions options) => writer.WriteNumberValue(value.SecondsPerKilometer);
    }
}
