using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Me;
using ClinicalPortal.Domain.Common;
using Mediator;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>What every client page starts with: the caller's own client record and their crisis panel (help button, lines, safety plan).</summary>
public static class ClientPage
{
    /// <summary>The caller's client id and crisis panel; null for staff or an account without a client record (a 404 page).</summary>
    public static async Task<(Guid ClientId, HelpResponse? Help)?> LoadAsync(IMediator mediator, CancellationToken ct)
    {
        var me = await mediator.Send(new GetMe(), ct);
        if (!me.IsSuccess || me.Value.Role != Role.Client || me.Value.ClientId is not { } clientId)
        {
            return null;
        }

        var help = await mediator.Send(new GetMyCrisisResources(), ct);
        return (clientId, help.IsSuccess ? help.Value : null);
    }
}
