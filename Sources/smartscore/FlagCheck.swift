import ArgumentParser
import SmartScore

/// The checks every verb makes of its flags' values, refused as usage errors (exit 2) in the user's
/// language and naming the flag: empty text, numbers out of range, NaN and infinity. One place, so that
/// every numeric and text flag of every verb is refused the same way.
enum FlagCheck {
    static var t: Localizer { Localizer(Launch.current.requestedLanguage) }

    static func refuse(_ key: TextKey, _ arguments: [String: String] = [:]) -> ValidationError {
        ValidationError(t(key, arguments))
    }

    /// Text flags: `--dataset ''` or `--city '  '` would silently mean "the default" or "nothing".
    static func notBlank(_ value: String?, _ flag: String) throws {
        guard let value else { return }
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw refuse(.outputFlagEmpty, ["flag": flag])
        }
    }

    static func notBlank(_ values: [String], _ flag: String) throws {
        for value in values { try notBlank(value, flag) }
    }

    /// The most characters a name-like flag is read with: longer is a mistake, and would be matched and
    /// echoed at length.
    static let longestText = 200

    static func notTooLong(_ value: String?, _ flag: String, most: Int = longestText) throws {
        guard let value, value.count > most else { return }
        throw refuse(.outputFlagTooLong, ["flag": flag, "count": t.numbers.integer(value.count), "most": t.numbers.integer(most)])
    }

    static func atLeast<T: BinaryInteger>(_ value: T?, _ least: T, _ flag: String) throws {
        guard let value, value < least else { return }
        throw refuse(.outputFlagAtLeast, ["flag": flag, "least": String(least)])
    }

    static func atMost<T: BinaryInteger>(_ value: T?, _ most: T, _ flag: String) throws {
        guard let value, value > most else { return }
        throw refuse(.outputFlagAtMost, ["flag": flag, "most": String(most), "value": String(value)])
    }

    /// A real number: finite (NaN and infinity parse as numbers, but mean nothing here) and within `range`.
    /// `below`: the upper bound itself is excluded.
    static func within(_ value: Double?, _ range: ClosedRange<Double>, _ flag: String, below: Bool = false) throws {
        guard let value else { return }
        guard value.isFinite else { throw refuse(.outputFlagNotFinite, ["flag": flag, "value": String(value)]) }
        guard range.contains(value), !below || value < range.upperBound else {
            throw refuse(.outputFlagBetween, ["flag": flag, "low": text(range.lowerBound), "high": text(range.upperBound)])
        }
    }

    static func finite(_ value: Double?, _ flag: String) throws {
        guard let value, !value.isFinite else { return }
        throw refuse(.outputFlagNotFinite, ["flag": flag, "value": String(value)])
    }

    static func choice(_ flag: String, _ choices: [String]) -> ValidationError {
        refuse(.outputFlagChoice, ["flag": flag, "choices": choices.joined(separator: ", ")])
    }

    static func text(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
}

extension FlagCheck {
    /// The most Monte Carlo runs a flag may ask for: beyond, the memory check of the analysis would refuse
    /// anyway, less clearly.
    static let mostRuns = 10_000_000
}
