using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>Moves a client to another clinician's caseload. The previous and new clinician are recorded in the audit trail.</summary>
public sealed record TransferClient(Guid ClientId, Guid? ClinicianId) : ICommand<Result<ClientResponse>>, IAudited
{
    public static string AuditAction => "client.transfer";
    public static string AuditResourceType => "Client";
}

public sealed class TransferClientHandler(IPortalDbContext db, ClientAccess access, ICurrentUser user, AuditScope audit)
    : ICommandHandler<TransferClient, Result<ClientResponse>>
{
    public async ValueTask<Result<ClientResponse>> Handle(TransferClient command, CancellationToken ct)
    {
        var id = new ClientId(command.ClientId);
        audit.Touch(id);
        if (user.Role is not (Role.Clinician or Role.Supervisor or Role.OrgAdmin))
        {
            return Error.NotFound("Client");
        }

        var client = await access.Reachable().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        if (command.ClinicianId is not { } target)
        {
            return Error.Validation("clinicianId", "'clinicianId' must not be empty.");
        }

        var clinician = await db.Staff.FirstOrDefaultAsync(
            s => s.Id == new UserId(target) && s.OrganizationId == client.OrganizationId, ct);
        if (clinician is null)
        {
            return Error.Validation("clinicianId", "No clinician with this id in your organisation.");
        }

        var transferred = client.TransferTo(clinician);
        if (!transferred.IsSuccess)
        {
            return transferred.Error!;
        }

        audit.Describe(new { fromClinicianId = transferred.Value.Value, toClinicianId = clinician.Id.Value });
        return ClientResponse.From(client);
    }
}
