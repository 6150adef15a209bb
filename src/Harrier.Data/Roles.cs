namespace Harrier.Data;

/// <summary>Account roles. Everyone is a runner; a coach can also run.</summary>
public static class Roles
{
    public const string Runner = "runner";
    public const string Coach = "coach";

    public static IReadOnlyList<string> All { get; } = [Runner, Coach];
}
