using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// Texts through an HTTP SMS provider: <c>POST {Sms:BaseUrl}v1/accounts/{Sms:Account}/messages</c> with a bearer
/// token, an <c>Idempotency-Key</c> (the outbox message's id, so a retry after a lost answer never sends twice) and
/// <c>{"from", "to", "text"}</c>; any 2xx is sent. Unreachable, a timeout, 5xx, 408, 429, 401 or 403 mean the channel is
/// unavailable (<see cref="SmsUnavailableException"/>: the outbox waits); any other status is this text refused
/// (<see cref="SmsRejectedException"/>: counted, then dead letters). Neither the text nor the number is logged: the
/// factory's client logs the method, the address and the status, with every header value redacted.
/// </summary>
public sealed class HttpSmsTransport(IHttpClientFactory clients, IOptions<SmsOptions> options) : ISmsTransport
{
    public const string ClientName = "sms";

    public const string IdempotencyHeader = "Idempotency-Key";

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var sms = options.Value;
        if (!sms.IsConfigured)
        {
            throw new InvalidOperationException("Sms:BaseUrl is not configured.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUri(sms));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sms.Token);
        request.Headers.Add(IdempotencyHeader, message.IdempotencyKey);
        request.Content = JsonContent.Create(new SmsProviderRequest(sms.From!, message.To, message.Text));

        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SmsUnavailableException("The SMS provider is unreachable.", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmsUnavailableException($"The SMS provider did not answer within {sms.TimeoutSeconds} s.", ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                    or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new SmsUnavailableException($"The SMS provider answered {status}.");
            }

            throw new SmsRejectedException(status);
        }
    }

    public static Uri MessagesUri(SmsOptions sms)
    {
        var root = sms.BaseUrl!.EndsWith('/') ? sms.BaseUrl : sms.BaseUrl + "/";
        return new Uri(new Uri(root), $"v1/accounts/{Uri.EscapeDataString(sms.Account!)}/messages");
    }
}
