using Deque.AxeCore.Playwright;
using Harrier.Core.Remedies;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Pain;
using Harrier.Data.Remedies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class RemediesPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Phone_StartAnExperimentThenViewItAndAFinishedOne()
    {
        var page = await browser.NewPageAsync(phone: true);
        var email = Journey.NewEmail("remedy");
        await Journey.RegisterAsync(page, email);
        var problems = new List<string>();

        await page.OpenAsync("/remedies");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Does it help you?", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("The remedy").FillAsync("Hip-flexor stretch every evening");
        await page.GetByLabel("Days in each period").SelectOptionAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Explain with these numbers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Note, new() { Name = "How the experiment works" }))
            .ToContainTextAsync("You'll alternate 6 pairs of periods, 10 days each");
        await Collect(page, problems);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start the experiment" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/remedies/[0-9]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hip-flexor stretch every evening", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".today-arm")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Do the remedy today\\.|No remedy today: leave it out\\.)$"));
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Morning pain \\(0–10\\) and daily run load") })).ToBeVisibleAsync();
        await Expect(page.GetByText("Not enough data yet (0 pairs, need 6).").First).ToBeVisibleAsync();
        await Collect(page, problems);

        var finished = await SeedFinishedTrialAsync(email);
        await page.OpenAsync($"/remedies/{finished}");
        await Expect(page.Locator("[data-verdict]")).ToContainTextAsync("Helps");
        await page.GetByText("The numbers day by day").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Load" }).First).ToBeVisibleAsync();
        await Collect(page, problems);

        await page.OpenAsync("/remedies");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Morning cat-camel" })).ToBeVisibleAsync();
        await Collect(page, problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Six pairs that ended yesterday, three points less pain with the remedy, and a run every third day, written straight to the database.</summary>
    private async Task<int> SeedFinishedTrialAsync(string email)
    {
        using var scope = browser.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HarrierDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(TimeProvider.System.GetUtcNow().UtcDateTime, user.TimeZone));
        var arms = Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? ExperimentArm.Remedy : ExperimentArm.Control).ToArray();
        var design = new RemedyExperimentDesign("Morning cat-camel", today.AddDays(-84), 7, 3, arms);
        var trial = RemedyTrial.From(user.Id, design, null, DateTime.UnixEpoch);
        db.RemedyTrials.Add(trial);
        foreach (var period in design.Periods)
        {
            for (var day = period.Start; day <= period.End; day = day.AddDays(1))
            {
                db.CheckIns.Add(new CheckInRecord
                {
                    OwnerId = user.Id,
                    Day = day,
                    Pain = period.Arm == ExperimentArm.Remedy ? 2 : 5,
                    RecordedUtc = DateTime.UnixEpoch,
                });
            }
        }

        for (var day = design.Start.AddDays(1); day <= design.End; day = day.AddDays(3))
        {
            var start = day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            db.Runs.Add(new Run
            {
                OwnerId = user.Id,
                StartUtc = start,
                TimeZoneId = user.TimeZoneId,
                Distance = Distance.FromKilometers(5),
                Duration = TimeSpan.FromMinutes(30 + (day.DayNumber % 4 * 5)),
                Effort = new Effort(4),
                CreatedUtc = start,
                UpdatedUtc = start,
            });
        }

        await db.SaveChangesAsync();
        return trial.Id;
    }

    private static async Task Collect(IPage page, List<string> problems)
    {
        var result = await page.RunAxe();
        problems.AddRange(result.Violations.Select(v => $"{page.Url}: {v.Id} {v.Help} {string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))}"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0)
        {
            problems.Add($"{page.Url} is {overflow}px wider than the screen.");
        }
    }
}
