import Foundation

/// One record of a CSV file: its fields and the line it starts on (1-based; a quoted field may span
/// lines, so the next record can start several lines later).
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]

    /// Whether every field is empty or blank: the trailing `;;;;` rows of spreadsheet exports.
    public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

/// A streaming RFC 4180 reader: `,`, `;` or tab separators, quoted fields with embedded separators,
/// quotes (`""`) and line breaks, LF or CRLF line ends, an optional UTF-8 byte-order mark. It reads the
/// file in 1 MiB chunks and hands one record at a time to the caller, so memory does not grow with the file.
public struct CSVReader {
    public let path: String
    /// The display name used in error messages (the path as the user typed it).
    public let displayName: String
    public private(set) var separator: CSVDialect.Separator?

    static let chunkSize = 1 << 20

    public init(path: String, displayName: String? = nil, separator: CSVDialect.Separator? = nil) {
        self.path = path
        self.displayName = displayName ?? path
        self.separator = separator
    }

    /// The first line's bytes (after any BOM), for detecting the separator.
    public func headerLine() throws -> [UInt8] {
        let handle = try open()
        defer { try? handle.close() }
        var line: [UInt8] = []
        var first = true
        while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
            var bytes = [UInt8](chunk)
            if first { bytes = Array(bytes.dropFirst(Self.hasBOM(bytes) ? 3 : 0)); first = false }
            if let end = bytes.firstIndex(of: UInt8(ascii: "\n")) {
                line += bytes[..<end]
                break
            }
            line += bytes
            if line.count > 1 << 20 {
                throw InputError("the first line is longer than 1 MiB", id: "baris pertama lebih panjang dari 1 MiB", at: SourceLocation(file: displayName, line: 1),
                                 hint: "is this a CSV file?", hintID: "apakah ini berkas CSV?")
            }
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return line
    }

    /// Calls `body` with each record in order. `body` returns `false` to stop early.
    public func forEachRecord(_ body: (CSVRecord) throws -> Bool) throws {
        let separator = try self.separator ?? CSVDialect.detectSeparator(headerLine: headerLine())
        let handle = try open()
        defer { try? handle.close() }
        var parser = RecordParser(separator: separator.byte, file: displayName)
        var first = true
        var stopped = false
        while !stopped, let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            let skip = first && Self.hasBOM([UInt8](chunk.prefix(3))) ? 3 : 0
            first = false
            try chunk.withUnsafeBytes { raw in
                let bytes = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[skip...])
                try parser.consume(bytes) { record in
                    if stopped { return }
                    if try !body(record) { stopped = true }
                }
            }
        }
        if !stopped { try parser.finish { record in _ = try body(record) } }
    }

    private func open() throws -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError("cannot read the file", id: "berkas tidak dapat dibaca", at: SourceLocation(file: displayName),
                             hint: "check that it exists and that you may read it", hintID: "periksa bahwa berkas ada dan boleh dibaca")
        }
        return handle
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
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1

    init(separator: UInt8, file: String) {
        self.separator = separator
        self.file = file
        field.reserveCapacity(256)
    }

    private static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    /// No cell of an indicator file comes near this; a longer one means the input is not CSV (or never ends).
    static let longestField = 16 << 20

    private func fieldTooLong() -> InputError {
        InputError("a field is longer than 16 MiB", id: "sebuah kolom lebih panjang dari 16 MiB", at: SourceLocation(file: file, line: recordLine),
                   hint: "is this a CSV file, or is a quote never closed?", hintID: "apakah ini berkas CSV, atau ada tanda kutip yang tidak ditutup?")
    }

    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (CSVRecord) throws -> Void) throws {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            switch state {
            case .fieldStart, .unquoted:
                if b == separator {
                    endField()
                } else if b == Self.lf {
                    endField(); try endRecord(emit); line += 1
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
                    endField()
                } else if b == Self.lf {
                    endField(); try endRecord(emit); line += 1
                } else if b == Self.cr {
                    state = .afterCarriageReturn
                } else {
                    throw InputError("unexpected text after a closing quote",
                                     at: SourceLocation(file: file, line: line, column: fields.count + 1),
                                     hint: "a quote inside a quoted field is written twice (\"\")")
                }
            case .afterCarriageReturn:
                endField(); try endRecord(emit)
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
                             hint: "add the closing quote (\")")
        case .afterCarriageReturn:
            endField(); try endRecord(emit)
        case .fieldStart where fields.isEmpty && field.isEmpty:
            break                                              // the file ended with a line break
        default:
            endField(); try endRecord(emit)
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
    }

    private mutating func endRecord(_ emit: (CSVRecord) throws -> Void) throws {
        let record = CSVRecord(line: recordLine, fields: fields)
        fields.removeAll(keepingCapacity: true)
        state = .fieldStart
        recordLine = line + 1
        try emit(record)
    }
}
