namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>The JSON body the SMS provider API takes (camelCase: <c>from</c>, <c>to</c>, <c>text</c>).</summary>
public sealed record SmsProviderRequest(string From, string To, string Text);
