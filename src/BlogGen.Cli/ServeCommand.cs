using System.CommandLine;
using System.Runtime.InteropServices;

using BlogGen.Server;

namespace BlogGen.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on; when it is busy, the next free one is taken.", DefaultValueFactory = _ => 4000 };
        var drafts = new Option<bool>("--drafts") { Description = "Include posts from _drafts/ (the default)." };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Leave out posts from _drafts/." };
        var future = new Option<bool>("--future") { Description = "Include posts dated in the future (the default)." };
        var noFuture = new Option<bool>("--no-future") { Description = "Leave out posts dated in the future." };
        var noLiveReload = new Option<bool>("--no-livereload") { Description = "Do not reload open pages after a rebuild, nor show build errors in them." };
        var open = new Option<bool>("--open", "-o") { Description = "Open the site in the default browser." };
        var baseUrl = new Option<string?>("--baseurl", "--base-url", "-b") { Description = "Serve the site under this path, e.g. /blog (default: baseurl in the config, as it is published); '' serves it at /." };

        var command = new Command("serve", "Build the site, serve it locally, and rebuild and reload pages on every change.")
        {
            source, host, port, drafts, noDrafts, future, noFuture, noLiveReload, open, baseUrl,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(drafts) && result.GetValue(noDrafts))
            {
                result.AddError("--drafts and --no-drafts contradict each other: pass one of them.");
            }
            if (result.GetValue(future) && result.GetValue(noFuture))
            {
                result.AddError("--future and --no-future contradict each other: pass one of them.");
            }
            if (result.GetValue(port) is < 1 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535.");
            }
        });
        command.SetAction(parsed => Run(new ServeOptions(
            parsed.GetValue(source)!.FullName,
            parsed.GetValue(host)!,
            parsed.GetValue(port),
            ShowDrafts: !parsed.GetValue(noDrafts),
            ShowFuture: !parsed.GetValue(noFuture),
            LiveReload: !parsed.GetValue(noLiveReload),
            OpenBrowser: parsed.GetValue(open),
            BaseUrl: parsed.GetValue(baseUrl))));
        return command;
    }

    private static int Run(ServeOptions options)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            // A second Ctrl+C while stopping ends the process at once.
            context.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return PreviewServer.RunAsync(options, Console.Out, Console.Error, stop.Token).GetAwaiter().GetResult();
    }
}
