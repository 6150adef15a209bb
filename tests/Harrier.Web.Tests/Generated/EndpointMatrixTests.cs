using System.Text;
using Harrier.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Tests.Generated;

/// <summary>
/// Every API endpoint the app maps, read from its own endpoint list (a new endpoint is covered without editing this test), for
/// every verb, asked by: anonymous, runner A (whose data it is), runner B, A's coach with each sharing scope, another coach, and a
/// coach whose link ended. Nothing answers 5xx; anonymous gets 401; runners get 403 from coach endpoints; nobody but A and the
/// coaches allowed ever receives A's run or pain notes; refused requests change nothing.
/// </summary>
public sealed class EndpointMatrixTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task EveryEndpoint_EveryAsker_RefusedWhereItMustBe_NoLeak_NoChangeWhenRefused()
    {
        var world = await ApiWorld.CreateAsync(server);
        var problems = new List<string>();
        var endpoints = AppEndpoint.All(server).Where(e => !e.Pattern.StartsWith("/api/auth/", StringComparison.Ordinal)).ToArray();
        Assert.True(endpoints.Length > 60, $"only {endpoints.Length} endpoints found");
        foreach (var endpoint in endpoints)
        {
            if (world.Fill(endpoint.Pattern, out var missing) is not { } path)
            {
                problems.Add($"{endpoint}: no value for {{{missing}}}; add one to ApiWorld.Fill");
                continue;
            }

            foreach (var asker in Enum.GetValues<Asker>())
            {
                if (asker == Asker.RunnerA && endpoint.Method == "DELETE")
                {
                    continue; // A deleting their own data would leave later endpoints nothing to ask about.
                }

                var before = await SnapshotAsync();
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
                if (endpoint.Multipart)
                {
                    request.Content = new MultipartFormDataContent();
                }
                else if (endpoint.Method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await world.Clients[asker].SendAsync(request);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var label = $"{asker} {endpoint.Method} {path}";
                if (status >= 500)
                {
                    problems.Add($"{label}: {status}");
                }

                if (asker == Asker.Anonymous && !endpoint.Anonymous && status != 401)
                {
                    problems.Add($"{label}: {status}, expected 401");
                }

                if (endpoint.CoachOnly && asker is Asker.RunnerA or Asker.RunnerB && status != 403)
                {
                    problems.Add($"{label}: {status}, expected 403 for a runner");
                }

                if (asker is not (Asker.RunnerA or Asker.HealthCoach) && body.Contains(ApiWorld.PainMarker, StringComparison.Ordinal))
                {
                    problems.Add($"{label}: leaked A's pain notes");
                }

                if (asker is not (Asker.RunnerA or Asker.HealthCoach or Asker.TrainingCoach) && body.Contains(ApiWorld.RunMarker, StringComparison.Ordinal))
                {
                    problems.Add($"{label}: leaked A's run notes");
                }

                if (asker is Asker.OtherCoach or Asker.EndedCoach && path.Contains(world.RunnerAId, StringComparison.Ordinal) && status is >= 200 and < 300)
                {
                    problems.Add($"{label}: {status}, expected 404 for a coach without a link");
                }

                if (status >= 400 && before != await SnapshotAsync())
                {
                    problems.Add($"{label}: refused with {status} but changed data");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = server.Database.NewContext();
        var counts = new long[]
        {
            await db.Runs.CountAsync(), await db.Shoes.CountAsync(), await db.PainEntries.CountAsync(), await db.CheckIns.CountAsync(),
            await db.Screenings.CountAsync(), await db.Plans.CountAsync(), await db.SessionOutcomes.CountAsync(), await db.RemedyTrials.CountAsync(),
            await db.CoachLinks.CountAsync(l => l.EndedUtc == null), await db.Comments.CountAsync(), await db.Intakes.CountAsync(),
            await db.GroupRuns.CountAsync(), await db.GroupRunInvitees.CountAsync(i => i.Answer != Data.GroupRuns.RsvpAnswer.None),
            await db.CoachInvitations.CountAsync(i => i.RevokedUtc == null), await db.Users.CountAsync(u => u.CalendarToken != null),
        };
        var plans = await db.Plans.Select(p => p.UpdatedUtc).ToListAsync();
        var groupRuns = await db.GroupRuns.Select(r => r.Sequence).ToListAsync();
        return string.Join(",", counts) + "|" + string.Join(",", plans.Order()) + "|" + string.Join(",", groupRuns.Order());
    }
}
