using Harrier.Core.Screening;

namespace Harrier.Web.Features.Screening;

/// <summary>The four urgencies in plain words, as the runner sees them.</summary>
public static class UrgencyText
{
    public static string Heading(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "Get emergency help now",
        Urgency.Today => "See a doctor today",
        Urgency.Soon => "See a doctor or physiotherapist soon",
        _ => "No warning signs: look after it yourself and keep an eye on it",
    };

    public static string Lead(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "Stop running. Call your emergency number (999 in the UK, 112 in Europe, 911 in North America) or go to an emergency department now.",
        Urgency.Today => "Stop running and contact a doctor or urgent care today. Your plan is paused until you have been seen.",
        Urgency.Soon => "Book an appointment with a doctor or physiotherapist in the next few days. Go sooner if it gets worse.",
        _ => "Keep recording how it feels. If anything new or worrying appears, answer these questions again.",
    };

    public static string CssClass(Urgency urgency) => urgency >= Urgency.Today ? "alert alert-error urgent" : urgency == Urgency.Soon ? "alert checkpoint" : "alert alert-ok";
}
