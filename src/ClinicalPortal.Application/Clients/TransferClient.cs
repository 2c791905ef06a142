using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>Moves a client to another clinician's caseload. The previous and new clinician are recorded in the audit trail.</summary>
public sealed record TransferClient(Guid ClientId, Guid? ClinicianId) : ICommand<Result<ClientResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "client.transfer";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class TransferClientHandler(IPortalDbContext db, ClientAccess access, StaffLocks staffLocks, AuditScope audit)
    : ICommandHandler<TransferClient, Result<ClientResponse>>
{
    public async ValueTask<Result<ClientResponse>> Handle(TransferClient command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        if (command.ClinicianId is not { } target)
        {
            return Error.Validation("clinicianId", "'clinicianId' must not be empty.");
        }

        await staffLocks.LockAsync(new UserId(target), ct);
        var clinician = await db.Staff.FirstOrDefaultAsync(
            s => s.Id == new UserId(target) && s.OrganizationId == client.OrganizationId, ct);
        if (clinician is null)
        {
            return Error.Validation("clinicianId", "No clinician with this id in your organisation.");
        }

        var transferred = client.TransferTo(clinician);
        if (!transferred.IsSuccess)
        {
            return transferred.Error!.OnFields((Client.ClinicianInvalid, "clinicianId"));
        }

        audit.Describe(new { fromClinicianId = transferred.Value.Value, toClinicianId = clinician.Id.Value });
        return ClientResponse.From(client);
    }
}
