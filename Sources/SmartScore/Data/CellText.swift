import Foundation

/// What the reader does to a cell's text before using it, and how a cell is shown in a message.
///
/// Spreadsheets and web pages leave invisible characters in text: a byte-order mark (U+FEFF) at the
/// start of a pasted cell or a second one at the start of a file, zero-width spaces and joiners
/// (U+200B–U+200D, U+2060) from web tables, no-break spaces (U+00A0) for padding. In a code they make
/// "72.71" and "72.71\u{200B}" two different cities that look the same, so codes and headers drop them
/// (a no-break space counts as a space); names and sources drop the zero-width ones.
enum CellText {
    /// Characters that have no width and no meaning in a code, name or header.
    static let zeroWidth: Set<Unicode.Scalar> = ["\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}"]

    /// A code or header name: zero-width characters removed, no-break spaces as spaces, trimmed.
    /// Compatibility forms are folded too (NFKC): fullwidth "７２.７１" typed with an Asian input method is
    /// the code 72.71.
    static func key(_ s: String) -> String {
        let visible = strippingInvisible(s, noBreakSpaceAsSpace: true)
        guard visible.utf8.contains(where: { $0 >= 0x80 }) else { return Trim.spaces(visible) }
        return Trim.spaces(visible.precomposedStringWithCompatibilityMapping)
    }

    /// A name, province, type or source: zero-width characters removed, trimmed, and the quote our CSV
    /// writers put before formula-like text taken off again (`SpreadsheetText`), so that an export
    /// imports back to the same names.
    static func text(_ s: String) -> String {
        SpreadsheetText.restore(Trim.spaces(strippingInvisible(s, noBreakSpaceAsSpace: false)))
    }

    static func strippingInvisible(_ s: String, noBreakSpaceAsSpace: Bool) -> String {
        // Nearly every cell is ASCII, and ASCII holds none of these characters.
        guard s.utf8.contains(where: { $0 >= 0x80 }) else { return s }
        var scalars = String.UnicodeScalarView()
        for u in s.unicodeScalars where !zeroWidth.contains(u) {
            scalars.append(noBreakSpaceAsSpace && u == "\u{00A0}" ? " " : u)
        }
        return String(scalars)
    }

    /// A C0 control (NUL, tab, line break, escape…), DEL or a C1 control (U+0080–U+009F, what a
    /// Windows-1252 byte becomes when misread as Latin-1): none belongs in a code, name or value.
    /// Also the format characters (soft hyphen, left-to-right and right-to-left marks, the bidi overrides
    /// and isolates that make "Kota \u{202E}abaB" display as "Kota Baba") and the line and paragraph
    /// separators U+2028/U+2029: invisible, or reordering what is shown, in a name that must read as it is
    /// stored. The zero-width characters that `strippingInvisible` drops are not counted here.
    static func isControl(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x20 || (u.value >= 0x7F && u.value <= 0x9F) { return true }
        guard u.value >= 0xA0, !zeroWidth.contains(u) else { return false }
        switch u.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// The first control or format character of `s`, if any.
    static func firstControl(_ s: String) -> Unicode.Scalar? {
        // The fast test is on bytes: in ASCII text, controls are the bytes below 0x20 and 0x7F.
        guard s.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
        return s.unicodeScalars.first(where: isControl)
    }

    /// `U+0000`: how a character is named in a message.
    static func codePoint(_ u: Unicode.Scalar) -> String { String(format: "U+%04X", u.value) }

    /// How much of a cell a message quotes: a 1 MB cell must not become a 1 MB message.
    static let shownLength = 60

    /// A cell as a message quotes it: control and invisible characters escaped as `\u{0}` (so that the
    /// message shows what is really there, and a terminal is not driven by escape codes), and a long cell
    /// cut to `shownLength` characters followed by "… (N characters)" in `language`.
    static func shown(_ s: String, _ language: Language) -> String {
        var out = ""
        var count = 0
        for u in s.unicodeScalars {
            count += 1
            guard count <= shownLength else { continue }
            if isControl(u) || zeroWidth.contains(u) || u == "\u{00A0}" || u == "\u{FFFD}" {
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return count > shownLength ? Localizer(language)(.hostileCellCut, ["start": out, "count": String(count)]) : out
    }

    /// A number cell too long to be a value: "412 digits, 1234567890…" is what helps, not "inf".
    static func digitCount(_ s: String) -> Int? {
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return body.count
    }

    /// A note on one line (a cell written with Alt+Enter, a YAML block): line breaks and tabs become spaces;
    /// `nil` when nothing is left.
    static func oneLine(_ text: String) -> String? {
        let line = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).map { Trim.spaces(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return line.isEmpty ? nil : line
    }
}

extension InputError {
    /// A message from the text table whose arguments differ by language: a quoted cell cut short says
    /// "characters" in English and "karakter" in Indonesian.
    static func localized(_ key: TextKey, _ arguments: (Language) -> [String: String], at location: SourceLocation?,
                          hint: TextKey? = nil, hintArguments: (Language) -> [String: String] = { _ in [:] }) -> InputError {
        var error = InputError(key, arguments(.en), at: location, hint: hint, hintArguments: hintArguments(.en))
        error.messageID = Localizer(.id)(key, arguments(.id))
        error.hintID = hint.map { Localizer(.id)($0, hintArguments(.id)) }
        return error
    }
}
