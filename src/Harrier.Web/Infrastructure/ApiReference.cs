using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Harrier.Web.Infrastructure;

/// <summary>The OpenAPI document's vocabulary and the API reference page that shows it.</summary>
internal static class ApiReference
{
    public const string BearerScheme = "Bearer";

    /// <summary>
    /// Declares the bearer token (<c>POST /api/auth/login</c>) as the security scheme and requires it on every operation that needs
    /// a signed-in person; enums are string enums with their kebab-case values, as requests and responses spell them.
    /// </summary>
    public static void Describe(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken from POST /api/auth/login, sent as 'Authorization: Bearer <token>'.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
            }

            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            // A [Flags] enum (pain qualities) gets no values from the exporter; its members are still the names the API takes.
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.IsEnum && schema.Enum is not { Count: > 0 })
            {
                schema.Enum = [.. Enum.GetNames(type).Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(
                    System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)))];
            }

            if (schema.Enum is { Count: > 0 } values && schema.Type is null)
            {
                schema.Type = values.Any(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.Null)
                    ? JsonSchemaType.String | JsonSchemaType.Null
                    : JsonSchemaType.String;
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The reference page at <c>/scalar/v1</c> works offline and stays on this server: its script comes from here, no web fonts,
    /// no AI chat ("Ask AI"), no SDK, MCP or deploy buttons (services elsewhere), no developer toolbar and no telemetry.
    /// </summary>
    public static void Page(ScalarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.WithTitle("Harrier API").DisableDefaultFonts().DisableAgent().DisableMcp().HideClientButton().HideDeveloperTools();
        options.Telemetry = false;
    }
}
