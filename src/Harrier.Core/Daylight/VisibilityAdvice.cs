using Harrier.Core.Evidence;

namespace Harrier.Core.Daylight;

/// <summary>What to wear and where to run when a run starts or ends in the dark, as data with its sources.</summary>
/// <param name="Title">A one-line heading.</param>
/// <param name="ForRunners">What each runner should do, in plain words.</param>
/// <param name="ForCoaches">A short checklist for a coach leading a group in the dark.</param>
/// <param name="Grade">
/// The grade of the advice as a whole: <see cref="EvidenceGrade.Derived"/>, because it is Harrier's rule drawn from the verified
/// findings in <paramref name="Sources"/>, not itself a tested intervention.
/// </param>
/// <param name="Sources">The findings the advice rests on.</param>
public sealed record VisibilityAdvice(
    string Title,
    IReadOnlyList<string> ForRunners,
    IReadOnlyList<string> ForCoaches,
    EvidenceGrade Grade,
    IReadOnlyList<AdviceSource> Sources)
{
    /// <summary>Before civil dawn or after civil dusk: bands on the moving joints and a light, a lit route, and the coach's checklist.</summary>
    public static VisibilityAdvice InTheDark { get; } = new(
        "It will be dark: make sure drivers can see you.",
        [
            "Wear reflective bands on both ankles, knees and wrists. Drivers recognise a moving person from the joints; "
                + "a reflective vest alone is seen hardly further away than dark clothes.",
            "Carry a light (a head torch or a clip-on light). Reflectors only shine when headlights already point at you.",
            "Choose a lit route with pavements or paths where you can.",
        ],
        [
            "Check the time of civil dawn or dusk for the meeting point and tell the group in advance to bring bands and a light.",
            "At the start, check that everyone has bands on ankles, knees and wrists and a working light; bring spare bands.",
            "Plan a lit route with pavements or paths; leave out unlit roads.",
            "Count the group at the start, at every regroup and at the finish, and put a runner with a light at the front and at the back.",
        ],
        EvidenceGrade.Derived,
        [
            new AdviceSource(
                "Balk SA, Tyrrell RA and colleagues. \"Pedestrian conspicuity at night: how much biological motion is enough?\" "
                    + "Transportation Research Board paper (open-road study, 120 drivers).",
                "https://www.walkinginfo.org/library/details_id_3282/",
                "Drivers first responded to a walking pedestrian at 23.8 m with a reflective vest and 30.6 m in black clothing "
                    + "(no real difference), but at 88.9 m with reflectors on the ankles only and 113.5 m with reflectors on all the major joints.",
                EvidenceGrade.Verified),
            new AdviceSource(
                "Tyrrell RA, Wood JM and colleagues. \"Seeing pedestrians at night: visual clutter does not mask biological motion.\" "
                    + "Accident Analysis & Prevention, 2009.",
                null,
                "Reflectors on the joints kept their advantage on roads with distracting lights and clutter.",
                EvidenceGrade.Verified),
        ]);

    /// <summary>The advice for a meeting: <see cref="InTheDark"/> when it is darker than civil twilight, otherwise null.</summary>
    public static VisibilityAdvice? For(MeetingLight light)
    {
        ArgumentNullException.ThrowIfNull(light);
        return light.IsDark ? InTheDark : null;
    }
}
