using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class ErrorTests
{
    [Fact]
    public void Conflict_IsAConflict_WithItsCode() =>
        Assert.Equal(new Error(ErrorKind.Conflict, "alert.resolved", "Done."), Error.Conflict("alert.resolved", "Done."));

    [Fact]
    public void Rule_IsARuleViolation_WithItsCode() =>
        Assert.Equal(new Error(ErrorKind.RuleViolation, "alert.note_required", "Text."), Error.Rule("alert.note_required", "Text."));

    [Fact]
    public void NotFound_NamesTheResource()
    {
        var error = Error.NotFound("Alert");
        Assert.Equal((ErrorKind.NotFound, "not_found"), (error.Kind, error.Code));
        Assert.Contains("Alert", error.Message);
    }

    [Fact]
    public void Forbidden_HasTheForbiddenCode() =>
        Assert.Equal(new Error(ErrorKind.Forbidden, "forbidden", "No."), Error.Forbidden("No."));

    [Fact]
    public void DomainErrors_NameNoFields_NoViolations_AndNoDetails()
    {
        var error = Error.Rule("alert.note_required", "Text.");
        Assert.Empty(error.Fields);
        Assert.Empty(error.Violations);
        Assert.Empty(error.Details);
    }

    [Fact]
    public void Validation_OfOneField_CarriesItsMessage()
    {
        var error = Error.Validation("note", "Required.");
        Assert.Equal((ErrorKind.Validation, Error.ValidationCode), (error.Kind, error.Code));
        Assert.Equal(["Required."], Assert.Single(error.Fields, f => f.Key == "note").Value);
    }

    [Fact]
    public void Validation_OfManyFields_KeepsThemAll()
    {
        var fields = new Dictionary<string, string[]> { ["note"] = ["Required."], ["followUpAt"] = ["In the past.", "Too far."] };
        var error = Error.Validation(fields);
        Assert.Equal((ErrorKind.Validation, Error.ValidationCode), (error.Kind, error.Code));
        Assert.Equal(2, error.Fields.Count);
        Assert.Equal(["In the past.", "Too far."], error.Fields["followUpAt"]);
    }

    [Fact]
    public void Violations_CanBeAdded_WithoutChangingTheCode()
    {
        var error = Error.Rule("escalation_policy.invalid", "Invalid.") with { Violations = [new Violation(null, "repeat", "Bad.")] };
        Assert.Equal("escalation_policy.invalid", error.Code);
        Assert.Equal("repeat", Assert.Single(error.Violations).Code);
    }
}
