import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One record of a CSV file: its fields and the line it starts on (1-based; a quoted field may span
/// lines, so the next record can start several lines later).
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]
    /// How each field was stored, for a row of a workbook (nil for CSV, whose fields are all text).
    public var kinds: [CellKind]? = nil

    /// Whether every field is empty or blank: the trailing `;;;;` rows of spreadsheet exports.
    public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

/// A streaming RFC 4180 reader: `,`, `;` or tab separators, quoted fields with embedded separators,
/// quotes (`""`) and line breaks, LF or CRLF line ends, an optional UTF-8 byte-order mark. It reads the
/// file once, in 1 MiB chunks, and hands one record at a time to the caller, so memory does not grow
/// with the file; in the same pass it hashes the bytes (so the hash is of exactly what was parsed) and
/// validates every cell as strict UTF-8.
///
/// Other encodings go through memory: UTF-16 (Excel's "Unicode text") is recognised by its byte-order
/// mark or its NULs and transcoded before parsing; a file that turns out not to be UTF-8 but is plausible
/// Windows-1252 (Excel's "CSV" on Windows) is offered back as `Windows1252Fallback` when the caller
/// allows it, so that the caller can start again on the transcoded text.
public struct CSVReader {
    public let path: String
    /// The display name used in error messages (the path as the user typed it, `<stdin>` for `-`).
    public let displayName: String
    public private(set) var separator: CSVDialect.Separator?
    /// Whether a non-UTF-8 file may be offered back as Windows-1252 (else it is an error).
    var allowsWindows1252 = false
    /// Told the megabytes read of the file's, chunk by chunk, when the file is at least `progressThreshold`.
    var progress: ReadProgress?
    /// Smaller files are read in well under the two seconds after which a person wants to see progress.
    var progressThreshold = 32 << 20
    /// Text already in memory (standard input handled by the caller, a transcoded file): its UTF-8
    /// bytes, the encoding they were transcoded from, and the SHA-256 of the original bytes.
    private var memory: (utf8: [UInt8], encoding: TextEncoding, sha256: String)?

    static let chunkSize = 1 << 20

    public init(path: String, displayName: String? = nil, separator: CSVDialect.Separator? = nil) {
        self.path = path
        self.displayName = InputFile.displayName(path: path, given: displayName)
        self.separator = separator
    }

    /// A reader of text already decoded to UTF-8.
    init(utf8: [UInt8], transcodedFrom encoding: TextEncoding, sha256: String, displayName: String, separator: CSVDialect.Separator?) {
        self.path = displayName
        self.displayName = displayName
        self.separator = separator
        self.memory = (utf8, encoding, sha256)
    }

    /// What one pass over the file found out.
    public struct Pass: Sendable {
        public var separator: CSVDialect.Separator
        public var encoding: TextEncoding
        /// SHA-256 (lowercase hex) of the file's bytes as read in this pass; complete only when the pass
        /// was not stopped early.
        public var sha256: String
    }

    /// The file is not UTF-8 but plausibly Windows-1252: its text as UTF-8, for a second pass.
    struct Windows1252Fallback: Error {
        let utf8: [UInt8]
        let sha256: String
    }

    /// Calls `body` with each record in order. `body` returns `false` to stop early.
    public func forEachRecord(_ body: (CSVRecord) throws -> Bool) throws {
        _ = try pass { record, _ in try body(record) }
    }

    /// Reads the file once, calling `body` with each record and the separator; `body` returns `false` to
    /// stop early.
    @discardableResult
    public func pass(_ body: (CSVRecord, CSVDialect.Separator) throws -> Bool) throws -> Pass {
        try pass(plainRows: nil, body)
    }

    /// A pass in which plain rows (`PlainRow`) are first offered, as bytes, to `plainRows`; a row it takes
    /// is not handed to `body`. `body` returns `false` to stop early.
    @discardableResult
    func pass(plainRows: PlainRowTaker?, _ body: (CSVRecord, CSVDialect.Separator) throws -> Bool) throws -> Pass {
        var hasher = SHA256()
        var consumed = 0
        var encoding = TextEncoding.utf8
        let source: InputFile.Source
        if let memory {
            source = .memory(memory.utf8)
            encoding = memory.encoding
        } else {
            source = try InputFile.open(path: path, displayName: displayName)
        }
        var memoryDelivered = false
        // Progress in megabytes (rounded up, so that the last one is reached with the last byte).
        var report: ReadProgress?
        var totalBytes = 0
        if let progress, case let .handle(handle) = source, let size = InputFile.size(of: handle), size >= progressThreshold {
            report = progress
            totalBytes = size
        }
        func megabytes(_ bytes: Int) -> Int { (bytes + 999_999) / 1_000_000 }
        /// Reads the next chunk of the file into `buffer`, hashes it and tells the progress; 0 at the end.
        func readChunk(_ handle: FileHandle, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            let count = try Self.read(handle, into: buffer, displayName: displayName)
            guard count > 0 else { return 0 }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0 ..< count]))
            consumed += count
            report?(megabytes(min(consumed, totalBytes)), megabytes(totalBytes))
            return count
        }
        func nextChunk() throws -> [UInt8]? {
            switch source {
            case let .handle(handle):
                var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
                let count = try chunk.withUnsafeMutableBytes { try readChunk(handle, into: $0) }
                guard count > 0 else { return nil }
                chunk.removeLast(chunk.count - count)
                return chunk
            case let .memory(bytes):
                guard !memoryDelivered else { return nil }
                memoryDelivered = true
                if self.memory == nil { hasher.update(data: bytes); consumed = bytes.count }
                return bytes
            }
        }
        defer { if case let .handle(handle) = source { try? handle.close() } }

        var bytes = try nextChunk() ?? []
        var skip = 0
        if self.memory == nil {
            if TextEncoding.isUTF32(prefix: Array(bytes.prefix(4096))) {
                throw InputError(.encodingUTF32, at: SourceLocation(file: displayName, line: 1), hint: .encodingSaveAsUTF8Hint)
            }
            if let utf16 = TextEncoding.detectUTF16(prefix: Array(bytes.prefix(4096))) {
                // UTF-16 goes through memory: read the rest, then parse its UTF-8 transcoding.
                while let more = try nextChunk() { bytes += more }
                bytes = TextEncoding.utf16ToUTF8(Array(bytes.dropFirst(utf16.bomLength)), bigEndian: utf16.encoding == .utf16BE)
                encoding = utf16.encoding
            }
        }
        if Self.hasBOM(bytes) { skip = 3 }

        // The separator, from the header line: more chunks are taken until the line is complete.
        let separator: CSVDialect.Separator
        if let known = self.separator {
            separator = known
        } else {
            while bytes[skip...].firstIndex(of: UInt8(ascii: "\n")) == nil {
                if bytes.count - skip > 1 << 20 {
                    throw InputError("the first line is longer than 1 MiB", id: "baris pertama lebih panjang dari 1 MiB", at: SourceLocation(file: displayName, line: 1),
                                     hint: "is this a CSV file?", hintID: "apakah ini berkas CSV?")
                }
                guard let more = try nextChunk() else { break }
                bytes += more
            }
            var line = bytes[skip...].prefix { $0 != UInt8(ascii: "\n") }
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            separator = CSVDialect.detectSeparator(headerLine: Array(line))
        }

        var parser = RecordParser(separator: separator.byte, file: displayName)
        var stopped = false
        func emit(_ record: CSVRecord) throws {
            if stopped { return }
            if try !body(record, separator) { stopped = true }
        }
        do {
            // The first chunk without its byte-order mark, uncopied (it may be all of standard input).
            let bounds = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * RecordParser.plainRowFields)
            defer { bounds.deallocate() }
            try bytes.withUnsafeBufferPointer {
                try parser.consume(UnsafeBufferPointer(rebasing: $0[skip...]), plain: plainRows, bounds: bounds, emit)
            }
            bytes = []
            if case let .handle(handle) = source {
                // The rest of a file is read into one buffer, reused: a fresh 1 MiB array per chunk cost a copy
                // and its page faults.
                let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
                defer { buffer.deallocate() }
                while !stopped {
                    let count = try readChunk(handle, into: buffer)
                    guard count > 0 else { break }
                    let chunk = UnsafeRawBufferPointer(rebasing: buffer[0 ..< count])
                    try parser.consume(chunk.bindMemory(to: UInt8.self), plain: plainRows, bounds: bounds, emit)
                }
            } else {
                while !stopped, let current = try nextChunk() {
                    try current.withUnsafeBufferPointer { try parser.consume($0, plain: plainRows, bounds: bounds, emit) }
                }
            }
            if !stopped { try parser.finish(emit) }
        } catch let failure as RecordParser.InvalidText {
            // A UTF-8 byte-order mark says the file is UTF-8: a bad byte after it is mixed text, not Windows-1252.
            throw try encodingFailure(failure, encoding: encoding, sawMultiByte: parser.sawMultiByte || (skip > 0 && encoding == .utf8), source: source,
                                      prefixHash: hasher, consumed: consumed)
        }
        let sha256 = memory?.sha256 ?? Self.hex(hasher.finalize())
        // A file that grew while read, or was stopped early: the line still ends.
        report?(megabytes(totalBytes), megabytes(totalBytes))
        return Pass(separator: separator, encoding: encoding, sha256: sha256)
    }

    /// Reads up to a buffer's size from the file (fewer only at its end); 0 at the end.
    static func read(_ handle: FileHandle, into buffer: UnsafeMutableRawBufferPointer, displayName: String) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let n = Glibc.read(handle.fileDescriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if n > 0 {
                filled += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                throw InputFile.cannotRead(SourceLocation(file: displayName))
            }
        }
        return filled
    }

    /// What an ill-formed cell means: a Windows-1252 file to read again (when allowed and plausible),
    /// or an error at the first bad byte.
    private func encodingFailure(_ failure: RecordParser.InvalidText, encoding: TextEncoding, sawMultiByte: Bool,
                                 source: InputFile.Source, prefixHash: SHA256, consumed: Int) throws -> Error {
        let bytes = TextEncoding.hex(failure.bytes)
        let hint = TextKey.encodingSaveAsUTF8Hint
        switch encoding {
        case .utf16LE, .utf16BE:
            // The transcoder wrote a lone surrogate in its three-byte form: name the code unit.
            let f = failure.following
            let unit = f.count == 3 && f[0] == 0xED
                ? String(format: "U+%04X", UInt32(f[0] & 0x0F) << 12 | UInt32(f[1] & 0x3F) << 6 | UInt32(f[2] & 0x3F)) : bytes
            return InputError(.encodingInvalidUTF16, ["encoding": encoding.rawValue, "bytes": unit], at: failure.location, hint: hint)
        case .windows1252:
            return InputError(.encodingInvalidUTF8, ["bytes": bytes], at: failure.location, hint: hint)
        case .utf8:
            break
        }
        guard allowsWindows1252 else {
            return InputError(.encodingInvalidUTF8, ["bytes": bytes], at: failure.location, hint: hint)
        }
        if sawMultiByte {
            // Real UTF-8 letters earlier, a stray byte here: reading it all as Windows-1252 would garble them.
            return InputError(.encodingMixed, ["bytes": bytes], at: failure.location, hint: hint)
        }
        let all: [UInt8]
        switch source {
        case let .memory(b): all = b
        case .handle: all = try Self.rereadAll(path: path, displayName: displayName, expectingPrefix: prefixHash, length: consumed)
        }
        guard let utf8 = TextEncoding.windows1252ToUTF8(all) else {
            return InputError(.encodingNeitherUTF8Nor1252, ["bytes": bytes], at: failure.location, hint: hint)
        }
        return Windows1252Fallback(utf8: utf8, sha256: Self.hex(SHA256.hash(data: all)))
    }

    /// The whole file again, for a second pass in another encoding. Its first `length` bytes must hash
    /// to what the first pass read, else the file changed between the passes and neither pass can be
    /// trusted to be what gets logged as imported.
    static func rereadAll(path: String, displayName: String, expectingPrefix expected: SHA256, length: Int) throws -> [UInt8] {
        var all: [UInt8] = []
        switch try InputFile.open(path: path, displayName: displayName) {
        case let .memory(bytes): all = bytes
        case let .handle(handle):
            defer { try? handle.close() }
            do {
                while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty { all += chunk }
            } catch {
                throw InputFile.cannotRead(SourceLocation(file: displayName))
            }
        }
        guard all.count >= length, hex(SHA256.hash(data: all[..<length])) == hex(expected.finalize()) else {
            throw InputError(.inputChangedWhileRead, at: SourceLocation(file: displayName), hint: .inputChangedWhileReadHint)
        }
        return all
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}

/// The byte-level state machine behind `CSVReader`; it keeps a partial record across chunks.
struct RecordParser {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterCarriageReturn }

    let separator: UInt8
    let file: String
    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    /// Per field position, the bytes and text of the last field seen there. A long CSV repeats its city,
    /// province, type, year and source on row after row: the same bytes reuse the same text (validated
    /// once, no allocation), and the reader then compares them by identity.
    private var lastFields: [(bytes: [UInt8], text: String)] = []
    private var line = 1
    private var recordLine = 1
    /// Whether the next byte starts a record, where a plain row may be offered.
    private var atRecordStart = true
    private var quoteLine = 1
    /// Whether a cell so far held a (valid) multi-byte UTF-8 character.
    private(set) var sawMultiByte = false

    /// A cell that is not well-formed UTF-8: where its first bad byte is, and the bytes of the bad sequence.
    struct InvalidText: Error {
        let location: SourceLocation
        let bytes: [UInt8]
        /// Up to three bytes from the bad one on: a lone UTF-16 surrogate, transcoded, is three bytes.
        let following: [UInt8]
    }

    init(separator: UInt8, file: String) {
        self.separator = separator
        self.file = file
        field.reserveCapacity(256)
    }

    private static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    /// No cell of an indicator file comes near this; a longer one means the input is not CSV (or never ends).
    static let longestField = 16 << 20
    /// The longest field whose text is kept for reuse by the next row.
    static let rememberedField = 256

    private func fieldTooLong() -> InputError {
        InputError("a field is longer than 16 MiB", id: "sebuah kolom lebih panjang dari 16 MiB", at: SourceLocation(file: file, line: recordLine),
                   hint: "is this a CSV file, or is a quote never closed?", hintID: "apakah ini berkas CSV, atau ada tanda kutip yang tidak ditutup?")
    }

    /// Reads the records of `bytes`. A record that is a plain row (`PlainRow`) is first offered to `plain`,
    /// as bytes; what it does not take is read here, field by field.
    /// `bounds` holds a plain row's field bounds (2 × `plainRowFields`), when `plain` is given.
    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, plain: PlainRowTaker? = nil,
                          bounds: UnsafeMutableBufferPointer<Int> = UnsafeMutableBufferPointer(start: nil, count: 0),
                          _ emit: (CSVRecord) throws -> Void) throws {
        // Unwrapped once, here: binding the optional closure row by row would retain and release its context
        // on every row.
        if let plain {
            try consume(bytes, plain: plain, offersPlainRows: true, bounds: bounds, emit)
        } else {
            try consume(bytes, plain: { _ in false }, offersPlainRows: false, bounds: bounds, emit)
        }
    }

    private mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, plain: PlainRowTaker, offersPlainRows: Bool,
                                  bounds: UnsafeMutableBufferPointer<Int>, _ emit: (CSVRecord) throws -> Void) throws {
        var i = 0
        let n = bytes.count
        while i < n {
            if atRecordStart, offersPlainRows {
                atRecordStart = false
                if state == .fieldStart, fields.isEmpty, field.isEmpty,
                   let found = Self.scanPlainRow(bytes, from: i, separator: separator, bounds: bounds) {
                    let row = PlainRow(bytes: UnsafeBufferPointer(rebasing: bytes[i ..< found.contentEnd]),
                                       bounds: UnsafeBufferPointer(rebasing: bounds[0 ..< 2 * found.fields]), line: line)
                    if try plain(row) {
                        i = found.lineFeed + 1
                        line += 1
                        recordLine = line
                        atRecordStart = true
                        continue
                    }
                }
            }
            let b = bytes[i]
            switch state {
            case .fieldStart, .unquoted:
                if b == separator {
                    try endField()
                } else if b == Self.lf {
                    try endField(); try endRecord(emit); line += 1
                } else if b == Self.cr {
                    state = .afterCarriageReturn
                } else if b == Self.quote && state == .fieldStart {
                    state = .quoted; quoteLine = line
                } else {
                    // The fast path: copy a run of plain bytes at once.
                    var j = i + 1
                    while j < n {
                        let c = bytes[j]
                        if c == separator || c == Self.lf || c == Self.cr { break }
                        j += 1
                    }
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                    if field.count > Self.longestField { throw fieldTooLong() }
                    state = .unquoted
                    i = j
                    continue
                }
            case .quoted:
                if b == Self.quote {
                    state = .quoteInQuoted
                } else {
                    if b == Self.lf { line += 1 }
                    field.append(b)
                    if field.count > Self.longestField { throw fieldTooLong() }
                }
            case .quoteInQuoted:
                if b == Self.quote {
                    field.append(b); state = .quoted          // "" inside quotes is one quote
                } else if b == separator {
                    try endField()
                } else if b == Self.lf {
                    try endField(); try endRecord(emit); line += 1
                } else if b == Self.cr {
                    state = .afterCarriageReturn
                } else {
                    throw InputError("unexpected text after a closing quote", id: "ada teks setelah tanda kutip penutup",
                                     at: SourceLocation(file: file, line: line, column: fields.count + 1),
                                     hint: "a quote inside a quoted field is written twice (\"\")",
                                     hintID: "tanda kutip di dalam kolom bertanda kutip ditulis dua kali (\"\")")
                }
            case .afterCarriageReturn:
                try endField(); try endRecord(emit)
                if b == Self.lf {
                    line += 1
                } else {
                    line += 1                                  // a lone CR ends a line too
                    state = .fieldStart
                    continue                                   // reprocess b as the start of a record
                }
            }
            i += 1
        }
    }

    mutating func finish(_ emit: (CSVRecord) throws -> Void) throws {
        switch state {
        case .quoted:
            throw InputError("a quoted field is never closed", id: "kolom bertanda kutip tidak pernah ditutup",
                             at: SourceLocation(file: file, line: quoteLine, column: fields.count + 1),
                             hint: "add the closing quote (\")", hintID: "tambahkan tanda kutip penutup (\")")
        case .afterCarriageReturn:
            try endField(); try endRecord(emit)
        case .fieldStart where fields.isEmpty && field.isEmpty:
            break                                              // the file ended with a line break
        default:
            try endField(); try endRecord(emit)
        }
    }

    private mutating func endField() throws {
        let position = fields.count
        if position < lastFields.count, lastFields[position].bytes == field {
            // Bytes already validated and decoded: the same text again.
            fields.append(lastFields[position].text)
            field.removeAll(keepingCapacity: true)
            state = .fieldStart
            return
        }
        // Strict validation, so that decoding below never has an ill-formed byte to turn into U+FFFD.
        if let bad = field.withUnsafeBufferPointer({ TextEncoding.firstInvalidUTF8($0) }) {
            let linesAfter = field[bad.offset...].lazy.filter { $0 == Self.lf }.count
            throw InvalidText(location: SourceLocation(file: file, line: line - linesAfter, column: fields.count + 1),
                              bytes: Array(field[bad.offset..<min(field.count, bad.offset + bad.length)]),
                              following: Array(field[bad.offset..<min(field.count, bad.offset + 3)]))
        }
        if !sawMultiByte, field.contains(where: { $0 >= 0x80 }) { sawMultiByte = true }
        let text = String(decoding: field, as: UTF8.self)
        fields.append(text)
        // Only short fields are remembered: a long one (a note, a pasted page) is rarely repeated.
        if field.count <= Self.rememberedField {
            if position < lastFields.count {
                lastFields[position].bytes.removeAll(keepingCapacity: true)
                lastFields[position].bytes.append(contentsOf: field)
                lastFields[position].text = text
            } else if position == lastFields.count {
                lastFields.append((field, text))
            }
        }
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
    }

    private mutating func endRecord(_ emit: (CSVRecord) throws -> Void) throws {
        let record = CSVRecord(line: recordLine, fields: fields)
        state = .fieldStart
        atRecordStart = true
        recordLine = line + 1
        try emit(record)
        // Emptied after the record is handed on and dropped: the array's storage is then ours alone and
        // is reused for the next record instead of allocating one per row.
        fields.removeAll(keepingCapacity: true)
    }
}
