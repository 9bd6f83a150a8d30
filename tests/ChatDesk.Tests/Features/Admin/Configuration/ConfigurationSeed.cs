using ChatDesk.Data.Seeding;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Features.Admin.Staff;

namespace ChatDesk.Tests.Features.Admin.Configuration;

/// <summary>A configuration where every channel setting differs from its default, with nested folders,
/// articles, system and ordinary templates in both languages, and staff with every field set.</summary>
public static class ConfigurationSeed
{
    public static async Task FillAsync(AdminServices world)
    {
        var alice = await world.AddUserAsync("alice", "Admin,Supervisor", u =>
        {
            u.DisplayName = "Alice Åkesson"; u.Nickname = "Ali"; u.Capacity = 7; u.Language = "sv";
        });
        var bob = await world.AddUserAsync("bob", StaffRoles.Agent, u =>
        {
            u.DisplayName = "Bob Berg"; u.Capacity = 1; u.Disabled = true;
        }, password: null);

        using var db = world.Database.CreateDbContext();
        var root = new FaqFolder { Name = "Root A" };
        var other = new FaqFolder { Name = "Other / with slash" };
        db.FaqFolders.AddRange(root, other);
        db.SaveChanges();
        var child = new FaqFolder { Name = "Child B", ParentId = root.Id };
        db.FaqFolders.Add(child);
        db.SaveChanges();
        var grandchild = new FaqFolder { Name = "Grand C", ParentId = child.Id };
        db.FaqFolders.Add(grandchild);
        db.FaqArticles.AddRange(
            new FaqArticle { FolderId = child.Id, Language = "en", Title = "Hidden note", Body = "Internal.\n\n- one\n- two", Published = false, Public = false },
            new FaqArticle { FolderId = other.Id, Language = "sv", Title = "Frakt", Body = "Vi skickar inom två dagar." },
            new FaqArticle { FolderId = root.Id, Language = "en", Title = "Shipping", Body = "We ship within two days.", Published = true, Public = false });
        foreach (var template in DemoTemplates.All())
        {
            template.Body += "\n-- changed for the test";
            db.ReplyTemplates.Add(template);
        }
        db.SaveChanges();

        db.Channels.Add(EverySettingChanged(child.Id, alice.Id, bob.Id));
        db.Channels.Add(new ChatChannel { Name = "Plain", Slug = "plain", Hours = new OpeningHours { AlwaysOpen = true } });
        db.SaveChanges();
    }

    public static ChatChannel EverySettingChanged(int folderId, string managerId, string agentId) => new()
    {
        Name = "Round trip", Slug = "round-trip", Language = "sv", BadgeText = "Chatta", Description = "All settings changed.",
        Look = new WidgetLook { Color = "#aa3300", Header = "Hej!", Message = "Vi hjälper dig.", LogoUrl = "https://example.test/logo.png", ShowAgentPhoto = true },
        QueueMessage = "Du är nummer {position} ({wait})", WelcomeMessage = "Välkommen!", AgentName = AgentNameStyle.Nickname,
        Hours = new OpeningHours
        {
            TimeZoneId = "Europe/Stockholm", AlwaysOpen = true,
            Days =
            [
                new DayHours { Day = DayOfWeek.Monday, Open = new TimeOnly(8, 0), Close = new TimeOnly(17, 0) },
                new DayHours { Day = DayOfWeek.Friday, Open = new TimeOnly(9, 30), Close = new TimeOnly(15, 15) },
            ],
            LunchStart = new TimeOnly(12, 0), LunchEnd = new TimeOnly(12, 45),
            Holidays = [new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)],
        },
        PreChat = new PreChatForm
        {
            Enabled = false, Message = "Berätta vem du är.", ConsentText = "Jag godkänner.", FaqSuggestions = true, FaqFolderId = folderId,
            RequiredFields = CustomerFields.Name | CustomerFields.Email | CustomerFields.Company | CustomerFields.Phone | CustomerFields.Country | CustomerFields.Consent,
        },
        PostChat = new PostChatForm { Enabled = false, Header = "Tack", Message = "Betygsätt oss.", Rating = false, Transcript = false },
        Offline = new OfflineForm
        {
            Header = "Stängt", Message = "Lämna ett ärende.", TicketSubmission = false,
            RequiredFields = CustomerFields.Email | CustomerFields.Phone, TicketCategory = "Billing", TicketPriority = TicketPriority.Urgent,
        },
        QueueFallbackMinutes = 7, QueueFallbackLength = 12, WarningMinutes = 3, ManagerWarningMinutes = 9,
        Routing = RoutingMode.Automatic,
        BotFirst = true, IdleMinutes = 45, RetentionDays = 90,
        AttachmentMaxMegabytes = 5, AttachmentMaxPerChat = 8, AttachmentTypes = "png,pdf",
        Members =
        [
            new ChannelMember { UserId = managerId, CanRespond = false, Notifications = false, CanListenIn = true, IsManager = true },
            new ChannelMember { UserId = agentId },
        ],
    };
}
