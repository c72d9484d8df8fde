using System.Security.Cryptography;
using System.Text;
using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>The managed SHA-256 gives exactly the digests of the system's (identifiers must not change).</summary>
internal sealed class Sha256Tests
{
    // FIPS 180-4 examples: the empty message, one block, and a message whose padding needs a second block.
    [TestCase("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [TestCase("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void HashDataGivesTheStandardsDigests(string message, string digest) =>
        Assert.That(Convert.ToHexStringLower(Sha256.HashData(Encoding.ASCII.GetBytes(message))), Is.EqualTo(digest));

    [Test]
    public void HashDataAgreesWithTheSystemForEveryLengthAcrossThreeBlocks()
    {
        // Every length from 0 to 200 bytes crosses each padding boundary (55/56/63/64 and their multiples).
        var random = new Random(20240607);
        var mismatches = new List<int>();
        for (var length = 0; length <= 200; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            if (!Sha256.HashData(data).AsSpan().SequenceEqual(SHA256.HashData(data)))
            {
                mismatches.Add(length);
            }
        }

        Assert.That(mismatches, Is.Empty);
    }
}
