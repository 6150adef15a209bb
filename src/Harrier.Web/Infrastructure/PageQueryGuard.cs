using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.WebUtilities;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// A page's query values that its <see cref="SupplyParameterFromQueryAttribute"/> properties cannot hold (<c>/log?saved=abc</c>
/// for an <c>int?</c>, <c>?registered=yes</c> for a <c>bool</c>) are dropped with a redirect to the same page without them.
/// Blazor would otherwise fail the whole request with an error page. Every page is covered by its own declarations, so a new
/// query parameter needs nothing here.
/// </summary>
internal static class PageQueryGuard
{
    private static readonly ConcurrentDictionary<Type, (string Name, Type Type)[]> Parameters = new();

    public static IApplicationBuilder UsePageQueryGuard(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || !context.Request.QueryString.HasValue
            || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type is not { } page)
        {
            return next(context);
        }

        var unreadable = Parameters.GetOrAdd(page, Declared)
            .Where(p => context.Request.Query.TryGetValue(p.Name, out var values) && values.Any(v => !PostedText.CanRead(v, p.Type)))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (unreadable.Count == 0)
        {
            return next(context);
        }

        var kept = context.Request.Query.Where(q => !unreadable.Contains(q.Key))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)));
        context.Response.Redirect(QueryHelpers.AddQueryString(context.Request.PathBase + context.Request.Path, kept));
        return Task.CompletedTask;
    });

    private static (string Name, Type Type)[] Declared(Type page) =>
        [.. page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.Name ?? p.Property.Name, Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType))];
}
