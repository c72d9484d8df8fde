using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Registration;

/// <summary>
/// The component's inputs break the contract, or clash with what the AWS account holds: every
/// problem at once, each naming its input path. The RPC layer reports them as <c>InvalidArgument</c>.
/// </summary>
internal sealed class ComponentInputException : Exception
{
    public ComponentInputException(ImmutableArray<InputError> errors)
        : base(Summarize(errors))
    {
        Errors = errors;
    }

    public ComponentInputException()
        : this([])
    {
    }

    public ComponentInputException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ComponentInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public ImmutableArray<InputError> Errors { get; }

    private static string Summarize(ImmutableArray<InputError> errors) =>
        errors.Length == 1
            ? $"TidbDmsMigration has an invalid input: {errors[0]}"
            : $"TidbDmsMigration has {errors.Length} invalid inputs: {string.Join("; ", errors)}";
}
