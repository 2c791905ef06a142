using System.Net;
using System.Net.Sockets;

namespace ClinicalPortal.DevTools.Hosting;

/// <summary>Facts about the developer's or test machine that the local tools (launcher, mail catcher, tests, benchmark) share.</summary>
public static class LocalMachine
{
    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Whether nothing listens on 127.0.0.1:<paramref name="port"/> right now.</summary>
    public static bool IsLoopbackPortFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>The nearest folder holding ClinicalPortal.sln at or above any of <paramref name="starts"/> (tried in order), or null.</summary>
    public static string? FindRepositoryRoot(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClinicalPortal.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
