import Foundation

/// Numbers for people, in one place and by language: Indonesian writes a decimal comma and a thousands
/// dot (`74,5`, `75.390`, `Rp 2,5 M`), English the reverse (`74.5`, `75,390`, `IDR 2.5 bn`). Machine
/// formats (JSON, CSV for import) never come through here: they keep `JSONValue.format`.
public struct NumberFormat: Sendable, Equatable {
    public let decimalMark: String
    public let groupingMark: String
    /// The currency prefix and the words for million, billion and trillion.
    let currency: String
    let units: (million: String, billion: String, trillion: String)

    public static let indonesian = NumberFormat(decimalMark: ",", groupingMark: ".", currency: "Rp", units: ("jt", "M", "T"))
    public static let english = NumberFormat(decimalMark: ".", groupingMark: ",", currency: "IDR", units: ("mn", "bn", "tn"))

    public static func of(_ language: Language) -> NumberFormat { language == .id ? .indonesian : .english }

    public static func == (a: NumberFormat, b: NumberFormat) -> Bool {
        a.decimalMark == b.decimalMark && a.groupingMark == b.groupingMark && a.currency == b.currency
    }

    /// `x` with `digits` decimals, the integer part grouped by thousands.
    public func fixed(_ x: Double, digits: Int) -> String {
        let plain = String(format: "%.\(max(0, digits))f", x)     // "-1234.50", always with a point
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = parts[0]
        if integer.count > 3 {
            var grouped: [String] = []
            while integer.count > 3 {
                grouped.insert(String(integer.suffix(3)), at: 0)
                integer.removeLast(3)
            }
            grouped.insert(integer, at: 0)
            integer = grouped.joined(separator: groupingMark)
        }
        let sign = negative && plain.contains(where: { $0 != "0" && $0 != "." && $0 != "-" }) ? "-" : ""
        return sign + integer + (parts.count > 1 ? decimalMark + parts[1] : "")
    }

    /// A score with `digits` decimals; "—" for a missing one.
    public func score(_ x: Double?, digits: Int = 1) -> String {
        guard let x, x.isFinite else { return "—" }
        return fixed(x, digits: digits)
    }

    /// A share (0–1) as a whole percentage: "88%"; "—" for a missing one.
    /// A share that is not whole never reads as 100 %, nor a share above 0 as 0 %: 285 of 286 is "99,7%",
    /// not "100%" (a coverage of 100 % on a partial file would mislead).
    public func percent(_ x: Double?) -> String { percent(x, digits: 0) }

    /// A share (0–1) as a percentage with `digits` decimals, for shares too fine for whole percents:
    /// "16,7%" / "16.7%"; "—" for a missing one.
    public func percent(_ x: Double?, digits: Int) -> String {
        guard let x, x.isFinite else { return "—" }
        func misleads(_ shown: Double) -> Bool { (x < 1 && shown >= 100) || (x > 0 && shown <= 0) }
        var places = digits, scale = pow(10, Double(digits))
        while misleads((x * 100 * scale).rounded() / scale) && places < digits + 3 {
            places += 1
            scale *= 10
        }
        var shown = (x * 100 * scale).rounded() / scale
        // Still 100 or 0 at the finest shown place: round towards the truth instead.
        if misleads(shown) { shown = (shown >= 100 ? (x * 100 * scale).rounded(.down) : (x * 100 * scale).rounded(.up)) / scale }
        return fixed(shown, digits: places) + "%"
    }

    /// A relative weight to four significant digits, trailing zeros dropped: "2", "1,5", "0,2222", "0,001234".
    /// Weights range from AHP's eigenvector entries to a file's whole numbers, so fixed decimals would not do.
    public func weight(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        if x == x.rounded() && abs(x) < 1e15 { return fixed(x, digits: 0) }
        let digits = min(8, max(0, 3 - Int(floor(log10(abs(x))))))
        var s = fixed(x, digits: digits)
        if s.contains(decimalMark) {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(decimalMark) { s.removeLast(decimalMark.count) }
        }
        return s
    }

    /// A confidence interval: "[0,812; 0,905]" / "[0.812, 0.905]" (a dash would read as a minus sign
    /// beside a negative bound, and a comma separator as a decimal mark in Indonesian).
    public func interval(_ range: ClosedRange<Double>, digits: Int) -> String {
        "[" + score(range.lowerBound, digits: digits) + (decimalMark == "," ? "; " : ", ") + score(range.upperBound, digits: digits) + "]"
    }

    /// A whole number, grouped: "75.390" / "75,390".
    public func integer(_ n: Int) -> String { fixed(Double(n), digits: 0) }

    /// A raw value: whole numbers grouped, otherwise up to 4 decimals without trailing zeros.
    public func value(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        if x == x.rounded() && abs(x) < 1e15 { return fixed(x, digits: 0) }
        var s = String(format: "%.4f", x)
        while s.hasSuffix("0") { s.removeLast() }
        let decimals = s.split(separator: ".").last.map(\.count) ?? 0
        return fixed(x, digits: decimals)
    }

    /// A measured value to `digits` significant digits, whole thousands grouped: 5.63 → "5,63",
    /// 2.8149 → "2,81", 72.44 → "72,4", 12345.6 → "12.346", 0.01234 → "0,0123". For values a model
    /// derives (a raw value after a programme), where more digits would claim a precision there is not.
    public func significant(_ x: Double, digits: Int = 3) -> String {
        guard x.isFinite else { return "—" }
        guard x != 0 else { return "0" }
        let magnitude = Int(floor(log10(abs(x)))) + 1
        let decimals = max(0, min(8, digits - magnitude))
        var s = fixed(x, digits: decimals)
        if s.contains(decimalMark) {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(decimalMark) { s.removeLast(decimalMark.count) }
        }
        return s == "-0" ? "0" : s
    }

    /// Points gained (index, dimension): two decimals, except that a gain above 0 too small to show in two
    /// decimals keeps two significant digits ("0,0031"), so that a gain never reads as 0.
    public func points(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        return x > 0 && x < 0.005 ? significant(x, digits: 2) : fixed(x, digits: 2)
    }

    /// The unit an amount is said in (trillion, billion or million) and its decimals; an amount that would
    /// round up to the next unit's thousand (999,9 juta) is said in that unit (1,0 M).
    func moneyUnit(_ x: Double) -> (divisor: Double, word: String, digits: Int) {
        x >= 999.95e9 ? (1e12, units.trillion, 1) : x >= 999.5e6 ? (1e9, units.billion, 1) : (1e6, units.million, 0)
    }

    /// An amount a person typed (a budget), said back without rounding it away: in its unit with up to three
    /// decimals, trailing zeros dropped ("Rp 1,5 jt", "Rp 2,25 M"), or grouped in full below a million and
    /// where three decimals would not hold it ("Rp 1.234.567").
    public func rupiahAmount(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        if x >= 1e6 {
            let unit = moneyUnit(x)
            let scaled = x / unit.divisor
            if abs(scaled * 1000 - (scaled * 1000).rounded()) < 1e-6 {
                var s = fixed(scaled, digits: 3)
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(decimalMark) { s.removeLast(decimalMark.count) }
                return "\(currency) \(s) \(unit.word)"
            }
        }
        return "\(currency) \(fixed(x, digits: x == x.rounded() ? 0 : 2))"
    }

    /// `x` with `digits` decimals, halves rounded up as the ministry rounds (evaluation.md §6.4): 2.775 is
    /// "2,78", although 2.775 is stored as 2.77499… and `%.2f` would print 2,77. Values within 1e-9 of a
    /// half count as the half.
    public func halfUp(_ x: Double, digits: Int) -> String {
        guard x.isFinite else { return "—" }
        return fixed(HalfUp.round(x, digits: digits), digits: digits)
    }

    /// Money as people say it: "Rp 2,5 M" (miliar), "IDR 2.5 bn".
    public func rupiah(_ x: Double) -> String {
        let unit = moneyUnit(x)
        return "\(currency) \(fixed(x / unit.divisor, digits: unit.digits)) \(unit.word)"
    }

    /// A range in the unit of its upper end: "Rp 0,4–1,5 M", "IDR 0.4–1.5 bn".
    public func rupiahRange(_ lo: Double, _ hi: Double) -> String {
        let unit = moneyUnit(hi)
        return "\(currency) \(fixed(lo / unit.divisor, digits: unit.digits))–\(fixed(hi / unit.divisor, digits: unit.digits)) \(unit.word)"
    }
}
