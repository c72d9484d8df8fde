using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Values;

[TestFixture]
internal sealed class WholeNumberTests
{
    [TestCase(4000.0, 4000)]
    [TestCase(-1.0, -1)]
    [TestCase(0.0, 0)]
    [TestCase(2147483647.0, int.MaxValue)]
    [TestCase(-2147483648.0, int.MinValue)]
    public void Whole_numbers_convert(double number, int expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WholeNumber.TryToInt32(number, out var value, out var problem), Is.True);
            Assert.That(value, Is.EqualTo(expected));
            Assert.That(problem, Is.Empty);
            Assert.That(WholeNumber.ToInt32(number), Is.EqualTo(expected));
        });
    }

    [TestCase(4000.5, "4000.5 is not a whole number")]
    [TestCase(0.1, "0.1 is not a whole number")]
    [TestCase(2147483648.0, "2147483648 is outside the range of a 32-bit integer (-2147483648 to 2147483647)")]
    [TestCase(1e20, "1E+20 is outside the range of a 32-bit integer (-2147483648 to 2147483647)")]
    [TestCase(double.NaN, "NaN is not a number")]
    [TestCase(double.PositiveInfinity, "Infinity is not a number")]
    public void Other_numbers_are_refused_with_the_reason(double number, string expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WholeNumber.TryToInt32(number, out var value, out var problem), Is.False);
            Assert.That(value, Is.Zero);
            Assert.That(problem, Is.EqualTo(expected));
            Assert.That(() => WholeNumber.ToInt32(number), Throws.TypeOf<FormatException>().With.Message.EqualTo(expected));
        });
    }
}
