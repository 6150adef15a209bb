using Harrier.Core.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Harrier.Web.Features.Exercises;

/// <summary>The exercise library: general information, so open to anyone, signed in or not.</summary>
public static class ExercisesApi
{
    public static RouteGroupBuilder MapExercisesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/exercises").WithTags("Exercises").AllowAnonymous();
        api.MapGet("/", List).WithName("ListExercises")
            .WithSummary("Every exercise in the library with its dose, safety notes, evidence grade and sources.");
        api.MapGet("/{id}", Get).WithName("GetExercise");
        return api;
    }

    private static Ok<ExerciseResponse[]> List(IWebHostEnvironment env) =>
        TypedResults.Ok(ExerciseLibrary.All.Select(e => Response(e, env)).ToArray());

    private static Results<Ok<ExerciseResponse>, NotFound> Get(string id, IWebHostEnvironment env) =>
        ExerciseLibrary.Find(id) is { } exercise ? TypedResults.Ok(Response(exercise, env)) : TypedResults.NotFound();

    private static ExerciseResponse Response(Exercise exercise, IWebHostEnvironment env) =>
        ExerciseResponse.From(exercise, ExerciseText.PictureAlt(exercise, env.WebRootFileProvider));
}
