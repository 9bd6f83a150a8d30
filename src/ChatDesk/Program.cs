using ChatDesk.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddChatDesk();

var app = builder.Build();
app.MapChatDesk();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
