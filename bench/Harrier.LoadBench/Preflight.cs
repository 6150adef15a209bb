using System.Net.Http.Headers;
using System.Text;

namespace Harrier.LoadBench;

/// <summary>Sends a target's first request once before the load: a redirect to the sign-in page would otherwise count as a success.</summary>
internal static class Preflight
{
    /// <exception cref="InvalidOperationException">The answer is not a 2xx.</exception>
    public static async Task CheckAsync(Uri baseAddress, LoadTarget target)
    {
        var parts = target.Lines[0].Split('\t');
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
        var header = parts[2].Split(": ", 2);
        request.Headers.TryAddWithoutValidation(header[0], header[1]);
        if (parts.Length > 3 && parts[3].Length > 0)
        {
            request.Content = new StringContent(parts[3], Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{target.Name}: {parts[0]} {parts[1]} answered {(int)response.StatusCode} before the load.");
        }
    }
}
