namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>A sign-in verdict and the account it concerned (null when the e-mail names no account).</summary>
public sealed record SignInAttempt(SignInVerdict Verdict, PortalUser? User)
{
    public bool Succeeded => Verdict == SignInVerdict.Succeeded;

    /// <summary>The fixed reason code the audit trail records for a failure.</summary>
    public string? Reason => Verdict == SignInVerdict.WrongCredentials
        ? User is null ? "unknown_account" : "bad_password"
        : ReasonOf(Verdict);

    /// <summary>The reason code of a verdict about a known account (also used for refused refreshes and authorizations).</summary>
    public static string? ReasonOf(SignInVerdict verdict) => verdict switch
    {
        SignInVerdict.Succeeded => null,
        SignInVerdict.LockedOut => "locked_out",
        SignInVerdict.Disabled => "disabled",
        _ => "bad_password",
    };
}
