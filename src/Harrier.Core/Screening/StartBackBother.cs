namespace Harrier.Core.Screening;

/// <summary>STarT Back item 9: "Overall, how bothersome has your back pain been in the last 2 weeks?"</summary>
/// <remarks>Only <see cref="VeryMuch"/> and <see cref="Extremely"/> score 1 (EVIDENCE.md §4.4) [S].</remarks>
public enum StartBackBother
{
    NotAtAll = 0,
    Slightly = 1,
    Moderately = 2,
    VeryMuch = 3,
    Extremely = 4,
}
