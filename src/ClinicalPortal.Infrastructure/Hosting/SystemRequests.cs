using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Infrastructure.Hosting;

/// <summary>
/// How background work changes anything: a request sent through the same mediator pipeline as a person's, in a scope
/// of its own whose caller is the named system actor acting for one organisation. The audit behaviour records it
/// (actor application = the actor's name), the authorization behaviour admits it only where the request names the
/// actor, and the unit of work commits or discards it as one.
/// </summary>
public sealed class SystemRequests(IServiceScopeFactory scopes)
{
    public async Task<TResponse> SendAsync<TResponse>(
        string actor, OrganizationId organizationId, string requestId, ICommand<TResponse> command, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScope>().ActAs(actor, organizationId, requestId);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
    }
}
