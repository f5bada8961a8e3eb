// libyaml as Yams vendors it: not a product of Yams, but its module is visible to the targets that depend
// on Yams (SwiftPM passes the module maps of a target's dependencies' C targets along). Only its parser's
// event API is used, to check a text before Yams composes it.
import CYaml
import Foundation
import Yams
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A YAML node that remembers its file, so that every error about a user's YAML file (catalogue,
/// programmes, weights, targets) names the file, line and column of the offending value.
public struct YAMLNode {
    public let node: Node
    public let file: String

    /// The largest YAML file read: smartscore's own catalogue is a few hundred kilobytes.
    public static let maximumBytes = 16 << 20
    /// The deepest nesting of lists and mappings accepted: smartscore's files nest four or five levels.
    public static let maximumDepth = 64

    /// Parses a whole file; YAML syntax errors (and duplicate keys) become `InputError`s with the
    /// position libyaml reports.
    public static func load(path: String) throws -> YAMLNode {
        let location = SourceLocation(file: path)
        let shellPipe = isShellPipe(path)
        // What the path is, before it is opened: opening a named pipe with no writer waits for one forever.
        var info = stat()
        guard stat(path, &info) == 0 else { throw cannotRead(location) }
        try requireReadable(info.st_mode, shellPipe: shellPipe, location: location)
        // O_NONBLOCK: should the path have become a named pipe since `stat`, opening it still returns at once,
        // and what was opened is looked at again below.
        let fd = openReadOnlyNonBlocking(path)
        guard fd >= 0 else { throw cannotRead(location) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? handle.close() }
        var opened = stat()
        guard fstat(fd, &opened) == 0 else { throw cannotRead(location) }
        try requireReadable(opened.st_mode, shellPipe: shellPipe, location: location)
        // The size is checked before reading, so that a huge file is never read whole.
        if opened.st_mode & S_IFMT == S_IFREG, Int64(opened.st_size) > Int64(maximumBytes) { throw tooLarge(file: path) }
        // A pipe the shell opened (`--weights <(…)`) is read as it comes: reads wait for the writer again.
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 else { throw cannotRead(location) }
        FilesRead.record(path)
        // At most one byte over the limit is read: a device (/dev/zero) or a pipe has no size to check first.
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw cannotRead(location)
        }
        guard data.count <= maximumBytes else { throw tooLarge(file: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(.yamlNotUTF8, at: location, hint: .yamlNotUTF8Hint)
        }
        return try parse(text, file: path)
    }

    /// Standard input or a descriptor the shell has already opened (`/dev/stdin`, `/dev/fd/63` from
    /// `<(…)`): a pipe there has its writer, so opening it does not wait. Any other pipe is a named pipe,
    /// which nothing may be writing to.
    static func isShellPipe(_ path: String) -> Bool {
        path == "/dev/stdin" || path.hasPrefix("/dev/fd/") || path.hasPrefix("/proc/self/fd/")
    }

    /// Refuses, by what it is, a path that is not a file to read: a named pipe (unless the shell opened it),
    /// a socket or a folder. A device is read up to the size limit, as before (`/dev/zero` is refused as
    /// too large, `/dev/null` as empty).
    static func requireReadable(_ mode: mode_t, shellPipe: Bool, location: SourceLocation) throws {
        let key: TextKey
        switch mode & S_IFMT {
        case S_IFREG, S_IFCHR, S_IFBLK: return
        case S_IFIFO where shellPipe, S_IFSOCK where shellPipe: return
        case S_IFIFO: key = .inputIsNamedPipe
        case S_IFSOCK: key = .inputIsSocket
        case S_IFDIR: key = .inputIsDirectory
        default: key = .inputIsNotRegular
        }
        throw InputError(key, at: location, hint: .yamlNotRegularHint)
    }

    private static func cannotRead(_ location: SourceLocation) -> InputError {
        InputError(.loaderCannotRead, at: location, hint: .loaderCannotReadHint)
    }

    public static func parse(_ text: String, file: String) throws -> YAMLNode {
        guard text.utf8.count <= maximumBytes else { throw tooLarge(file: file) }
        try checkEvents(text, file: file)
        do {
            // The basic resolver skips Yams' per-scalar regular expressions (a third of start-up time
            // for the catalogue); numbers and nulls are parsed from the scalar's text by the accessors below.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw InputError(.loaderEmptyFile, at: SourceLocation(file: file, line: 1, column: 1))
            }
            return YAMLNode(node: node, file: file)
        } catch let error as YamlError {
            throw inputError(from: error, file: file)
        }
    }

    private static func tooLarge(file: String) -> InputError {
        InputError(.yamlTooLarge, ["limit": "\(maximumBytes >> 20)"], at: SourceLocation(file: file), hint: .yamlTooLargeHint)
    }

    /// smartscore's files need no anchors and aliases, and an alias used as a key, nested a few times
    /// ("billion laughs"), would make composing run for hours; deep nesting would exhaust the stack of
    /// Yams' recursive composer. So before Yams composes anything, libyaml's own parser reads the text
    /// as events, exactly as Yams will (same parser, same UTF-8 input), and the first alias event, however
    /// it is spelled (after a tab, a tag, `?`, in a flow collection, on lines ending in CR), is refused at
    /// its own line and column, as is the first list or mapping deeper than `maximumDepth`. A syntax error
    /// stops the scan: Yams then meets the same error at the same place and reports it.
    static func checkEvents(_ text: String, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's own limit (1000 levels, counting the brackets its scanner has read ahead):
                    // the same refusal as ours, at the bracket it stopped at.
                    if let problem = parser.problem, String(cString: problem).hasPrefix("Maximum nesting level") {
                        let mark = parser.problem_mark
                        throw InputError(.yamlTooDeep, ["limit": "\(maximumDepth)"],
                                         at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                                         hint: .yamlTooDeepHint)
                    }
                    return
                }
                defer { yaml_event_delete(&event) }
                let at = SourceLocation(file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_ALIAS_EVENT:
                    throw InputError(.loaderAliasRefused, at: at, hint: .loaderAliasRefusedHint)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maximumDepth {
                        throw InputError(.yamlTooDeep, ["limit": "\(maximumDepth)"], at: at, hint: .yamlTooDeepHint)
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                    return
                default:
                    break
                }
            }
        }
    }

    private static func inputError(from error: YamlError, file: String) -> InputError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return InputError(.loaderInvalidYAML, ["detail": what], at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case let .reader(problem, offset, _, yaml):
            // A byte libyaml refuses (NUL, another control character, invalid UTF-8): at its line and column.
            let at = offset.map { position(ofCharacter: $0, in: yaml) }
            return InputError(.loaderInvalidYAML, ["detail": problem], at: SourceLocation(file: file, line: at?.line, column: at?.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            return InputError(.loaderDuplicateKey, ["keys": duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")],
                              at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        default:
            return InputError(.loaderInvalidYAML, ["detail": "\(error)"], at: SourceLocation(file: file))
        }
    }

    /// The 1-based line and column of the character at `offset` (Yams turns libyaml's byte offset into a
    /// count of characters; a CRLF is one). A line ends in LF, CRLF, CR, NEL, LS or PS, as in libyaml.
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in text.prefix(max(0, offset)) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    public var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    /// An error at this node, its message and hint from the language table.
    public func error(_ key: TextKey, _ arguments: [String: String] = [:], hint: TextKey? = nil,
                      hintArguments: [String: String] = [:]) -> InputError {
        InputError(key, arguments, at: location, hint: hint, hintArguments: hintArguments)
    }

    /// Whether the node is an explicit null (`~`, `null` or an empty value).
    public var isNull: Bool { node.scalar != nil && node.null != nil }

    // MARK: mappings

    public var isMapping: Bool { node.mapping != nil }

    /// The keys of a mapping, in file order.
    public func keys() throws -> [String] {
        guard let mapping = node.mapping else { throw error(.loaderNotAMapping) }
        return mapping.keys.compactMap(\.string)
    }

    /// The value under `key`, or `nil` when the key is absent.
    public func optional(_ key: String) throws -> YAMLNode? {
        guard let mapping = node.mapping else { throw error(.loaderNotAMapping) }
        guard let value = mapping[key] else { return nil }
        return YAMLNode(node: value, file: file)
    }

    /// The value under `key`; a missing key is an error at the mapping's position.
    public func required(_ key: String, in what: String) throws -> YAMLNode {
        guard let value = try optional(key) else {
            throw error(.loaderMissingKey, ["what": what, "key": key], hint: .loaderMissingKeyHint, hintArguments: ["key": key])
        }
        return value
    }

    /// Rejects keys not in `allowed`, naming the first unknown one at its own position.
    public func rejectUnknownKeys(_ allowed: Set<String>, in what: String) throws {
        guard let mapping = node.mapping else { throw error(.loaderNotAMapping) }
        for key in mapping.keys {
            if let name = key.string, !allowed.contains(name) {
                throw YAMLNode(node: key, file: file).error(
                    .loaderUnknownField, ["name": name, "what": what],
                    hint: .loaderUnknownFieldHint, hintArguments: ["fields": allowed.sorted().joined(separator: ", ")])
            }
        }
    }

    /// The (key, value) pairs of a mapping, in file order.
    public func pairs() throws -> [(key: YAMLNode, value: YAMLNode)] {
        guard let mapping = node.mapping else { throw error(.loaderNotAMapping) }
        return mapping.map { (YAMLNode(node: $0.key, file: file), YAMLNode(node: $0.value, file: file)) }
    }

    // MARK: sequences

    public func sequence() throws -> [YAMLNode] {
        guard let sequence = node.sequence else { throw error(.loaderNotAList) }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    // MARK: scalars

    /// A non-empty string, with no control character but tab and line feed and no bidi override.
    public func string() throws -> String {
        guard node.scalar != nil, let value = node.string, !isNull else { throw error(.loaderNotText) }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw error(.loaderEmptyText) }
        if let control = trimmed.unicodeScalars.first(where: Self.isRefusedInText) {
            throw InputError.localized(.yamlControlCharacter, { ["text": CellText.shown(trimmed, $0), "char": CellText.codePoint(control)] },
                                       at: location, hint: .readControlCharacterHint)
        }
        return trimmed
    }

    /// What no text of smartscore's files holds, and what would reach a report raw: the C0 controls but tab
    /// and line feed (a double-quoted "\e", "\0" or "\r"), DEL, the C1 controls (U+0080–U+009F), and
    /// the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a name display
    /// in another order than it is stored.
    static func isRefusedInText(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A finite number.
    public func double() throws -> Double {
        guard let scalar = node.scalar else { throw error(.loaderNotANumber) }
        // Accept numbers written as plain scalars or quoted strings ("12.5"), never text.
        guard let value = node.float ?? Double(scalar.string.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw error(.loaderNotANumberFound, ["value": scalar.string])
        }
        return value
    }

    /// A number or an explicit null.
    public func optionalDouble() throws -> Double? {
        isNull ? nil : try double()
    }

    public func int() throws -> Int {
        guard let scalar = node.scalar, let value = node.int ?? Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            throw error(.loaderNotAWholeNumber)
        }
        return value
    }

    /// `true` or `false`, written as such (YAML 1.1's `yes`, `on` and `y` are refused: they are typos as often as not).
    public func bool() throws -> Bool {
        guard node.scalar != nil, !isNull, let text = node.string else { throw error(.loaderNotABoolean, ["value": ""]) }
        switch text.trimmingCharacters(in: .whitespaces) {
        case "true": return true
        case "false": return false
        default: throw error(.loaderNotABoolean, ["value": text])
        }
    }

    /// `{id: …, en: …}`.
    public func localizedText(in what: String) throws -> LocalizedText {
        LocalizedText(id: try required("id", in: what).string(), en: try required("en", in: what).string())
    }
}

/// `open(2)` at file scope, read-only and without waiting for a pipe's writer.
private func openReadOnlyNonBlocking(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
}
