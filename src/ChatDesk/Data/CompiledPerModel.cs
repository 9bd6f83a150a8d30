using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ChatDesk.Data;

/// <summary>
/// An EF compiled query for each model it runs with. A compiled query skips EF's walk and hash of the LINQ expression
/// on every call, but stays bound to the first model it ran with and throws for another one; the app has one model,
/// tests build one per database.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
