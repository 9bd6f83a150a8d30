using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Admin.Staff;

/// <summary>The Identity password policy as readable field messages, and passwords generated to meet it.</summary>
public static class StaffPasswords
{
    public static IEnumerable<string> Problems(string password, PasswordOptions policy)
    {
        if (password.Length < policy.RequiredLength) yield return $"Use at least {policy.RequiredLength} characters.";
        if (policy.RequireDigit && !password.Any(char.IsAsciiDigit)) yield return "Include a digit (0–9).";
        if (policy.RequireLowercase && !password.Any(char.IsAsciiLetterLower)) yield return "Include a lower-case letter (a–z).";
        if (policy.RequireUppercase && !password.Any(char.IsAsciiLetterUpper)) yield return "Include an upper-case letter (A–Z).";
        if (policy.RequireNonAlphanumeric && password.All(char.IsAsciiLetterOrDigit)) yield return "Include a character that is not a letter or digit.";
        if (password.Distinct().Count() < policy.RequiredUniqueChars) yield return $"Use at least {policy.RequiredUniqueChars} different characters.";
    }

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
