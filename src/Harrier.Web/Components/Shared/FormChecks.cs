using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;
using Harrier.Web.Infrastructure;

namespace Harrier.Web.Components.Shared;

/// <summary>
/// The validator every form uses, in place of <see cref="DataAnnotationsValidator"/>: the model's data annotations, and a check
/// that every choice posted is one the form offers. Blazor binds an enum from its number as readily as from its name, so a hand-made
/// post of <c>DistanceUnit=7</c> would otherwise pass validation and be stored, and every page that reads it would fail after.
/// </summary>
/// <remarks>
/// Two checks, each marking the field and showing <see cref="Refused"/> at the top, so <c>OnValidSubmit</c> is not called:
/// <list type="bullet">
/// <item>the bound model's values (its public properties, those of nested objects and the items of lists, to a depth of
/// <see cref="MaxDepth"/>): an enum value that is not defined (for a <see cref="FlagsAttribute"/> enum, a bit no member has);</item>
/// <item>the posted text of the model's own fields (<see cref="UnreadableValues"/>): a choice that is not a member's name, a
/// number, date or time that cannot be read as one. Blazor leaves such a field at its default without a word.</item>
/// </list>
/// </remarks>
public sealed class FormChecks : ComponentBase, IDisposable
{
    /// <summary>The alert at the top of a form that was refused for a value it could not read or did not offer.</summary>
    public const string Refused = "Some of what was sent could not be read or is not one of the options offered; nothing was saved. See the marked fields.";

    /// <summary>The message on a field whose value is not one of its choices.</summary>
    public const string NotAChoice = "Choose one of the options offered.";

    private const int MaxDepth = 4;

    private ValidationMessageStore? _messages;
    private bool _refused;
    private EditContext? _bound;
    private IDisposable? _annotations;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    /// <summary>The request, whose posted text shows a choice Blazor could not read at all (it leaves such a field at its default).</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FormChecks)} goes inside an EditForm.");
        }

        if (ReferenceEquals(EditContext, _bound))
        {
            return;
        }

        Unbind();
        _bound = EditContext;
        _annotations = EditContext.EnableDataAnnotationsValidation(Services);
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += Validate;
    }

    /// <summary>One alert at the top of the form when a choice was refused (not every choice has a message beside it).</summary>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (_refused)
        {
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "class", "alert alert-error");
            builder.AddAttribute(2, "role", "alert");
            builder.AddContent(3, Refused);
            builder.CloseElement();
        }
    }

    /// <summary>Fields of <paramref name="model"/> (and of what it holds) whose enum value is not a defined choice.</summary>
    public static IEnumerable<FieldIdentifier> UndefinedChoices(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var found = new List<FieldIdentifier>();
        Walk(model, 0, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    /// <summary>
    /// The model's own fields whose posted text (a form key "Name" or ending ".Name") Blazor cannot read as the field's type, each
    /// with what to enter: a choice that names no member ("1e308" or "Lots" for a choice of three), "190.5" or "abc" for a whole
    /// number, "31/12" for a date. Blazor leaves such a field at its default without a word, and the default would be saved:
    /// a heart rate wiped, a unit switched.
    /// </summary>
    public static IEnumerable<(FieldIdentifier Field, string Message)> UnreadableValues(object model, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(form);
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (Expected(type) is not { } message)
            {
                continue;
            }

            var texts = form.Where(f => f.Key == property.Name || f.Key.EndsWith("." + property.Name, StringComparison.Ordinal)).SelectMany(f => f.Value);
            if (texts.Any(t => !PostedText.CanRead(t, type)))
            {
                yield return (new FieldIdentifier(model, property.Name), message);
            }
        }
    }

    /// <summary>What a field of <paramref name="type"/> takes, or null for a type whose text is not checked here (text, objects).</summary>
    private static string? Expected(Type type) => type switch
    {
        { IsEnum: true } => NotAChoice,
        _ when type == typeof(int) || type == typeof(long) => "Enter a whole number.",
        _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "Enter a number.",
        _ when type == typeof(DateOnly) => "Enter a date.",
        _ when type == typeof(TimeOnly) => "Enter a time.",
        _ when type == typeof(bool) => NotAChoice,
        _ => null,
    };

    private void Validate(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        _refused = false;
        foreach (var field in UndefinedChoices(_bound!.Model))
        {
            _messages.Add(field, NotAChoice);
            _refused = true;
        }

        var posted = HttpContext?.Request is { HasFormContentType: true } request ? request.Form : null;
        foreach (var (field, message) in posted is null ? [] : UnreadableValues(_bound.Model, posted))
        {
            _messages.Add(field, message);
            _refused = true;
        }

        _bound.NotifyValidationStateChanged();
        StateHasChanged();
    }

    private static void Walk(object model, int depth, List<FieldIdentifier> found, HashSet<object> seen)
    {
        if (depth > MaxDepth || !seen.Add(model))
        {
            return;
        }

        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            var value = property.GetValue(model);
            switch (value)
            {
                case null or string:
                    break;
                case Enum choice when !IsDefined(choice):
                    found.Add(new FieldIdentifier(model, property.Name));
                    break;
                case Enum:
                    break;
                case IEnumerable items when property.PropertyType.IsGenericType || property.PropertyType.IsArray:
                    foreach (var item in items)
                    {
                        if (item is Enum choice && !IsDefined(choice))
                        {
                            found.Add(new FieldIdentifier(model, property.Name));
                            break;
                        }

                        if (item is not null && IsModel(item.GetType()))
                        {
                            Walk(item, depth + 1, found, seen);
                        }
                    }

                    break;
                default:
                    if (IsModel(value.GetType()))
                    {
                        Walk(value, depth + 1, found, seen);
                    }

                    break;
            }
        }
    }

    /// <summary>Harrier's own classes are walked into; values and framework types are not.</summary>
    private static bool IsModel(Type type) =>
        type is { IsClass: true } && type.Namespace?.StartsWith("Harrier.", StringComparison.Ordinal) == true;

    private static bool IsDefined(Enum choice)
    {
        var type = choice.GetType();
        if (type.IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0UL, (bits, member) => bits | Bits(member));
            return (Bits(choice) & ~all) == 0;
        }

        return Enum.IsDefined(type, choice);
    }

    private static ulong Bits(Enum value) =>
        Type.GetTypeCode(value.GetType()) == TypeCode.UInt64
            ? Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : unchecked((ulong)Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));

    private void Unbind()
    {
        if (_bound is not null)
        {
            _bound.OnValidationRequested -= Validate;
        }

        _annotations?.Dispose();
        _messages?.Clear();
    }

    public void Dispose() => Unbind();
}
