using System.Security.Cryptography;
using System.Text;

namespace ChatDesk.Features.Conversations;

/// <summary>The secret that binds an anonymous customer's browser to its chat. The raw token lives only in that
/// browser (and in what <see cref="ConversationService.StartAsync"/> returns); the database keeps its SHA-256, so a
/// copy of the database opens no chat.</summary>
public static class ChatToken
{
    /// <summary>Longer input is not a token of ours and is not worth hashing.</summary>
    public const int MaxLength = 64;

    /// <summary>256 random bits, base64url without padding (43 characters).</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256 of the token: what <see cref="ChatSession.TokenHash"/> holds. A plain hash is
    /// enough: the token has 256 random bits, so there is nothing to guess that a slow hash would protect.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool IsPlausible(string? token) => token is { Length: > 0 and <= MaxLength };

    /// <summary>Confirms a row found by its hash in constant time, so how long the answer takes says nothing
    /// about how much of a stored hash a guess matched.</summary>
    public static bool Matches(string token, string? storedHash)
    {
        if (storedHash is not { Length: 64 }) return false;
        Span<byte> stored = stackalloc byte[32];
        if (Convert.FromHexString(storedHash, stored, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), stored);
    }
}
