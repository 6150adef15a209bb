using Deque.AxeCore.Playwright;
using Harrier.Core.Log;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class LoadPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LoadPage_WithRuns_HasNoAxeViolationsAndNoSidewaysScroll(bool phone)
    {
        var page = await browser.NewPageAsync(phone);
        var email = Journey.NewEmail(phone ? "load-phone" : "load-desk");
        await Journey.RegisterAsync(page, email);
        await Journey.AddRunAsync(page, "4", "25:00", "3", "easy");
        await Journey.AddRunAsync(page, "6.5", "40:00", "5", "longer");
        await SeedImportedRunAndPlanAsync(email);

        await page.OpenAsync("/load");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Training load", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Weekly training load") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Weekly distance") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Fitness, fatigue and form") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Monotony");
        await Expect(page.Locator("[data-caveat=acwr]")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Rate the run of") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The load your plan will bring" })).ToBeVisibleAsync();
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine,
            result.Violations.Select(v => $"{v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/load is {overflow}px wider than the {(phone ? "phone" : "desktop")} screen.");
    }

    [Fact]
    public async Task Navigation_LoadLink_OpensTheLoadPage()
    {
        var page = await browser.NewPageAsync();
        await Journey.RegisterAsync(page, Journey.NewEmail("load-nav"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Load", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/load$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Training load", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-spikes=none]")).ToHaveTextAsync("None in these weeks.");
    }

    /// <summary>An unrated imported run from three days ago and an active plan starting next week, written straight to the database.</summary>
    private async Task SeedImportedRunAndPlanAsync(string email)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HarrierDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        db.Runs.Add(new Run
        {
            OwnerId = user.Id,
            StartUtc = now.AddDays(-3),
            TimeZoneId = user.TimeZoneId,
            Distance = Distance.FromKilometers(3),
            Duration = TimeSpan.FromMinutes(20),
            Source = RunSource.Imported,
            CreatedUtc = now,
            UpdatedUtc = now,
        });
        var nextMonday = TrainingLog.WeekStart(DateOnly.FromDateTime(now), DayOfWeek.Monday).AddDays(7);
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(nextMonday, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
        var stored = new StoredPlan { OwnerId = user.Id, Name = plan.Name, IsActive = true, Document = "", CreatedUtc = now, UpdatedUtc = now };
        stored.Plan = plan;
        db.Plans.Add(stored);
        await db.SaveChangesAsync();
    }
}
