using Harrier.Data;
using Harrier.Web.Components;
using Harrier.Import.Sources;
using Harrier.Web.Features.Account;
using Harrier.Web.Features.Activities;
using Harrier.Web.Features.Exercises;
using Harrier.Web.Features.Import;
using Harrier.Web.Features.Load;
using Harrier.Web.Features.Pain;
using Harrier.Web.Features.Plans;
using Harrier.Web.Features.Screening;
using Harrier.Web.Features.Triage;
using Harrier.Data.Screening;
using Harrier.Data.Import;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Harrier.Web.Features.Runs;
using Harrier.Web.Features.Shoes;
using Harrier.Web.Infrastructure;
using Harrier.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Http.Features;
using Scalar.AspNetCore;

namespace Harrier.Web;

/// <summary>Builds the web application: configuration, services and the request pipeline.</summary>
public static class HarrierApp
{
    public static WebApplication Build(string[] args)
    {
        // The app's own folder holds appsettings.json and wwwroot, so it runs from any working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = CommandLine.Normalize(args), ContentRootPath = Infrastructure.ConfigurationExtensions.ContentRoot(args),
        });
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets(); // a build output's wwwroot (from its manifest); published output has its own wwwroot
        }

        builder.Configuration.AddHarrierSources(args);
        var settings = DatabaseSettings.From(builder.Configuration);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHarrierDatabase(settings);
        // First hosted service: the schema must exist before anything else (data-protection keys included) reads it.
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddSingleton<FlashCookie>();
        var importLimits = ImportConfiguration.Limits(builder.Configuration);
        builder.Services.AddSingleton(importLimits);
        builder.Services.AddScoped<UploadImport>();
        builder.Services.AddScoped<ImportJobs>();
        builder.Services.AddHarrierBackgroundJobs(settings);
        builder.Services.AddScoped<RunnerPlans>();
        builder.Services.AddScoped<SessionRuns>();
        builder.Services.AddScoped<PainJournal>();
        builder.Services.AddScoped<Features.Remedies.RunnerRemedies>();
        builder.Services.AddScoped<RedFlagCheck>();
        builder.Services.AddScoped<Questionnaires>();
        builder.Services.AddScoped<Data.Triage.RunnerTriage>();
        builder.Services.AddScoped<PainDecisions>();
        builder.Services.AddScoped<Data.Coaching.CoachAccess>();
        builder.Services.AddScoped<Data.Coaching.Invitations>();
        builder.Services.AddScoped<Data.Coaching.CoachRoster>();
        builder.Services.AddScoped<Data.Coaching.Comments>();
        builder.Services.AddScoped<Data.Intake.RunnerIntake>();
        builder.Services.AddScoped<Data.GroupRuns.CoachGroupRuns>();
        builder.Services.AddScoped<Data.GroupRuns.RunnerGroupRuns>();
        builder.Services.AddScoped<Data.GroupRuns.RunSheets>();
        builder.Services.AddScoped<Data.GroupRuns.GroupRunAttendance>();
        builder.Services.AddScoped<Data.GroupRuns.GroupRunFeed>();
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = importLimits.MaxUploadBytes);
        builder.Services.AddHarrierIdentity();
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddKeyProtection(builder.Configuration);
        builder.Services.AddAccountLimits(builder.Configuration);
        builder.Services.AddHarrierMail(builder.Configuration);
        builder.Services.AddScoped<Registration>().AddScoped<PasswordResets>();
        // One API vocabulary: enums by their kebab-case names only, in requests and responses alike; numbers and C# names are refused.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new Core.Answers.KebabCaseEnumConverter()));
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddProblemDetails();
        // Binding failures throw, so the one exception handler answers them with field errors (BindingErrors), not a bare 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Harrier API";
            doc.Info.Description = "Runs, shoes and the weekly log of the signed-in runner. Sign in with POST /api/auth/login.";
            return Task.CompletedTask;
        }));
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", ApiReference.Describe);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        StartWarnings.Log(app);
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusPages.WriteAsync);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseUploadSizeLimit(app.Services.GetRequiredService<ImportLimits>().MaxUploadBytes);
        app.UseRateLimiter();
        app.UseUploadSpool(UploadSpool.Folder(app.Services.GetRequiredService<DatabaseSettings>()));
        app.UseAuthentication();
        app.UseNoStoreForPersonalData();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseCookieForgeryCheck();
        app.UsePageQueryGuard();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(ApiReference.Page).AllowAnonymous();
        app.MapHealthChecks("/healthz", HealthResponse.Options).AllowAnonymous();

        app.MapAccountEndpoints();
        app.MapOwnerDataApi();
        app.MapRunsApi();
        app.MapLogApi();
        app.MapShoesApi();
        app.MapLoadApi();
        app.MapImportApi();
        app.MapImportJobApi();
        app.MapRecordingApi();
        app.MapPlansApi();
        app.MapSessionsApi();
        app.MapPainApi();
        Features.Remedies.RemediesApi.MapRemediesApi(app);
        app.MapExercisesApi();
        app.MapScreeningApi();
        app.MapTriageApi();
        Features.Coaching.CoachApi.MapCoachApi(app);
        Features.Coaching.CoachesApi.MapCoachesApi(app);
        Features.Coaching.CommentsApi.MapCommentsApi(app);
        Features.Coaching.CommentForms.MapCommentForms(app);
        Features.Coaching.IntakeApi.MapIntakeApi(app);
        Features.GroupRuns.GroupRunsApi.MapGroupRunsApi(app);
        Features.GroupRuns.DaylightApi.MapDaylightApi(app);
        Features.GroupRuns.GroupRunForms.MapGroupRunForms(app);
        app.MapRazorComponents<App>();
    }
}
