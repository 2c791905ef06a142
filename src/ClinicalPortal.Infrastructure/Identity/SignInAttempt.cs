namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>A sign-in verdict and the account it concerned (null when the e-mail names no account).</summary>
public sealed record SignInAttempt(SignInVerdict Verdict, PortalUser? User)
{
    public bool Succeeded => Verdict == SignInVerdict.Succeeded;

    /// <summary>The fixed reason code the audit trail records for a failure.</summary>
    public string? Reason => Verdict switch
    {
        SignInVerdict.Succeeded => null,
        SignInVerdict.LockedOut => "locked_out",
        SignInVerdict.Disabled => "disabled",
        _ when User is null => "unknown_account",
        _ => "bad_password",
    };
}
