using Harrier.Core.Evidence;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Harrier.Core.Exercises;
using Microsoft.Extensions.FileProviders;

namespace Harrier.Web.Features.Exercises;

/// <summary>How the exercise library is put into words and URLs on the pages and in the API.</summary>
public static partial class ExerciseText
{
    private static readonly ConcurrentDictionary<string, string?> PictureTitles = new(StringComparer.Ordinal);

    /// <summary>Site-relative address of the line drawing, e.g. "exercises/glute-bridge.svg" (the pages set a base href of "/").</summary>
    public static string PicturePath(Exercise exercise) => "exercises/" + exercise.Picture;

    public static string PagePath(Exercise exercise) => "exercises/" + exercise.Id;

    /// <summary>An enum value as the data file spells it: "very-low", "no-preventive-benefit".</summary>
    public static string Key<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>A tag with its plain words, e.g. "[V] checked in the original source".</summary>
    public static string TagWords(EvidenceGrade tag) => $"{tag.Tag()} {tag.Words()}";

    /// <summary>The distinct tags of an exercise's claims, strongest first, in plain words.</summary>
    public static string Tags(ExerciseEvidence evidence) =>
        string.Join(", ", evidence.Claims.Select(c => c.Tag).Distinct().Order().Select(TagWords));

    /// <summary>
    /// Alt text for the drawing: the SVG's own <c>&lt;title&gt;</c>, which describes the position, or a plain fallback.
    /// The files are static, so each title is read once.
    /// </summary>
    public static string PictureAlt(Exercise exercise, IFileProvider webRoot) =>
        PictureTitles.GetOrAdd(exercise.Picture, picture => ReadTitle(webRoot.GetFileInfo("exercises/" + picture)))
        ?? $"Line drawing of the {exercise.Name.ToLowerInvariant()}";

    private static string? ReadTitle(IFileInfo file)
    {
        if (!file.Exists)
        {
            return null;
        }

        using var reader = new StreamReader(file.CreateReadStream());
        var match = TitlePattern().Match(reader.ReadToEnd());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value.Trim()) : null;
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();
}
