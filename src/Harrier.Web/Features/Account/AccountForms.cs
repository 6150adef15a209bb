using System.ComponentModel.DataAnnotations;
using Harrier.Core.Load;
using Harrier.Core.Units;

namespace Harrier.Web.Features.Account;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

public sealed class RegisterForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string? DisplayName { get; set; }

    /// <summary>Checked by <see cref="Core.Accounts.PasswordPolicy"/>, whose messages the form shows.</summary>
    [Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    public DistanceUnit DistanceUnit { get; set; } = DistanceUnit.Kilometers;

    [Required(ErrorMessage = "Choose your time zone.")]
    public string TimeZoneId { get; set; } = Core.TimeZones.Utc;

    /// <summary>True for an account that coaches other runners (the coach's pages appear).</summary>
    public bool Coach { get; set; }
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    /// <summary>Checked by <see cref="Core.Accounts.PasswordPolicy"/>, whose messages the form shows.</summary>
    [Required(ErrorMessage = "Choose a new password.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class SettingsForm
{
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string? DisplayName { get; set; }

    public DistanceUnit DistanceUnit { get; set; }

    [Required(ErrorMessage = "Choose your time zone.")]
    public string TimeZoneId { get; set; } = Core.TimeZones.Utc;

    /// <summary>True for an account that coaches other runners (the coach's pages appear).</summary>
    public bool Coach { get; set; }

    /// <summary>Maximum heart rate, beats per minute; empty for none (checked by <see cref="HeartRateProfile.Problems"/>).</summary>
    public int? MaxHeartRate { get; set; }

    /// <summary>Resting heart rate, beats per minute; empty for none.</summary>
    public int? RestingHeartRate { get; set; }

    /// <summary>Optional, for the heart-rate load's constants.</summary>
    public Sex? Sex { get; set; }
}

public sealed class ForgotPasswordForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256)]
    public string Email { get; set; } = "";
}

public sealed class ResetPasswordForm
{
    /// <summary>Checked by <see cref="Core.Accounts.PasswordPolicy"/>, whose messages the form shows.</summary>
    [Required(ErrorMessage = "Choose a new password.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}
