namespace ChatDesk.Features.Identity;

public static class StaffRoles
{
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor";
    public const string Agent = "Agent";

    public static readonly string[] All = [Admin, Supervisor, Agent];

    // Admin may open every staff area; each area otherwise needs its own role.
    public const string AgentArea = Agent + "," + Admin;
    public const string SupervisorArea = Supervisor + "," + Admin;
    public const string AdminArea = Admin;
}
