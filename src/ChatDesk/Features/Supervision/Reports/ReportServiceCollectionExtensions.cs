namespace ChatDesk.Features.Supervision.Reports;

public static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskReports(this IServiceCollection services) =>
        services.AddSingleton<ReportService>();

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapReportCsv();
}
