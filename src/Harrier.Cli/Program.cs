using Harrier.Cli;
using Spectre.Console;

return await HarrierCli.RunAsync(args, AnsiConsole.Console, TimeProvider.System);
