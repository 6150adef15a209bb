using Harrier.Core.Units;

namespace Harrier.Core.Runs;

/// <summary>A pair of shoes a runner logs runs in. Total distance is the runs' sum plus any distance they had before.</summary>
public sealed class Shoe
{
    private string _name = "";

    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public required string Name
    {
        get => _name;
        set => _name = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A shoe needs a name.", nameof(value)) : value.Trim();
    }

    /// <summary>Distance the pair had already covered when added to Harrier.</summary>
    public Distance StartingDistance { get; set; }

    /// <summary>The day the pair was retired, or null while in use.</summary>
    public DateOnly? RetiredOn { get; set; }

    public DateTime CreatedUtc { get; set; }

    public bool IsRetired => RetiredOn is not null;
}
