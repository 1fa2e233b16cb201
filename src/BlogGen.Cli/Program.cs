using BlogGen.Cli;

return CommandLine.Run(args);
