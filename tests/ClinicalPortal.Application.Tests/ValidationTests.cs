using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClinicalPortal.Application.Tests;

public sealed class ValidationTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    static ValidationTests() => new ServiceCollection().AddApplication(); // sets the camelCase name resolvers

    private static CreateClient Valid() => new("Dana", "Quinn", "1990-02-01", "dana@example.org", "Burnout", "America/New_York", null);

    [Fact]
    public void CreateClient_Valid_HasNoErrors() =>
        Assert.True(new CreateClientValidator(Clock).Validate(Valid()).IsValid);

    [Theory]
    [InlineData("givenName")]
    [InlineData("familyName")]
    [InlineData("dateOfBirth")]
    [InlineData("email")]
    [InlineData("track")]
    [InlineData("timeZone")]
    public void CreateClient_MissingField_IsNamedInCamelCase(string field)
    {
        var command = field switch
        {
            "givenName" => Valid() with { GivenName = null },
            "familyName" => Valid() with { FamilyName = "" },
            "dateOfBirth" => Valid() with { DateOfBirth = null },
            "email" => Valid() with { Email = null },
            "track" => Valid() with { Track = null },
            _ => Valid() with { TimeZone = null },
        };
        var result = new CreateClientValidator(Clock).Validate(command);
        Assert.Equal([field], result.Errors.Select(e => e.PropertyName).Distinct());
    }

    [Theory]
    [InlineData("1990-13-01", "YYYY-MM-DD")]
    [InlineData("01/02/1990", "YYYY-MM-DD")]
    [InlineData("2026-11-26", "future")]
    [InlineData("1899-12-31", "plausible")]
    public void CreateClient_BadDateOfBirth_SaysWhy(string value, string expected)
    {
        var result = new CreateClientValidator(Clock).Validate(Valid() with { DateOfBirth = value });
        var error = Assert.Single(result.Errors);
        Assert.Equal("dateOfBirth", error.PropertyName);
        Assert.Contains(expected, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateClient_TodayIsAcceptedAsDateOfBirth() =>
        Assert.True(new CreateClientValidator(Clock).Validate(Valid() with { DateOfBirth = "2026-11-25" }).IsValid);

    [Theory]
    [InlineData("burnout")]
    [InlineData("1")]
    [InlineData("Other")]
    public void CreateClient_UnknownTrack_IsRefused(string track) =>
        Assert.Contains(new CreateClientValidator(Clock).Validate(Valid() with { Track = track }).Errors, e => e.PropertyName == "track");

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public void CreateClient_UnknownTimeZone_IsRefused(string zone) =>
        Assert.Contains(new CreateClientValidator(Clock).Validate(Valid() with { TimeZone = zone }).Errors, e => e.PropertyName == "timeZone");

    [Fact]
    public async Task ValidationBehavior_ReturnsFailureNamingFields_WithoutCallingTheHandler()
    {
        var behavior = new ValidationBehavior<CreateClient, Result<ClientResponse>>([new CreateClientValidator(Clock)]);
        var called = false;
        var result = await behavior.Handle(Valid() with { Email = "not-an-email", Track = "X" }, (_, _) =>
        {
            called = true;
            return ValueTask.FromResult<Result<ClientResponse>>(Error.NotFound("x"));
        }, TestContext.Current.CancellationToken);

        Assert.False(called);
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Equal(["email", "track"], result.Error.Fields.Keys.Order());
    }

    [Fact]
    public async Task ValidationBehavior_CallsTheHandler_WhenValid()
    {
        var behavior = new ValidationBehavior<CreateClient, Result<ClientResponse>>([new CreateClientValidator(Clock)]);
        var result = await behavior.Handle(Valid(), (_, _) => ValueTask.FromResult<Result<ClientResponse>>(Error.Conflict("c", "m")),
            TestContext.Current.CancellationToken);
        Assert.Equal(ErrorKind.Conflict, result.Error!.Kind);
    }

    [Theory]
    [InlineData(ErrorKind.Validation, Domain.Audit.AuditOutcome.Invalid, 400)]
    [InlineData(ErrorKind.RuleViolation, Domain.Audit.AuditOutcome.Invalid, 400)]
    [InlineData(ErrorKind.NotFound, Domain.Audit.AuditOutcome.NotFound, 404)]
    [InlineData(ErrorKind.Forbidden, Domain.Audit.AuditOutcome.Denied, 403)]
    [InlineData(ErrorKind.Conflict, Domain.Audit.AuditOutcome.Conflict, 409)]
    public void ErrorTable_GivesEachKindOneStatusAndOneOutcome(ErrorKind kind, Domain.Audit.AuditOutcome outcome, int status)
    {
        var meaning = Common.Results.ErrorTable.Of(kind);
        Assert.Equal((outcome, status), (meaning.Outcome, meaning.Status));
    }

    [Fact]
    public void ErrorTable_HasARowForEveryKind() =>
        Assert.All(Enum.GetValues<ErrorKind>(), kind => Assert.NotNull(Common.Results.ErrorTable.Of(kind)));

    [Fact]
    public void ListClients_LimitOutsideRange_IsRefused()
    {
        var validator = new ListClientsValidator();
        Assert.False(validator.Validate(new ListClients("0")).IsValid);
        Assert.False(validator.Validate(new ListClients("501")).IsValid);
        Assert.False(validator.Validate(new ListClients("10", "-1")).IsValid);
        Assert.False(validator.Validate(new ListClients("abc")).IsValid);
        Assert.False(validator.Validate(new ListClients(Status: "gone")).IsValid);
        Assert.True(validator.Validate(new ListClients("500", "0", "discharged")).IsValid);
    }
}
