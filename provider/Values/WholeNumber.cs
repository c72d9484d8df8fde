using System.Globalization;

namespace TidbDms.Provider.Values;

/// <summary>
/// Integers from the wire: every number arrives as a double (YAML's <c>4000</c> is <c>4000.0</c>),
/// so an integer input must be checked to be whole and in range rather than cast.
/// </summary>
internal static class WholeNumber
{
    /// <summary>Converts <paramref name="number"/> when it is a whole number within <see cref="int"/>.</summary>
    /// <param name="problem">Why it is not, for an error message ("4000.5 is not a whole number"); empty on success.</param>
    public static bool TryToInt32(double number, out int value, out string problem)
    {
        value = 0;
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            problem = $"{Render(number)} is not a number";
            return false;
        }

        if (Math.Floor(number) != number)
        {
            problem = $"{Render(number)} is not a whole number";
            return false;
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            problem = $"{Render(number)} is outside the range of a 32-bit integer ({int.MinValue} to {int.MaxValue})";
            return false;
        }

        value = (int)number;
        problem = "";
        return true;
    }

    /// <summary>Like <see cref="TryToInt32"/>, but throws a <see cref="FormatException"/> carrying the problem.</summary>
    public static int ToInt32(double number) =>
        TryToInt32(number, out var value, out var problem) ? value : throw new FormatException(problem);

    private static string Render(double number) => number.ToString("R", CultureInfo.InvariantCulture);
}
