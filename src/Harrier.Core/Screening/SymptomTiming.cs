using System.Text.Json.Serialization;

namespace Harrier.Core.Screening;

/// <summary>When a symptom last happened, for the warning signs whose urgency depends on it (chest pain, EVIDENCE §4.7).</summary>
/// <remarks>
/// NICE CG95 asks first whether the pain is present now and, if not, when the last episode was: now or in the last 12 hours is an
/// emergency, 12–72 hours ago a same-day assessment. The wire names are the JSON values the API and <c>harrier triage</c> take.
/// </remarks>
public enum SymptomTiming
{
    /// <summary>Happening now.</summary>
    [JsonStringEnumMemberName("now")]
    Now,

    /// <summary>Not now, but in the last 12 hours.</summary>
    [JsonStringEnumMemberName("in-the-last-12-hours")]
    InTheLast12Hours,

    /// <summary>Between 12 and 72 hours ago.</summary>
    [JsonStringEnumMemberName("12-to-72-hours-ago")]
    From12To72HoursAgo,

    /// <summary>More than 72 hours ago.</summary>
    [JsonStringEnumMemberName("more-than-72-hours-ago")]
    MoreThan72HoursAgo,
}
