using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Mediator;

namespace ClinicalPortal.Application.Common.Authorization;

/// <summary>
/// The role rule, in one place: the caller must be a signed-in person of an organisation whose role the request
/// allows, or a system actor acting for an organisation that the request names. Runs inside the audit behaviour (so
/// a refusal is audited as Denied) and before validation (so a caller who may not send the request learns nothing
/// from field errors).
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IAuthorized
    where TResponse : IFailable<TResponse>
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var allowed = user.SystemActor is { } system
            ? user.OrganizationId is not null && TMessage.AllowedSystemActors.Contains(system)
            : user.UserId is { } caller && user.OrganizationId is not null && user.Role is { } role && TMessage.AllowedRoles.Contains(role)
              && (!TMessage.OwnRecordOnlyRoles.Contains(role) || ((IAuthorized)message).OwnRecordOf == caller.Value);
        return allowed ? next(message, cancellationToken) : ValueTask.FromResult(TResponse.Failure(Refused));
    }

    private static readonly Error Refused = Error.Forbidden("Your role cannot make this request.");
}
