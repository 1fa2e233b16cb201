using Microsoft.Extensions.Hosting;

namespace BlogGen.Server;

/// <summary>A host lifetime that leaves signals to the command, which stops the server when the user presses Ctrl+C.</summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
