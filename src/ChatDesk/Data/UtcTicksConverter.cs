using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChatDesk.Data;

internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
