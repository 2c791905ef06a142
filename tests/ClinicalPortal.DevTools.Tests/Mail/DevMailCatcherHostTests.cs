using System.Net;
using System.Net.Sockets;
using ClinicalPortal.DevTools.Hosting;
using ClinicalPortal.DevTools.Tests.LocalPostgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.DevTools.Tests.Mail;

public sealed class DevMailCatcherHostTests
{
    [Fact]
    public async Task WhenTheMailPortIsTaken_TheCatcherTakesAFreeOne_AndSaysSo()
    {
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var taken = ((IPEndPoint)busy.LocalEndpoint).Port;
            var log = new ListLogger();
            await using var catcher = DevMailCatcherHost.StartOnFreePort(taken, log);
            Assert.NotEqual(taken, catcher.Port);
            Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(taken.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                                              && e.Message.Contains(catcher.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        finally
        {
            busy.Stop();
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://*:5090;https://*:5091", "http://127.0.0.1:5090/")]
    [InlineData("http://0.0.0.0:7000", "http://127.0.0.1:7000/")]
    [InlineData("http://127.0.0.1:0", null)]
    [InlineData(null, null)]
    public void InvitationLinks_UseTheAddressTheAppListensOn(string? urls, string? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();
        Assert.Equal(expected, DevelopmentTools.ListeningAddress(configuration));
    }
}
