using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Harrier.Web.Infrastructure;

/// <summary>Runs data-annotation checks on an API request and returns errors keyed by the JSON (camelCase) member name.</summary>
public static class Validation
{
    public static Dictionary<string, string[]> Check(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage ?? "Invalid value.")))
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Item2).ToArray());
    }
}
