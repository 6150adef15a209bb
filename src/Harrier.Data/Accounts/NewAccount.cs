using Harrier.Core;
using Harrier.Core.Units;

namespace Harrier.Data.Accounts;

/// <summary>What an account starts with; the name defaults to the part of the e-mail before the @.</summary>
public sealed record NewAccount(string Email, string? DisplayName = null, DistanceUnit DistanceUnit = DistanceUnit.Kilometers, string TimeZoneId = TimeZones.Utc,
    bool Coach = false);
