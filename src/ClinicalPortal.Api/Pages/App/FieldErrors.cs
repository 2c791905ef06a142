namespace ClinicalPortal.Api.Pages.App;

/// <summary>A field's messages as the Application gave them, shown next to it (<c>_FieldErrors</c>); <see cref="Id"/> is what the field's aria-describedby names.</summary>
public sealed record FieldErrors(string Id, IReadOnlyList<string> Messages)
{
    /// <summary>The id for the field's aria-describedby, null (no attribute) when the field has no message.</summary>
    public string? DescribedBy => Messages.Count > 0 ? Id : null;
}
