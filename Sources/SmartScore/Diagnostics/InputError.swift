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
/// and turned into exit status 1 by the command-line tool.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String { rendered(as: "error") }

    /// The message with another label than "error" (`warning`, `skipped`).
    public func rendered(as label: String) -> String {
        var text = location.map { "\($0): \(label): \(message)" } ?? "\(label): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
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

    public var description: String {
        var lines = errors.map(\.description)
        if omitted > 0 { lines.append("… and \(omitted) more error\(omitted == 1 ? "" : "s")") }
        return lines.joined(separator: "\n")
    }
}
