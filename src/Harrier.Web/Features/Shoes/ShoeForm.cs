using System.ComponentModel.DataAnnotations;

namespace Harrier.Web.Features.Shoes;

public sealed class ShoeForm
{
    [Required(ErrorMessage = "Give the pair a name, e.g. \"Blue Pegasus 40\".")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string? Name { get; set; }

    [Range(0d, 10000d, ErrorMessage = "Enter a distance from 0 to 10000.")]
    public double? StartingDistance { get; set; }
}
