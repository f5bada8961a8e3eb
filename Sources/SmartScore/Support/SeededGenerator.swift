import Foundation

/// A small, fast, seeded random generator (SplitMix64). Everything random in smartscore (synthetic
/// data, Monte Carlo samples) draws from one of these, so the same seed gives the same bytes on
/// every machine and for every thread count.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal deviate (Box–Muller; one of the pair is discarded to keep the stream simple).
    public mutating func nextNormal() -> Double {
        var u = nextUniform()
        while u == 0 { u = nextUniform() }
        let v = nextUniform()
        return (-2 * _log(u)).squareRoot() * _cos(2 * Double.pi * v)
    }
}

private func _log(_ x: Double) -> Double { Foundation.log(x) }
private func _cos(_ x: Double) -> Double { Foundation.cos(x) }
