namespace ClinicalPortal.Floor;

/// <summary>The API's request body: <c>{"instrument":"PHQ-9","answers":[...]}</c> (answers in item order, null: not asked).</summary>
internal sealed record SubmitBody(string? Instrument, IReadOnlyList<int?>? Answers);
