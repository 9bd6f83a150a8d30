using ChatDesk.Features.Admin.Configuration;
using ChatDesk.Features.Api;
using ChatDesk.Features.Privacy;
using ChatDesk.Hosting;

// `config export FILE`, `config import FILE`, `config reset-password USER` and `config create-admin USER` work on the database and exit
// without starting the server (see ConfigurationCommand.Usage).
if (ConfigurationCommand.Handles(args))
    return await ConfigurationCommand.RunAsync(args, Console.Out, Console.Error);
// `privacy export EMAIL FILE` and `privacy erase EMAIL` likewise (see PrivacyCommand.Usage).
if (PrivacyCommand.Handles(args))
    return await PrivacyCommand.RunAsync(args, Console.Out, Console.Error);
// `token create USER NAME [--bot]` likewise (see TokenCommand.Usage).
if (TokenCommand.Handles(args))
    return await TokenCommand.RunAsync(args, Console.Out, Console.Error);

// Development under `dotnet run` (launch settings) unless the user chose an environment (see DefaultEnvironment).
var builder = WebApplication.CreateBuilder(DefaultEnvironment.Options(args));
builder.AddChatDesk();

var app = builder.Build();
app.MapChatDesk();
app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
