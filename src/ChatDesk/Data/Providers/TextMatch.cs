using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChatDesk.Data;

/// <summary>"Contains, ignoring case" in a query, the same on both databases: SQLite's LIKE ignores the case of
/// ASCII letters (as before), PostgreSQL's LIKE ignores none, so there it is ILIKE (which also folds å/Å).</summary>
public static class TextMatch
{
    public const string Escape = "\\";

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, its wildcards taken literally.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>A filter true when any of <paramref name="columns"/> contains <paramref name="text"/>.</summary>
    public static Expression<Func<T, bool>> AnyContains<T>(DatabaseFacade database, string text, params Expression<Func<T, string>>[] columns)
    {
        var pattern = ContainsPattern(text);
        // A captured variable, not a constant: EF sends it as a parameter and caches one query plan.
        Expression<Func<string>> captured = () => pattern;
        var method = database.IsNpgsql() ? ILike : Like;
        var row = Expression.Parameter(typeof(T), "row");
        var tests = columns.Select(column => (Expression)Expression.Call(method, Expression.Constant(EF.Functions),
            new Rebind(column.Parameters[0], row).Visit(column.Body), captured.Body, Expression.Constant(Escape)));
        return Expression.Lambda<Func<T, bool>>(tests.Aggregate(Expression.OrElse), row);
    }

    private static readonly Type[] LikeArguments = [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)];
    private static readonly System.Reflection.MethodInfo Like =
        typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), LikeArguments)!;
    private static readonly System.Reflection.MethodInfo ILike =
        typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), LikeArguments)!;

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
