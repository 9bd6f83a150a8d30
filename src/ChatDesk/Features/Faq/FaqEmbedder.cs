using System.Numerics;
using System.Runtime.InteropServices;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Turns text of one language into a sentence embedding for semantic FAQ ranking. One model per language, or none:
/// today English has all-MiniLM-L6-v2 (<see cref="MiniLmFaqEmbedder"/>); a multilingual model can answer for more
/// languages later through this same seam. Vectors are unit length, so a dot product is their cosine.
/// </summary>
public interface IFaqEmbedder
{
    /// <summary>The model that embeds this language's text, stored beside each vector so a model change re-embeds;
    /// null when the language has none (or semantic ranking is off).</summary>
    string? ModelFor(string language);

    /// <summary>The text's unit vector, or null when the language has no model or the model cannot run.</summary>
    float[]? Embed(string language, string text);
}

/// <summary>Vectors as stored in the database (float32, little-endian) and compared at question time.</summary>
public static class FaqVectorMath
{
    public static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();

    /// <summary>The dot product of two equally long vectors (their cosine, as both are unit length).</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }
}
