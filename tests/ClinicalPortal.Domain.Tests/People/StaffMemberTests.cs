using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;

namespace ClinicalPortal.Domain.Tests.People;

public sealed class StaffMemberTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    internal static StaffMember Member(Role role, OrganizationId? org = null) =>
        StaffMember.Create(UserId.New(), org ?? Org, $"{role}@example.org", role.ToString(), role, Now).Value;

    internal static readonly OrganizationId Org = OrganizationId.New();

    [Fact]
    public void Create_RefusesTheClientRole() =>
        Assert.Equal(StaffMember.RoleInvalid, StaffMember.Create(UserId.New(), Org, "x@example.org", "X", Role.Client, Now).Error!.Code);

    [Fact]
    public void SetPhone_KeepsTheEncryptedNumber_AndAnEmptyOneClearsIt()
    {
        var member = Member(Role.Clinician);
        Assert.True(member.SetPhone("cipher").IsSuccess);
        Assert.Equal("cipher", member.PhoneProtected);
        Assert.True(member.SetPhone(string.Empty).IsSuccess);
        Assert.Null(member.PhoneProtected);
    }

    [Fact]
    public void SetPhone_OfSomeoneWhoLeft_OnlyClears()
    {
        var member = Member(Role.Clinician);
        member.SetPhone("cipher");
        Assert.True(member.Deactivate("left", UserId.New(), Now, [], []).IsSuccess);
        Assert.Equal(StaffMember.Deactivated, member.SetPhone("other").Error!.Code);
        Assert.Equal("cipher", member.PhoneProtected);
        Assert.True(member.SetPhone(string.Empty).IsSuccess);
        Assert.Null(member.PhoneProtected);
    }

    [Fact]
    public void AssignSupervisor_OnlyToAClinician() =>
        Assert.Equal(StaffMember.SuperviseeNotClinician, Member(Role.Supervisor).AssignSupervisor(Member(Role.Supervisor)).Error!.Code);

    [Theory]
    [InlineData(Role.Clinician, false)]
    [InlineData(Role.OrgAdmin, false)]
    [InlineData(Role.Supervisor, true)]
    public void AssignSupervisor_NeedsASupervisorOfTheSameOrganisation(Role role, bool otherOrganisation)
    {
        var clinician = Member(Role.Clinician);
        var supervisor = Member(role, otherOrganisation ? OrganizationId.New() : Org);
        var result = clinician.AssignSupervisor(supervisor);
        Assert.Equal(StaffMember.SupervisorInvalid, result.Error!.Code);
        Assert.Null(clinician.SupervisorId);
    }

    [Fact]
    public void AssignSupervisor_RefusesADeactivatedSupervisor()
    {
        var supervisor = Member(Role.Supervisor);
        Assert.True(supervisor.Deactivate("left", UserId.New(), Now, [], []).IsSuccess);
        Assert.Equal(StaffMember.SupervisorInvalid, Member(Role.Clinician).AssignSupervisor(supervisor).Error!.Code);
    }

    [Fact]
    public void RemoveSupervisor_LeavesTheClinicianWithout()
    {
        var clinician = Member(Role.Clinician);
        clinician.AssignSupervisor(Member(Role.Supervisor));
        Assert.True(clinician.RemoveSupervisor().IsSuccess);
        Assert.Null(clinician.SupervisorId);
    }

    [Fact]
    public void Deactivate_WithClientsOnTheCaseload_IsRefused_NamingThem()
    {
        var clinician = Member(Role.Clinician);
        ClientId[] caseload = [ClientId.New(), ClientId.New()];
        var result = clinician.Deactivate("left", UserId.New(), Now, caseload, []);
        Assert.Equal(StaffMember.CaseloadNotEmpty, result.Error!.Code);
        Assert.Equal(caseload.Select(c => c.Value), (Guid[])result.Error.Details["clientIds"]);
        Assert.True(clinician.IsActive);
    }

    [Fact]
    public void Deactivate_WithSupervisees_IsRefused_NamingThem()
    {
        var supervisor = Member(Role.Supervisor);
        var result = supervisor.Deactivate("left", UserId.New(), Now, [], [UserId.New()]);
        Assert.Equal(StaffMember.SuperviseesRemain, result.Error!.Code);
        Assert.Single((Guid[])result.Error.Details["clinicianIds"]);
        Assert.True(supervisor.IsActive);
    }

    [Fact]
    public void Deactivate_RecordsWhenWhoAndWhy_AndOnlyOnce()
    {
        var clinician = Member(Role.Clinician);
        var by = UserId.New();
        Assert.True(clinician.Deactivate("  moved away ", by, Now, [], []).IsSuccess);
        Assert.False(clinician.IsActive);
        Assert.Equal((Now, by, "moved away"), (clinician.DeactivatedAt!.Value, clinician.DeactivatedBy!.Value, clinician.DeactivationReason));
        Assert.Equal(StaffMember.Deactivated, clinician.Deactivate("again", by, Now, [], []).Error!.Code);
    }
}
