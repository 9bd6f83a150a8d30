using FluentValidation.Results;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>Validation problems by property path ("Look.Color", "Hours.Days[0].Close"), so each form field
/// can show its own message.</summary>
public sealed class FieldErrors(IReadOnlyList<ValidationFailure> failures)
{
    public static readonly FieldErrors None = new([]);

    public IReadOnlyList<ValidationFailure> All => failures;

    public bool Has(string path) => failures.Any(f => f.PropertyName == path);

    public string? Text(string path) =>
        Has(path) ? string.Join(" ", failures.Where(f => f.PropertyName == path).Select(f => f.ErrorMessage)) : null;

    /// <summary>How many problems lie under any of these paths (a tab's share of the problems).</summary>
    public int CountUnder(params string[] prefixes) =>
        failures.Count(f => prefixes.Any(p => f.PropertyName == p || f.PropertyName.StartsWith(p + ".", StringComparison.Ordinal)
            || f.PropertyName.StartsWith(p + "[", StringComparison.Ordinal)));
}
