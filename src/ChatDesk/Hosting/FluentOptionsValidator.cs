using FluentValidation;
using Microsoft.Extensions.Options;

namespace ChatDesk.Hosting;

/// <summary>Runs a FluentValidation validator over an options section and names the failing keys as
/// configuration paths (Smtp:Port), so an operator knows exactly which setting to fix.</summary>
internal sealed class FluentOptionsValidator<TOptions>(string section, IValidator<TOptions> validator)
    : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var result = validator.Validate(options);
        if (result.IsValid) return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(result.Errors.Select(e =>
            $"{section}:{e.PropertyName.Replace('.', ':')}: {e.ErrorMessage} (value: '{e.AttemptedValue}')"));
    }
}

internal static class ValidatedOptionsExtensions
{
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(
        this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidator<TOptions>, new()
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(
            new FluentOptionsValidator<TOptions>(section, new TValidator()));
        return services;
    }
}
