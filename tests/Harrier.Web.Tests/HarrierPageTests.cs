using System.Reflection;
using Harrier.Data;
using Harrier.Web.Components;
using Microsoft.AspNetCore.Components;

namespace Harrier.Web.Tests;

/// <summary>
/// The shape that keeps pages right on PostgreSQL, whose calls are truly asynchronous: every page loads before it renders
/// (<see cref="HarrierPage"/>), and the components below a page are handed what they show instead of querying the page's
/// database context themselves while the page's own query may still be running.
/// </summary>
public sealed class HarrierPageTests
{
    private static readonly Type[] Components = [.. typeof(HarrierApp).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace?.StartsWith("Harrier.Web", StringComparison.Ordinal) == true)];

    [Fact]
    public void RoutablePages_AllDeriveFromHarrierPage()
    {
        var pages = EveryPageTests.RoutableComponents().ToArray();

        Assert.True(pages.Length > 40, $"only {pages.Length} routable pages found");
        Assert.Empty(pages.Where(p => !typeof(HarrierPage).IsAssignableFrom(p)).Select(p => p.FullName));
    }

    [Fact]
    public void ComponentsBelowPages_LoadNothingAsynchronouslyWhileRendering()
    {
        var children = Components.Where(t => !typeof(HarrierPage).IsAssignableFrom(t)).ToArray();

        var loading = children.Where(t => Overrides(t, "OnInitializedAsync") || Overrides(t, "OnParametersSetAsync") || Overrides(t, "OnAfterRenderAsync"));

        Assert.Empty(loading.Select(t => t.FullName));
    }

    [Fact]
    public void ComponentsBelowPages_DoNotTakeTheDatabaseContext()
    {
        var children = Components.Where(t => !typeof(HarrierPage).IsAssignableFrom(t));

        var withContext = children.Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Any(p => p.GetCustomAttribute<InjectAttribute>() is not null && typeof(HarrierDbContext).IsAssignableFrom(p.PropertyType)));

        Assert.Empty(withContext.Select(t => t.FullName));
    }

    private static bool Overrides(Type type, string method) =>
        type.GetMethod(method, BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is { } m
        && m.DeclaringType != typeof(ComponentBase) && m.DeclaringType != typeof(LayoutComponentBase);
}
