using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Actors;

/// <summary>
/// Per scope: who the caller is when it is not the HTTP request's principal. Background work creates a scope, names
/// its system actor here, then resolves the mediator; the host resolves <c>ICurrentUser</c> from this first.
/// </summary>
public sealed class CallerScope
{
    private bool _resolved;

    public SystemCaller? System { get; private set; }

    /// <summary>Acts as <paramref name="actor"/> within <paramref name="organizationId"/> for the rest of this scope.</summary>
    public void ActAs(string actor, OrganizationId organizationId, string requestId)
    {
        if (_resolved || System is not null)
        {
            throw new InvalidOperationException("The caller of this scope is already fixed; create a new scope for the system actor.");
        }

        System = new SystemCaller(actor, organizationId, requestId);
    }

    /// <summary>Called by the host's <c>ICurrentUser</c> factory: from then on the caller of this scope is fixed.</summary>
    public SystemCaller? Resolve()
    {
        _resolved = true;
        return System;
    }
}
