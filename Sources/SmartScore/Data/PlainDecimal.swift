/// The exact value of a decimal written the plainest way, read straight from bytes: an optional `-`,
/// digits, and optionally the file's decimal mark followed by digits (`5.71`, `-12`, `18,98`).
///
/// Exact, not approximate: when the digits, read as a whole number, are at most 2^53 and there are at most
/// 22 of them after the mark, both that number and the power of ten are exact doubles, so one IEEE division
/// rounds the true quotient once, correctly — the same double as a correctly rounded `strtod` (Clinger's
/// fast path). Anything else (more digits, an exponent, a `+`, grouping, spaces) returns nil and goes to
/// `NumberParser`, which handles every form.
enum PlainDecimal {
    /// 10^0 … 10^22, each written as a literal: every one is an exact double.
    private static let powersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]
    private static let largestExactInteger: UInt64 = 1 << 53

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, mark: UInt8) -> Double? {
        let n = bytes.count
        guard n > 0, n <= 24 else { return nil }
        var i = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        var mantissa: UInt64 = 0
        var integerDigits = 0, fractionDigits = 0
        while i < n, case let d = bytes[i] &- UInt8(ascii: "0"), d < 10 {
            mantissa = mantissa &* 10 &+ UInt64(d)
            integerDigits += 1
            i += 1
        }
        guard integerDigits > 0 else { return nil }
        if i < n {
            guard bytes[i] == mark else { return nil }
            i += 1
            while i < n, case let d = bytes[i] &- UInt8(ascii: "0"), d < 10 {
                mantissa = mantissa &* 10 &+ UInt64(d)
                fractionDigits += 1
                i += 1
            }
            guard fractionDigits > 0, i == n else { return nil }
        }
        // At most 23 digits in all (n ≤ 24): beyond 19 the whole number may have wrapped, so refuse first.
        guard integerDigits + fractionDigits <= 19, mantissa <= largestExactInteger, fractionDigits <= 22 else { return nil }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }
}
