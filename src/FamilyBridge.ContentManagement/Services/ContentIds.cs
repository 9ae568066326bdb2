using System.Security.Cryptography;
using System.Text;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>Orchard's 26-character ids: 128 random bits in lower-case Crockford base32.</summary>
public static class ContentIds
{
    public const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public const int Length = 26;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Encode(bytes);
    }

    /// <summary>
    /// The same id every time for the same seed: recipes use it so that <c>uuid()</c> at one place in one recipe
    /// names the same item on every import into the same site (import stays idempotent).
    /// </summary>
    public static string FromSeed(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(seed), hash);
        return Encode(hash[..16]);
    }

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        // 128 bits as 26 five-bit digits (130 bits): the first digit carries the top 3 bits.
        var value = new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var chars = new char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }
}
