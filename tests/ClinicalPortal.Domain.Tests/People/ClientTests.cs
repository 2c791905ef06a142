using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;
using static ClinicalPortal.Domain.Tests.People.StaffMemberTests;

namespace ClinicalPortal.Domain.Tests.People;

public sealed class ClientTests
{
    private static Result<Client> Create(StaffMember clinician, DateOnly? born = null) => Client.Create(
        Org, UserId.New(), " Ann ", "Alpha", born ?? new DateOnly(1980, 1, 1), "ann@example.org", CareTrack.Burnout, "Europe/London",
        clinician, Now);

    [Fact]
    public void Create_TrimsNames_AndStartsInCare()
    {
        var client = Create(Member(Role.Clinician)).Value;
        Assert.Equal("Ann", client.GivenName);
        Assert.Equal(ClientStatus.Active, client.Status);
    }

    [Fact]
    public void Create_RefusesABirthDateInTheFuture() =>
        Assert.Equal(Client.DateOfBirthInFuture, Create(Member(Role.Clinician), new DateOnly(2027, 1, 1)).Error!.Code);

    [Theory]
    [InlineData(Role.Supervisor, false)]
    [InlineData(Role.Clinician, true)]
    public void Create_NeedsAClinicianOfTheSameOrganisation(Role role, bool otherOrganisation) =>
        Assert.Equal(Client.ClinicianInvalid, Create(Member(role, otherOrganisation ? OrganizationId.New() : Org)).Error!.Code);

    [Fact]
    public void Transfer_ToTheSameClinician_IsRefused()
    {
        var clinician = Member(Role.Clinician);
        var client = Create(clinician).Value;
        Assert.Equal(Client.SameClinician, client.TransferTo(clinician).Error!.Code);
    }

    [Fact]
    public void Transfer_ToADeactivatedClinician_IsRefused_AndNothingChanges()
    {
        var first = Member(Role.Clinician);
        var client = Create(first).Value;
        var gone = Member(Role.Clinician);
        gone.Deactivate("left", UserId.New(), Now, [], []);
        Assert.Equal(Client.ClinicianInvalid, client.TransferTo(gone).Error!.Code);
        Assert.Equal(first.Id, client.ClinicianId);
    }

    [Fact]
    public void Transfer_ReturnsThePreviousClinician()
    {
        var first = Member(Role.Clinician);
        var client = Create(first).Value;
        Assert.Equal(first.Id, client.TransferTo(Member(Role.Clinician)).Value);
    }

    [Fact]
    public void Update_ReportsTheNamesOfTheFieldsThatChanged_Only()
    {
        var client = Create(Member(Role.Clinician)).Value;
        var changed = client.Update(new ClientChange(GivenName: "Ann", FamilyName: "Beta", Email: "ANN@example.org", TimeZone: "Europe/Paris")).Value;
        Assert.Equal(["FamilyName", "TimeZone"], changed); // same name, same address in other case: unchanged
        Assert.Equal("Beta", client.FamilyName);
    }

    [Fact]
    public void Discharge_EndsCare_KeepsTheReason_AndFreezesTheRecord()
    {
        var client = Create(Member(Role.Clinician)).Value;
        var by = UserId.New();
        Assert.True(client.Discharge(" completed the programme ", by, Now).IsSuccess);
        Assert.Equal((ClientStatus.Discharged, Now, by, "completed the programme"),
            (client.Status, client.DischargedAt!.Value, client.DischargedBy!.Value, client.DischargeReason));
        Assert.Equal(Client.Discharged, client.Discharge("again", by, Now).Error!.Code);
        Assert.Equal(Client.Discharged, client.Update(new ClientChange(FamilyName: "Gamma")).Error!.Code);
        Assert.Equal(Client.Discharged, client.TransferTo(Member(Role.Clinician)).Error!.Code);
        Assert.Equal("Alpha", client.FamilyName);
    }
}
