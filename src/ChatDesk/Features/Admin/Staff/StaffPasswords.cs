using System.Globalization;
using ChatDesk.Resources;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Admin.Staff;

/// <summary>The Identity password policy as readable field messages, and passwords generated to meet it.</summary>
public static class StaffPasswords
{
    public static IEnumerable<string> Problems(string password, PasswordOptions policy)
    {
        if (password.Length < policy.RequiredLength) yield return Text("PasswordLength", policy.RequiredLength);
        if (policy.RequireDigit && !password.Any(char.IsAsciiDigit)) yield return Text("PasswordDigit");
        if (policy.RequireLowercase && !password.Any(char.IsAsciiLetterLower)) yield return Text("PasswordLower");
        if (policy.RequireUppercase && !password.Any(char.IsAsciiLetterUpper)) yield return Text("PasswordUpper");
        if (policy.RequireNonAlphanumeric && password.All(char.IsAsciiLetterOrDigit)) yield return Text("PasswordSymbol");
        if (password.Distinct().Count() < policy.RequiredUniqueChars) yield return Text("PasswordUnique", policy.RequiredUniqueChars);
    }

    // In the current UI culture, which an admin form sets to the admin's language (ValidationText.Under).
    private static string Text(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentUICulture, ValidationText.Get(key), args);

    /// <summary>16 characters with each required kind, from a cryptographic source; shown to the admin once.</summary>
    public static string Generate()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "-_.!#%+";
        const string all = lower + upper + digits + symbols;
        var chars = new List<char> { Pick(lower), Pick(upper), Pick(digits), Pick(symbols) };
        while (chars.Count < 16) chars.Add(Pick(all));
        return new string([.. chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))]);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
