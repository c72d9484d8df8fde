using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Planning;

/// <summary>
/// Component inputs as plan literals. They keep what the engine sent with them: unknown in a
/// preview, secret, and the URNs they came from.
/// </summary>
internal static class ArgValues
{
    public static PlanValue Of(Input<string> input) => Literal(input.ToPropertyValue(PropertyValue.String));

    public static PlanValue Of(Input<int> input) => Literal(input.ToPropertyValue(v => PropertyValue.Number(v)));

    public static PlanValue Of(Input<bool> input) => Literal(input.ToPropertyValue(PropertyValue.Bool));

    /// <summary>An enum input by its wire name (<c>verify-full</c>, <c>full-load</c>).</summary>
    public static PlanValue Of<TEnum>(Input<TEnum> input, ContractEnum<TEnum> contract)
        where TEnum : struct, Enum =>
        Of(input, contract.ToWire);

    /// <summary>An enum input by the name <paramref name="name"/> gives it.</summary>
    public static PlanValue Of<TEnum>(Input<TEnum> input, Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        Literal(input.ToPropertyValue(v => PropertyValue.String(name(v))));

    /// <summary>An optional input: null (not set) when the user did not give it.</summary>
    public static PlanValue? OfOptional(Input<string>? input) => input is null ? null : Of(input);

    private static PlanValue.Literal Literal(PropertyValue value) => new(value);
}
