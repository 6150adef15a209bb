using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Harrier.Web.Tests;

/// <summary>Fills in and posts the app's real HTML forms, antiforgery token included, the way a browser without scripts would.</summary>
internal static class Browserless
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>GETs <paramref name="url"/>, finds the form named <paramref name="formName"/>, overrides fields and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(url);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form '{formName}' on {url}.");
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("checkbox" or "radio" or "submit"):
                    values[name] = input.Value;
                    break;
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.IsChecked:
                    values[name] = input.Value;
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    values[name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    values[name] = area.Value;
                    break;
            }
        }

        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
