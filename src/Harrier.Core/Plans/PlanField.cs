namespace Harrier.Core.Plans;

/// <summary>
/// The names <see cref="PlanInput.Validate"/> keys its messages by: the API's camelCase field names. The wizard and the CLI map
/// them to their own fields and options.
/// </summary>
public static class PlanField
{
    public const string Template = "template";
    public const string Start = "start";
    public const string Days = "days";
    public const string Goal = "goal";
    public const string By = "by";
    public const string Current = "current";
    public const string TargetTime = "targetTime";
    public const string LongRunDay = "longRunDay";
    public const string WeightKg = "weightKg";
    public const string HeightCm = "heightCm";
    public const string Times = "times";
}
