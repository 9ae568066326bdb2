using FamilyBridge.Backup.Services;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Backup;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Backup module's endpoints: "Back up now" from /admin/backups (the page itself is a Razor page).</summary>
    public static IEndpointRouteBuilder MapBackup(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/backups/run", async Task<IResult> (HttpContext context, IAntiforgery antiforgery, BackupSchedule schedule) =>
        {
            // No form fields are bound here, so the antiforgery check is asked for explicitly.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            schedule.RequestRun();
            return TypedResults.Redirect(context.Request.PathBase + "/admin/backups?requested=1");
        })
        .RequireAuthorization(AdminPolicies.Administrator);
        return endpoints;
    }
}
