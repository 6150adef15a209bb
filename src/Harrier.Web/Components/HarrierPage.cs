using Microsoft.AspNetCore.Components;

namespace Harrier.Web.Components;

/// <summary>
/// The base of every routable page (a test holds every page to it). A page loads what it shows in <see cref="LoadAsync"/>, which
/// runs to its end before the page renders at all, and its form handlers render once, when they have finished.
/// </summary>
/// <remarks>
/// <see cref="ComponentBase"/> renders a page as soon as <c>OnInitializedAsync</c> first awaits something that is not yet done,
/// and again after each awaited handler step. SQLite's calls complete synchronously, so that never happened there; Npgsql's are
/// truly asynchronous, so on PostgreSQL pages rendered with their fields unset (null references, "EditForm requires a Model",
/// <c>NotFoundView</c> answering 404 for a run that exists), and child components started their own queries on the request's
/// <see cref="Data.HarrierDbContext"/> while the page's were still running. Here the asynchronous lifecycle methods are sealed,
/// so loading can only go in <see cref="LoadAsync"/>; components below a page take what they show as parameters (also tested).
/// </remarks>
public abstract class HarrierPage : ComponentBase, IHandleEvent
{
    private Task? _loading;

    /// <summary>Sets the parameters, finishes <see cref="LoadAsync"/>, then runs the usual lifecycle, whose first render sees it all.</summary>
    public override async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        _loading ??= LoadAsync();
        await _loading;
        await base.SetParametersAsync(ParameterView.Empty);
    }

    /// <summary>
    /// Loads everything the page shows, once per request, with its route, query, form and cascading parameters already set;
    /// <c>OnInitialized</c> and <c>OnParametersSet</c> run after it. One query at a time: the request has one database context.
    /// </summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    /// <summary>Sealed: load in <see cref="LoadAsync"/>, which finishes before the first render.</summary>
    protected sealed override Task OnInitializedAsync() => Task.CompletedTask;

    /// <summary>Sealed: load in <see cref="LoadAsync"/>, which finishes before the first render.</summary>
    protected sealed override Task OnParametersSetAsync() => Task.CompletedTask;

    /// <summary>Runs a handler (a form post) to its end, then renders once: never with its work half done.</summary>
    async Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem callback, object? arg)
    {
        await callback.InvokeAsync(arg);
        StateHasChanged();
    }
}
