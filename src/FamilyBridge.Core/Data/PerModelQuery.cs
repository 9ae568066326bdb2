using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FamilyBridge.Core.Data;

/// <summary>
/// An EF compiled query kept per model. EF binds a compiled query to the first model it runs against and refuses any
/// other, but one process can hold several: each module has a SQLite and a PostgreSQL context type (each its own
/// model), and the tests run both side by side.
/// </summary>
public sealed class PerModelQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _compiled.GetValue(context.Model, _ => compile());
    }
}
