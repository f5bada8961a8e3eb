import Foundation

/// The text encodings an observation file may arrive in. Excel on Indonesian Windows saves "CSV" as
/// Windows-1252 and "Unicode text" as UTF-16; everything else we accept is UTF-8. Whatever the file's
/// encoding, the reader parses UTF-8: other encodings are transcoded first (in memory), and decoding
/// never substitutes U+FFFD, so a byte that cannot be read is an error, not a silently wrong name.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"

    // MARK: UTF-8

    /// The offset and length of the first ill-formed sequence in `bytes`, or nil when all of it is
    /// well-formed UTF-8. Strict (Unicode table 3-7): overlong forms (C0 80, E0 80 80), UTF-16 surrogates
    /// (ED A0 80) and code points beyond U+10FFFF are ill-formed, and so is a sequence cut off by the end
    /// of `bytes` (the reader validates whole cells, so a cell never ends inside a character).
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, length: Int)? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F              // D800–DFFF are surrogates, not characters
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F              // nothing beyond U+10FFFF
            default: return (i, 1)                      // 80–C1 (continuation or overlong lead), F5–FF
            }
            for k in 1...need {
                guard i + k < n else { return (i, k) }
                let c = bytes[i + k]
                let (low, high) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                guard c >= low && c <= high else { return (i, k) }
            }
            i += need + 1
        }
        return nil
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (offset: Int, length: Int)? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    /// Whether `bytes` holds any multi-byte UTF-8 character before `end`: a file with real UTF-8 letters
    /// and also a stray byte mixes encodings, and reading it all as Windows-1252 would garble the letters.
    static func hasUTF8MultiByte(_ bytes: [UInt8], before end: Int) -> Bool {
        bytes.prefix(end).contains { $0 >= 0xC2 && $0 <= 0xF4 }
    }

    // MARK: Windows-1252

    /// What 0x80–0x9F mean in Windows-1252 (0 for the five bytes the code page leaves undefined);
    /// 0xA0–0xFF are Latin-1, i.e. the code point of the same number.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The bytes as UTF-8 when they are plausibly Windows-1252 (none of the five undefined bytes
    /// 0x81 0x8D 0x8F 0x90 0x9D), else nil.
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar = b < 0xA0 ? windows1252High[Int(b - 0x80)] : UInt32(b)
            guard scalar != 0 else { return nil }
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    // MARK: UTF-32

    /// UTF-32 by its byte-order mark (which starts like UTF-16LE's: FF FE 00 00) or by the pattern of
    /// ASCII text in it, three zero bytes in every four. Rare enough (no spreadsheet writes it by default)
    /// to be refused by name rather than read.
    static func isUTF32(prefix: [UInt8]) -> Bool {
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return true }
        let quads = min(prefix.count / 4, 1024)
        guard quads >= 2 else { return false }
        var le = 0, be = 0
        for k in 0..<quads {
            let q = prefix[4 * k ..< 4 * k + 4]
            if q[4 * k] != 0 && q[4 * k + 1] == 0 && q[4 * k + 2] == 0 && q[4 * k + 3] == 0 { le += 1 }
            if q[4 * k] == 0 && q[4 * k + 1] == 0 && q[4 * k + 2] == 0 && q[4 * k + 3] != 0 { be += 1 }
        }
        return le * 10 >= quads * 7 || be * 10 >= quads * 7
    }

    // MARK: UTF-16

    /// UTF-16 by its byte-order mark, or (without one) by the NUL pattern of mostly-ASCII text: every
    /// other byte zero. A UTF-8 or Windows-1252 CSV has no NULs at all, so the pattern does not misfire.
    static func detectUTF16(prefix: [UInt8]) -> (encoding: TextEncoding, bomLength: Int)? {
        if prefix.count >= 2 && prefix[0] == 0xFF && prefix[1] == 0xFE { return (.utf16LE, 2) }
        if prefix.count >= 2 && prefix[0] == 0xFE && prefix[1] == 0xFF { return (.utf16BE, 2) }
        let pairs = min(prefix.count / 2, 2048)
        guard pairs >= 2 else { return nil }
        var evenZero = 0, oddZero = 0
        for k in 0..<pairs {
            if prefix[2 * k] == 0 { evenZero += 1 }
            if prefix[2 * k + 1] == 0 { oddZero += 1 }
        }
        // Most characters ASCII (their high byte zero), the low bytes not: that is UTF-16 text.
        if oddZero * 10 >= pairs * 7 && evenZero * 10 <= pairs { return (.utf16LE, 0) }
        if evenZero * 10 >= pairs * 7 && oddZero * 10 <= pairs { return (.utf16BE, 0) }
        return nil
    }

    /// UTF-16 as UTF-8. An unpaired surrogate is written in its (ill-formed) three-byte form ED A0–BF …,
    /// so that strict UTF-8 validation of the cell finds it and reports it at its line and column,
    /// instead of it becoming U+FFFD. A trailing odd byte becomes 0xFF, ill-formed for the same reason.
    static func utf16ToUTF8(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2 + 16)
        let units = bytes.count / 2
        func unit(_ k: Int) -> UInt32 {
            let a = UInt32(bytes[2 * k]), b = UInt32(bytes[2 * k + 1])
            return bigEndian ? a << 8 | b : b << 8 | a
        }
        var k = 0
        while k < units {
            let u = unit(k)
            if u >= 0xD800 && u <= 0xDBFF, k + 1 < units, case let v = unit(k + 1), v >= 0xDC00 && v <= 0xDFFF {
                appendUTF8(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), to: &out)
                k += 2
                continue
            }
            appendUTF8(u, to: &out)                      // a lone surrogate: ill-formed on purpose
            k += 1
        }
        if bytes.count % 2 == 1 { out.append(0xFF) }
        return out
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80: out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18)); out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The bytes of an ill-formed sequence as people can look them up: `0x96`, `0xC0 0x80`.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "0x%02X", $0) }.joined(separator: " ")
    }
}
