/// Where a problem in the user's input is: a file with line and column, or a command-line flag.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var flag: String?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, flag: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.flag = flag
    }

    /// `file:line:column`, as compilers print it, so editors can jump there; or the flag.
    public var description: String {
        if let flag { return flag }
        var parts = [file ?? "<input>"]
        if let line { parts.append(String(line)) }
        if let line, line > 0, let column { parts.append(String(column)) }
        return parts.joined(separator: ":")
    }
}

/// A problem with the user's input (a file, a value, a flag): reported with its location and a hint,
/// and turned into exit status 1 by the command-line tool. The message is English; where an Indonesian
/// version is given, `rendered(language: .id)` uses it.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String
    public var hint: String?
    /// The message and hint in Indonesian, where translated.
    public var messageID: String?
    public var hintID: String?

    public init(_ message: String, id messageID: String? = nil, at location: SourceLocation? = nil,
                hint: String? = nil, hintID: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
        self.messageID = messageID
        self.hintID = hintID
    }

    public var description: String { rendered(as: "error") }

    /// The message with another label than "error" (`warning`, `skipped`), in English.
    public func rendered(as label: String) -> String { rendered(as: label, language: .en) }

    /// The message in `language` (English where no translation is given), labelled `error`/`galat`,
    /// `warning`/`peringatan`, `skipped`/`dilewati`.
    public func rendered(as label: String = "error", language: Language) -> String {
        let indonesian = language == .id
        let labels = ["error": "galat", "warning": "peringatan", "skipped": "dilewati"]
        let word = indonesian ? (labels[label] ?? label) : label
        let text = indonesian ? (messageID ?? message) : message
        var out = location.map { "\($0): \(word): \(text)" } ?? "\(word): \(text)"
        if let h = indonesian ? (hintID ?? hint) : hint { out += "\n  " + (indonesian ? "saran" : "hint") + ": \(h)" }
        return out
    }
}

/// Several input errors reported together, so that a user can fix a file in one pass.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]
    /// How many more errors were found beyond those kept.
    public var omitted: Int

    public init(_ errors: [InputError], omitted: Int = 0) {
        self.errors = errors
        self.omitted = omitted
    }

    public var description: String { rendered(language: .en) }

    public func rendered(language: Language) -> String {
        var lines = errors.map { $0.rendered(language: language) }
        if omitted > 0 {
            lines.append(language == .id ? "… dan \(omitted) galat lain" : "… and \(omitted) more error\(omitted == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }
}
