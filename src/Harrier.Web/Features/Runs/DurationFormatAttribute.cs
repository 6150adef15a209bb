using System.ComponentModel.DataAnnotations;
using Harrier.Core.Units;

namespace Harrier.Web.Features.Runs;

/// <summary>Valid when the text reads as a duration ("45", "32:10", "1:05:30"); empty is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DurationFormatAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is null || (value is string text && (string.IsNullOrWhiteSpace(text) || DurationText.TryParse(text, out var d) && d > TimeSpan.Zero));
}
