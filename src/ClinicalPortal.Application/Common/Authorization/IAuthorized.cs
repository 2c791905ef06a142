using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Authorization;

/// <summary>
/// A request that names the roles allowed to send it. The authorization behaviour refuses every other caller (403)
/// before validation and before the handler, whatever record the request names; which records an allowed caller
/// reaches is <see cref="Access.ClientAccess"/>'s job (404 outside reach). Deny by default: a request without this
/// interface does not compile into the pipeline (an architecture test checks every request has it), and no system
/// actor may send a request that does not name it in <see cref="AllowedSystemActors"/>.
/// </summary>
public interface IAuthorized
{
    static abstract IReadOnlyList<Role> AllowedRoles { get; }

    /// <summary>The system actors (<see cref="Actors.SystemActors"/>) that may send it from background work; none by default.</summary>
    static virtual IReadOnlyList<string> AllowedSystemActors => [];

    /// <summary>
    /// Roles of <see cref="AllowedRoles"/> that may send it only about themselves (a staff member's own phone number):
    /// for them the behaviour refuses it (403) unless <see cref="OwnRecordOf"/> names the caller. Decided from the
    /// request and the caller alone, before any record is read, so the refusal says nothing about a record. None by default.
    /// </summary>
    static virtual IReadOnlyList<Role> OwnRecordOnlyRoles => [];

    /// <summary>The person (login id) the request is about, for <see cref="OwnRecordOnlyRoles"/>; null: nobody's own.</summary>
    Guid? OwnRecordOf => null;
}
