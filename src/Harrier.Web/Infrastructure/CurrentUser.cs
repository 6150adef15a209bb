using Harrier.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Infrastructure;

/// <summary>The signed-in account for a page; pages that call this carry [Authorize], so a missing account is a bug.</summary>
public static class CurrentUser
{
    public static async Task<HarrierUser> RequireAsync(UserManager<HarrierUser> users, Task<AuthenticationState> state)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(state);
        var principal = (await state).User;
        return await users.GetUserAsync(principal)
            ?? throw new InvalidOperationException("The page requires a signed-in account that still exists.");
    }
}
