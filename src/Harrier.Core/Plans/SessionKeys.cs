using System.Globalization;

namespace Harrier.Core.Plans;

// Gives every session of a plan a stable key: "week-n", the n-th key free in its week, in date order. A session keeps its key
// when it moves or changes, so a calendar event keyed by it is updated in place; a copy (a repeated session) starts without one
// and gets the next free key of its week. Keys are written with the plan, so an older plan read back keeps the keys it was given.
internal static class SessionKeys
{
    public static PlannedWorkout[] Assign(PlannedWorkout[] sessions)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new PlannedWorkout[sessions.Length];
        var missing = new List<int>();
        for (var i = 0; i < sessions.Length; i++)
        {
            if (sessions[i].Key is { } key && used.Add(key))
            {
                result[i] = sessions[i];
            }
            else
            {
                missing.Add(i);
            }
        }

        foreach (var i in missing)
        {
            var n = 1;
            string key;
            while (!used.Add(key = string.Create(CultureInfo.InvariantCulture, $"{sessions[i].Week}-{n}")))
            {
                n++;
            }

            result[i] = sessions[i] with { Key = key };
        }

        return result;
    }
}
