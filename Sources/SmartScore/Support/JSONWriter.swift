import Foundation

/// Writes JSON text straight into bytes, in exactly the layout of `JSONValue.serialized()` (two-space
/// indentation, one member per line, `[]` and `{}` when empty, keys in the order written): the one
/// formatter of every JSON output. An output too large to build as a tree first (a village ranking: 80,534
/// objects of twenty members, 58 MB) is written member by member; a small part can still be handed over
/// as a `JSONValue` (`value(_:)`).
///
/// Use: `beginObject()`, then `key(_:)` and a value (or a nested begin) per member, then `end()`; in an
/// array, a value (or a nested begin) per item. `text()` ends the document with a newline.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Items (or members) written so far in each open array (or object), innermost last.
    private var written: [Int] = []
    /// A key was just written: the value that follows belongs to it and needs no line of its own.
    private var afterKey = false

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array or object.
    public mutating func end() {
        let closing = closers.removeLast()
        let count = written.removeLast()
        if count > 0 {
            bytes.append(UInt8(ascii: "\n"))
            indent(written.count)
        }
        bytes.append(closing)
    }

    /// An object's member name; its value is the next thing written.
    public mutating func key(_ name: String) {
        startItem()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    public mutating func null() {
        startItem()
        append("null")
    }

    public mutating func bool(_ value: Bool) {
        startItem()
        append(value ? "true" : "false")
    }

    /// A number; `null` when it is nil, NaN or infinite (JSON has neither; a missing score).
    public mutating func number(_ value: Double?) {
        startItem()
        guard let value, value.isFinite else { return append("null") }
        append(JSONValue.format(value))
    }

    public mutating func number(_ value: Int) {
        startItem()
        append(String(value))
    }

    /// A string, or `null` when it is nil.
    public mutating func string(_ value: String?) {
        startItem()
        guard let value else { return append("null") }
        appendString(value)
    }

    /// A whole value, laid out at the depth it is written at.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case let .bool(b): bool(b)
        case let .number(x): number(x)
        case let .string(s): string(s)
        case let .array(items):
            beginArray()
            for item in items { self.value(item) }
            end()
        case let .object(members):
            beginObject()
            for (name, member) in members {
                key(name)
                self.value(member)
            }
            end()
        }
    }

    /// A writer of items for an array that another writer has open at `depth` (its `depth`), after `count`
    /// items already there: a run of items written apart (on another thread), then handed over with
    /// `append(items:count:)`. The bytes are those the other writer would have written itself.
    public static func items(depth: Int, after count: Int) -> JSONWriter {
        var writer = JSONWriter()
        writer.written = [Int](repeating: 1, count: max(0, depth - 1)) + [count]
        writer.closers = [UInt8](repeating: UInt8(ascii: "]"), count: depth)
        return writer
    }

    /// How many arrays and objects are open.
    public var depth: Int { written.count }

    /// Appends a run of `count` items written by a writer from `items(depth:after:)`, at this depth and count.
    public mutating func append(items run: JSONWriter, count: Int) {
        precondition(!afterKey && !written.isEmpty, "JSONWriter: items go into an open array")
        bytes.append(contentsOf: run.bytes)
        written[written.count - 1] += count
    }

    /// The document, ended by a newline.
    public func text() -> String {
        precondition(written.isEmpty, "JSONWriter: an array or object is still open")
        var whole = bytes
        whole.append(UInt8(ascii: "\n"))
        return String(decoding: whole, as: UTF8.self)
    }

    // MARK: - Layout

    /// What closes each open container, innermost last.
    private var closers: [UInt8] = []

    private mutating func open(_ bracket: UInt8) {
        startItem()
        bytes.append(bracket)
        written.append(0)
        closers.append(bracket == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Before an item of an array or a member of an object: the comma after the one before, a new line and
    /// the indentation. A value after its key goes on the key's line.
    private mutating func startItem() {
        if afterKey {
            afterKey = false
            return
        }
        guard let count = written.last else { return }     // the document's one top-level value
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\n"))
        written[written.count - 1] = count + 1
        indent(written.count)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0 ..< 2 * depth { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`; every other
    /// byte as it is (UTF-8 passes through).
    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Nearly every string needs no escape: copied whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return bytes.append(contentsOf: utf8)
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case UInt8(ascii: "\n"): append("\\n")
                case UInt8(ascii: "\r"): append("\\r")
                case UInt8(ascii: "\t"): append("\\t")
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
