using System.Globalization;
using System.Text;
using Harrier.Core.Plans;

namespace Harrier.Import.Fit;

/// <summary>A planned running session as a FIT workout file for the watch, with the file name the web app and the CLI both give it.</summary>
/// <param name="FileName">"2027-01-06 Week 1 run 2.fit": the session's date and title, with only letters, digits, spaces and hyphens.</param>
/// <param name="Bytes">The file (<see cref="FitWorkoutWriter"/>), the workout named by the session's title.</param>
public sealed record SessionWorkoutFile(string FileName, byte[] Bytes)
{
    /// <summary>The file for <paramref name="session"/>, created at <paramref name="created"/>.</summary>
    /// <exception cref="ArgumentException">The session is not a run or walk-run (only running sessions go to the watch).</exception>
    public static SessionWorkoutFile For(PlannedWorkout session, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.Workout.IsRunning)
        {
            throw new ArgumentException("Only running sessions have a watch workout.", nameof(session));
        }

        var date = session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new SessionWorkoutFile($"{date} {Clean(session.Workout.Title)}.fit", FitWorkoutWriter.Write(session.Workout, session.Workout.Title, created));
    }

    private static string Clean(string title)
    {
        var text = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            text.Append(char.IsLetterOrDigit(c) || c == '-' ? c : ' ');
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
