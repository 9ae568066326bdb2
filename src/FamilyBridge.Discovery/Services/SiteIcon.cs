using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace FamilyBridge.Discovery.Services;

/// <summary>
/// The site's icon, drawn here rather than shipped as files: a white bridge arch over calm water on the theme's teal.
/// The same shapes as <see cref="Svg"/>, painted into PNGs at any size (4×4 samples a pixel for smooth edges).
/// </summary>
public static class SiteIcon
{
    public const string Teal = "#1d5c63";

    public const string Svg =
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="FamilyBridge">
          <rect width="64" height="64" rx="14" fill="#1d5c63"/>
          <path d="M10 40 A22 22 0 0 1 54 40 L48 40 A16 16 0 0 0 16 40 Z" fill="#ffffff"/>
          <rect x="8" y="38" width="48" height="5" rx="2" fill="#ffffff"/>
          <path d="M10 50 q5.5 -4 11 0 t11 0 t11 0 t11 0" fill="none" stroke="#9fd8dc" stroke-width="3" stroke-linecap="round"/>
        </svg>
        """;

    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>A square PNG of <paramref name="size"/> pixels.</summary>
    public static byte[] Png(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 16);
        const int samples = 4;
        var rows = new byte[size * (1 + (size * 4))];
        for (var y = 0; y < size; y++)
        {
            var row = y * (1 + (size * 4));
            rows[row] = 0; // PNG filter "none"
            for (var x = 0; x < size; x++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (var sy = 0; sy < samples; sy++)
                {
                    for (var sx = 0; sx < samples; sx++)
                    {
                        // In the SVG's 64-unit square.
                        var u = (x + ((sx + 0.5) / samples)) * 64.0 / size;
                        var v = (y + ((sy + 0.5) / samples)) * 64.0 / size;
                        if (Colour(u, v) is { } c)
                        {
                            r += c.R;
                            g += c.G;
                            b += c.B;
                            a += 255;
                        }
                    }
                }

                var n = samples * samples;
                var alpha = a / n;
                var at = row + 1 + (x * 4);
                // Straight (not premultiplied) alpha, as PNG stores it.
                rows[at] = (byte)(alpha > 0 ? r * 255 / a : 0);
                rows[at + 1] = (byte)(alpha > 0 ? g * 255 / a : 0);
                rows[at + 2] = (byte)(alpha > 0 ? b * 255 / a : 0);
                rows[at + 3] = (byte)Math.Round(alpha);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        WriteChunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(rows);
            }

            WriteChunk(png, "IDAT", compressed.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A .ico holding one 32×32 PNG (the PNG-in-ICO form every current browser reads).</summary>
    public static byte[] Ico()
    {
        var png = Png(32);
        var ico = new byte[6 + 16 + png.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(2), 1); // type: icon
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(4), 1); // one image
        ico[6] = 32;
        ico[7] = 32;
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(10), 1); // colour planes
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(12), 32); // bits per pixel
        BinaryPrimitives.WriteInt32LittleEndian(ico.AsSpan(14), png.Length);
        BinaryPrimitives.WriteInt32LittleEndian(ico.AsSpan(18), 22);
        png.CopyTo(ico, 22);
        return ico;
    }

    private static (byte R, byte G, byte B)? Colour(double u, double v)
    {
        if (!InRoundedSquare(u, v))
        {
            return null;
        }

        var white = ((byte)255, (byte)255, (byte)255);
        // The arch: between radius 16 and 22 around (32, 40), above the deck.
        var d = Math.Sqrt(((u - 32) * (u - 32)) + ((v - 40) * (v - 40)));
        if (v <= 40 && d is >= 16 and <= 22)
        {
            return white;
        }

        // The deck.
        if (u is >= 8 and <= 56 && v is >= 38 and <= 43)
        {
            return white;
        }

        // The water: a gentle wave 3 units thick, light teal.
        var wave = 50 - (2 * Math.Sin((u - 10) / 11 * 2 * Math.PI));
        if (u is >= 8.5 and <= 55.5 && Math.Abs(v - wave) <= 1.5)
        {
            return (0x9f, 0xd8, 0xdc);
        }

        return (0x1d, 0x5c, 0x63);
    }

    private static bool InRoundedSquare(double u, double v)
    {
        const double radius = 14;
        var cx = Math.Clamp(u, radius, 64 - radius);
        var cy = Math.Clamp(v, radius, 64 - radius);
        return u is >= 0 and <= 64 && v is >= 0 and <= 64 && (((u - cx) * (u - cx)) + ((v - cy) * (v - cy))) <= radius * radius;
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc(Crc(0xFFFFFFFF, typeBytes), data) ^ 0xFFFFFFFF;
        BinaryPrimitives.WriteUInt32BigEndian(length, crc);
        png.Write(length);
    }

    private static uint Crc(uint crc, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
