using System.Net;
using System.Net.Sockets;

namespace Zones.Server.Tests.Support;

/// <summary>
/// A TCP relay in front of PostgreSQL, so a test can take the database away from the server and
/// give it back: <see cref="Stop"/> closes every connection and refuses new ones (the database is
/// down), <see cref="DropConnections"/> only closes the open ones (the database restarted).
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    readonly IPEndPoint _target;
    readonly List<TcpClient> _open = [];
    TcpListener? _listener;

    public TcpProxy(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        Port = StartListening(0);
    }

    /// <summary>The local port to connect to instead of the database's.</summary>
    public int Port { get; }

    /// <summary>Closes every relayed connection and stops accepting: connections are refused.</summary>
    public void Stop()
    {
        _listener?.Stop();
        _listener = null;
        DropConnections();
    }

    /// <summary>Accepts connections again on the same port.</summary>
    public void Start() => StartListening(Port);

    /// <summary>Closes every relayed connection, as a database restart does; new ones are still accepted.</summary>
    public void DropConnections()
    {
        lock (_open)
        {
            foreach (var c in _open)
                c.Close();
            _open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    int StartListening(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener);
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    async Task AcceptAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync();
                var server = new TcpClient();
                await server.ConnectAsync(_target);
                lock (_open)
                    _open.AddRange([client, server]);
                _ = PumpAsync(client, server);
                _ = PumpAsync(server, client);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The listener was stopped.
        }
    }

    static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or SocketException)
        {
            // One side closed.
        }
        from.Close();
        to.Close();
    }
}
