namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>The outcome of a password sign-in. Callers show one answer for every failure; the audit records which.</summary>
public enum SignInVerdict
{
    Succeeded,

    /// <summary>No such account, or the password is wrong (or empty).</summary>
    WrongCredentials,

    /// <summary>Too many failures: the password was not checked.</summary>
    LockedOut,

    /// <summary>The account's access has ended (deactivated or discharged): the password was not checked.</summary>
    Disabled,
}
