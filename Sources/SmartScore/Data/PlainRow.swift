/// A CSV row in its simplest form, handed to the reader as bytes before any field becomes a `String`: a
/// whole line within one chunk, printable ASCII only (the separator aside), no quote, ended by LF or CRLF.
/// Nearly every row of a long indicator file is such a row; the reader's fast lane (`LongRowFastLane`)
/// takes those that repeat what an earlier row already proved valid, and leaves every other row (and
/// every row it is unsure of) to the field-by-field path with all its checks and messages.
struct PlainRow {
    /// The line's bytes, without its line end.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Field k is `bytes[bounds[2k] ..< bounds[2k + 1]]`.
    let bounds: UnsafeBufferPointer<Int>
    /// The 1-based line the row is on.
    let line: Int

    var fieldCount: Int { bounds.count / 2 }

    func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[bounds[2 * k] ..< bounds[2 * k + 1]])
    }
}

/// Who takes plain rows: returns whether it took the row (else the parser reads it field by field).
typealias PlainRowTaker = (PlainRow) throws -> Bool

extension RecordParser {
    /// The most fields a plain row has: a long file has eight or so; a wider row is read field by field.
    static let plainRowFields = 256

    /// The plain row that starts at `start`, if the line is one: its content's end, the index of its LF,
    /// and its field count, the bounds of field k (relative to `start`) in `bounds[2k]`, `bounds[2k + 1]`.
    static func scanPlainRow(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, separator: UInt8,
                             bounds: UnsafeMutableBufferPointer<Int>) -> (contentEnd: Int, lineFeed: Int, fields: Int)? {
        let n = bytes.count
        let most = bounds.count / 2
        var fields = 0
        var i = start
        var fieldStart = start
        while i < n {
            let b = bytes[i]
            if b == separator {
                guard fields + 1 < most else { return nil }
                bounds[2 * fields] = fieldStart - start
                bounds[2 * fields + 1] = i - start
                fields += 1
                fieldStart = i + 1
            } else if b == 0x0A {
                bounds[2 * fields] = fieldStart - start
                bounds[2 * fields + 1] = i - start
                return (i, i, fields + 1)
            } else if b == 0x0D {
                // CRLF only: a lone CR (an old Mac line end) is the field-by-field path's to handle.
                guard i + 1 < n, bytes[i + 1] == 0x0A else { return nil }
                bounds[2 * fields] = fieldStart - start
                bounds[2 * fields + 1] = i - start
                return (i, i + 1, fields + 1)
            } else if b < 0x20 || b >= 0x7F || b == 0x22 {
                // A control, a byte of a multi-byte character (to be validated), or a quote.
                return nil
            }
            i += 1
        }
        // The line goes on in the next chunk.
        return nil
    }
}
