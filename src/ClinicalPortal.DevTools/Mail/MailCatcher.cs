using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using ClinicalPortal.DevTools.Hosting;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ClinicalPortal.DevTools.Mail;

/// <summary>
/// A real SMTP server on loopback that keeps what it receives: the Development mail catcher (shown at
/// <c>/dev/mail</c>) and the peer of the mail tests. It never relays anything anywhere.
/// </summary>
public sealed class MailCatcher : IAsyncDisposable
{
    private readonly ConcurrentQueue<CaughtMail> _messages = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private const int Capacity = 500;

    private readonly TimeProvider _clock;

    private MailCatcher(int port, TimeProvider clock)
    {
        Port = port;
        _clock = clock;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("clinicalportal-mailcatcher")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _running = server.StartAsync(_stop.Token);
    }

    private int _sessions;

    /// <summary>SMTP sessions (connections) accepted so far.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    public int Port { get; }

    public IReadOnlyList<CaughtMail> Messages => _messages.ToArray();

    public event Action<CaughtMail>? Received;

    /// <summary>Starts on the given port, or on a free one when 0.</summary>
    public static MailCatcher Start(int port = 0, TimeProvider? clock = null) =>
        new(port == 0 ? LocalMachine.FreeLoopbackPort() : port, clock ?? TimeProvider.System);

    public async Task<CaughtMail> WaitForAsync(Func<CaughtMail, bool> match, TimeSpan timeout)
    {
        var deadline = _clock.GetUtcNow() + timeout;
        while (_clock.GetUtcNow() < deadline)
        {
            var found = _messages.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), _clock);
        }

        throw new TimeoutException("No matching e-mail arrived in time.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private void Keep(CaughtMail mail)
    {
        _messages.Enqueue(mail);
        while (_messages.Count > Capacity && _messages.TryDequeue(out _))
        {
        }

        Received?.Invoke(mail);
    }

    private sealed class Store(MailCatcher owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner.Keep(new CaughtMail(
                owner._clock.GetUtcNow(),
                message.From.ToString(),
                message.To.Mailboxes.Select(m => m.Address).ToArray(),
                message.Subject ?? string.Empty,
                message.TextBody ?? string.Empty));
            return SmtpResponse.Ok;
        }
    }
}
