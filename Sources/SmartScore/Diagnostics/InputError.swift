import Foundation

/// Where a problem in the user's input is: a file with line and column, or a parameter of the request
/// (named neutrally: each front end names it its own way), or a label of the front end's own (an
/// environment variable, a positional argument). In a workbook, the sheet and cell: `data.xlsx:Sheet1:D17`.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    /// The sheet of a workbook: then `line` is the row and `column` the 1-based column (4 is D).
    public var sheet: String?
    public var line: Int?
    public var column: Int?
    public var parameter: Parameter?
    /// A front end's own label, used as it is.
    public var flag: String?

    public init(file: String? = nil, sheet: String? = nil, line: Int? = nil, column: Int? = nil, parameter: Parameter? = nil, flag: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.parameter = parameter
        self.flag = flag
    }

    /// `file:line:column`, as compilers print it, so editors can jump there; or the parameter's neutral name.
    public var description: String { described(naming: { $0.rawValue }) }

    /// A spreadsheet column's letters from its 1-based number: 1 is A, 26 Z, 27 AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = column, out: [Character] = []
        while n > 0 {
            out.append(Character(UnicodeScalar(UInt8(65 + (n - 1) % 26))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    /// As `description`, with parameters named by the front end (`--weights`).
    public func described(naming: (Parameter) -> String) -> String {
        if let parameter { return file.map { "\(naming(parameter)) \($0)" } ?? naming(parameter) }
        if let flag { return flag }
        var parts = [file ?? "<input>"]
        if let sheet {
            // A spreadsheet's own way of naming a cell: the sheet, then D17 (or the row alone).
            parts.append(sheet)
            if let line, line > 0 {
                parts.append(column.map { $0 > 0 ? Self.columnLetters($0) + String(line) : String(line) } ?? String(line))
            }
            return parts.joined(separator: ":")
        }
        if let line { parts.append(String(line)) }
        if let line, line > 0, let column { parts.append(String(column)) }
        return parts.joined(separator: ":")
    }
}

/// A problem with the user's input (a file, a value, a flag): reported with its location and a hint,
/// and turned into exit status 1 by the command-line tool. The message is English; where an Indonesian
/// version is given, `rendered(language: .id)` uses it.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is: the `TextKey` of its message, or `input` for a message written in place.
    public var code: String
    public var location: SourceLocation?
    public var message: String
    public var hint: String?
    /// The message and hint in Indonesian, where translated.
    public var messageID: String?
    public var hintID: String?
    /// The SQLite (extended) result code, when the store refused something.
    public var databaseResultCode: Int32?

    public init(_ message: String, id messageID: String? = nil, at location: SourceLocation? = nil,
                hint: String? = nil, hintID: String? = nil, code: String = "input", databaseResultCode: Int32? = nil) {
        self.code = code
        self.databaseResultCode = databaseResultCode
        self.location = location
        self.message = message
        self.hint = hint
        self.messageID = messageID
        self.hintID = hintID
    }

    public var description: String { rendered(as: "error") }

    /// The message with another label than "error" (`warning`, `skipped`), in English.
    public func rendered(as label: String) -> String { rendered(as: label, language: .en) }

    /// A message from the text table: its key is the error's code.
    public init(_ key: TextKey, _ arguments: [String: String] = [:], at location: SourceLocation? = nil,
                hint: TextKey? = nil, hintArguments: [String: String] = [:]) {
        let en = Localizer(.en), id = Localizer(.id)
        self.init(en(key, arguments), id: id(key, arguments), at: location,
                  hint: hint.map { en($0, hintArguments) }, hintID: hint.map { id($0, hintArguments) }, code: key.rawValue)
    }

    /// The longest message part shown; what a person can read, far above any message of ours.
    static let longestShown = 1000

    public static func capped(_ text: String, language: Language) -> String {
        guard text.count > longestShown else { return text }
        return String(text.prefix(longestShown)) + Localizer(language)(.diagnosticCut, ["count": String(text.count)])
    }

    /// The message in `language` (English where no translation is given), labelled `error`/`kesalahan`,
    /// `warning`/`peringatan`, `skipped`/`dilewati`; parameters named by `naming` (the front end's names).
    public func rendered(as label: String = "error", language: Language,
                         naming: (Parameter) -> String = { $0.rawValue }) -> String {
        let indonesian = language == .id, t = Localizer(language)
        let labels: [String: TextKey] = ["error": .diagnosticError, "warning": .diagnosticWarning, "skipped": .diagnosticSkipped]
        let word = labels[label].map { t($0) } ?? label
        // Messages quote the user's data (a city name, a cell, a file name): its control characters are
        // shown, not obeyed, here at render time so that every message is covered. None of our messages
        // has a line break of its own; the one before the hint is added below, after the escaping.
        // A message quoting a 30,000-character argument would fill the screen: each part is cut.
        let safe = { TerminalText.visible(Self.capped($0, language: language)) }
        let text = safe(indonesian ? (messageID ?? message) : message)
        var out = location.map { "\(safe($0.described(naming: naming))): \(word): \(text)" } ?? "\(word): \(text)"
        if let h = indonesian ? (hintID ?? hint) : hint { out += "\n  " + t(.diagnosticHint) + ": \(safe(h))" }
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

    public func rendered(language: Language, naming: (Parameter) -> String = { $0.rawValue }) -> String {
        var lines = errors.map { $0.rendered(language: language, naming: naming) }
        if omitted > 0 {
            lines.append(Localizer(language)(omitted == 1 ? .diagnosticMoreErrorsOne : .diagnosticMoreErrorsMany, ["count": String(omitted)]))
        }
        return lines.joined(separator: "\n")
    }
}
