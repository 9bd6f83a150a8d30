using System.Collections;
using System.Reflection;

namespace ChatDesk.Tests.Features.Admin.Configuration;

/// <summary>Every public property, recursively (lists item by item), so a setting added later is compared
/// without touching the test. Returns one line per difference, such as "channel x.Hours.Days[1].Close: 17:00 ≠ 16:00".</summary>
public static class FieldComparison
{
    public static List<string> Differences(object? expected, object? actual, string path, params string[] ignored)
    {
        var differences = new List<string>();
        Compare(expected, actual, path, path, ignored.ToHashSet(), differences);
        return differences;
    }

    private static void Compare(object? a, object? b, string root, string path, HashSet<string> ignored, List<string> differences)
    {
        var relative = path.Length > root.Length ? path[(root.Length + 1)..] : "";
        if (ignored.Contains(relative) || ignored.Contains(LastSegment(relative))) return;
        if (a is null || b is null)
        {
            if (a is not null || b is not null) differences.Add($"{path}: {Show(a)} ≠ {Show(b)}");
            return;
        }
        var type = a.GetType();
        if (IsValue(type))
        {
            if (!Equals(a, b)) differences.Add($"{path}: {Show(a)} ≠ {Show(b)}");
            return;
        }
        if (a is IEnumerable listA && b is IEnumerable listB)
        {
            var (itemsA, itemsB) = (listA.Cast<object?>().ToList(), listB.Cast<object?>().ToList());
            if (itemsA.Count != itemsB.Count) differences.Add($"{path}: {itemsA.Count} items ≠ {itemsB.Count} items");
            for (var i = 0; i < Math.Min(itemsA.Count, itemsB.Count); i++)
                Compare(itemsA[i], itemsB[i], root, $"{path}[{i}]", ignored, differences);
            return;
        }
        foreach (var property in Properties(type))
            Compare(property.GetValue(a), property.GetValue(b), root, path + "." + property.Name, ignored, differences);
    }

    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0);

    public static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) ||
        type == typeof(TimeOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid);

    private static string LastSegment(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        _ => value.ToString() ?? "",
    };
}
