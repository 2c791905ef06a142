namespace ClinicalPortal.Api.Pages.App.Homework;

/// <summary>A 0-10 rating as radio buttons (<c>_Scale</c>): the form field, its question, what its ends mean, the value sent, its error, whether it must be answered.</summary>
public sealed record ScaleField(string Name, string Id, string Question, string Ends, int? Value, string? Error, bool Required = false);
