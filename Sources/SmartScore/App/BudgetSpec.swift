import Foundation

/// A budget per horizon in rupiah, read the way people write amounts in Indonesia: `2 miliar`, `Rp 500 juta`,
/// `2.000.000.000`, `1,5 M`, as well as `2000000000`, `5e9` and `2,000,000,000`.
///
/// The grammar (spaces are allowed between any two parts; words are case-insensitive except `M`):
///
///     budget     = amount                                      one amount for every horizon
///                | assignment { separator assignment }          only the horizons named get a limit
///     separator  = ";" | ","        a comma separates only where the next assignment's "=" follows before
///                                   any other comma, so `short=1,5 M,medium=10 M` is two assignments;
///                                   a separator stands only between two parts (never first, last or twice)
///     assignment = key "=" amount
///     key        = "short" | "pendek" | "1"  |  "medium" | "menengah" | "5"  |  "long" | "panjang" | "10"
///     amount     = [ "-" ] [ currency ] number [ ",-" ] [ scale ] [ "rupiah" | "IDR" ]
///     currency   = "Rp" | "Rp." | "IDR"
///     scale      = "ribu" | "rb" | "thousand"                          10^3
///                | "juta" | "jt" | "million" | "mn"                    10^6
///                | "miliar" | "milyar" | "M" | "billion" | "bn"        10^9  (uppercase M only)
///                | "triliun" | "trilyun" | "T" | "trillion" | "tn"     10^12
///                  (an abbreviation may end in a dot: `jt.`, `rb.`)
///     number     = digits [ "e" [ "+" | "-" ] digits ]                 2000000000, 5e9, 5_000_000_000
///                | digits ( "." | "," ) digits [ exponent ]            1,5 or 1.5: a decimal
///                | group { "." group3 } [ "," digits ]                 2.000.000.000, 2.500.000,50 (Indonesian)
///                | group { "," group3 } [ "." digits ]                 2,000,000,000, 2,000,000.50 (English)
///     digits     = digit { digit | "_" digit }
///     group      = 1 to 3 digits;  group3 = exactly 3 digits
///
/// Refused, each with a message in both languages that quotes what was typed and says how to write it:
/// - a single mark followed by exactly three digits (`2.000`, `1,500`, `1.500 juta`): a grouping of
///   thousands or a decimal, no one can tell; the message gives both readings (`2000` or `2`);
/// - groups that are not groups of three (`2.00.000`), two marks in a row (`2..000`), a mark at either end,
///   marks mixed in an order neither language writes (`2.000,000.5`);
/// - two scale words (`2 juta miliar`, or one written twice, `2 M M`), a word that is not a scale
///   (`2 dolar`), and a lowercase `m`, which English reads as million and Indonesian as miliar (`mn` is
///   million, as the English output writes it);
/// - a negative amount (0 is allowed: no money for that horizon), an empty one, one above Rp 1.000 triliun
///   (`largest`: a whole provincial APBD is far less), and one too large to be finite;
/// - a separator before the first part, after the last (`1 M;`, `short=1 M;`) or twice in a row;
/// - an amount above 0 and below Rp 1 juta: almost always a forgotten scale word (`2` for `2 miliar`);
/// - a horizon named twice (`short=…;pendek=…`), an unknown horizon key, a part without a key.
public enum BudgetSpec {
    public static func parse(_ text: String?) throws -> [Horizon: Double] {
        guard let text else { return [:] }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw refusal(.budgetEmpty, hint: .budgetFormsHint) }
        try checkSeparators(trimmed)
        guard trimmed.contains("=") else {
            let x = try amount(trimmed)
            return Dictionary(uniqueKeysWithValues: Horizon.allCases.map { ($0, x) })
        }
        var out: [Horizon: Double] = [:], named: [Horizon: String] = [:]
        let parts = assignments(trimmed)
        guard !parts.isEmpty else { throw refusal(.budgetEmpty, hint: .budgetFormsHint) }
        for part in parts {
            guard let equals = part.firstIndex(of: "=") else {
                throw refusal(.budgetPartWithoutHorizon, { _ in ["part": part] }, hint: .budgetHorizonKeysHint)
            }
            let key = part[..<equals].trimmingCharacters(in: .whitespaces)
            let value = part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let horizon = horizonKeys[key.lowercased()] else {
                throw refusal(.budgetUnknownHorizon, { _ in ["key": key] }, hint: .budgetHorizonKeysHint)
            }
            if let first = named[horizon] {
                throw refusal(.budgetHorizonTwice, { ["horizon": $0.horizon(horizon), "first": first, "second": key] },
                              hint: .budgetHorizonKeysHint)
            }
            named[horizon] = key
            guard !value.isEmpty else { throw refusal(.budgetMissingAmount, { _ in ["part": part] }, hint: .budgetFormsHint) }
            out[horizon] = try amount(value)
        }
        return out
    }

    /// A separator stands between two parts: `1 M;` and `short=1 M;` are refused alike, as are `;short=1 M`,
    /// `,short=1 M` and `short=1 M;;long=2 M`. Text of separators alone (`;;`) is left to be refused as no amount.
    static func checkSeparators(_ trimmed: String) throws {
        let isSeparator = { (c: Character) in c == ";" || c == "," }
        guard trimmed.contains(where: { !isSeparator($0) && !$0.isWhitespace }) else { return }
        if let last = trimmed.last, isSeparator(last) {
            throw refusal(.budgetTrailingSeparator, { _ in ["text": trimmed, "separator": String(last)] }, hint: .budgetSeparatorHint)
        }
        // `,5 M` is a decimal without its 0 (refused as a malformed number), not a separator.
        if let first = trimmed.first, first == ";" || first == "," && trimmed.contains("=") {
            throw refusal(.budgetEmptyPart, { _ in ["text": trimmed, "separator": String(first)] }, hint: .budgetSeparatorHint)
        }
        if trimmed.contains("="),
           trimmed.split(separator: ";", omittingEmptySubsequences: false).contains(where: { $0.allSatisfy(\.isWhitespace) }) {
            throw refusal(.budgetEmptyPart, { _ in ["text": trimmed, "separator": ";"] }, hint: .budgetSeparatorHint)
        }
    }

    /// The keys that name a horizon: English, Indonesian, and its years.
    static let horizonKeys: [String: Horizon] = [
        "short": .short, "pendek": .short, "1": .short,
        "medium": .medium, "menengah": .medium, "5": .medium,
        "long": .long, "panjang": .long, "10": .long,
    ]

    /// The powers of ten of the scale words, by their lowercase spelling; `M` is looked up as written.
    static let scales: [String: Int] = [
        "ribu": 3, "rb": 3, "thousand": 3,
        "juta": 6, "jt": 6, "million": 6, "mn": 6,
        "miliar": 9, "milyar": 9, "billion": 9, "bn": 9,
        "triliun": 12, "trilyun": 12, "t": 12, "trillion": 12, "tn": 12,
    ]

    /// The next scale up in the same words, to say `1500 juta` as `1,5 miliar`.
    static let largerScale: [String: String] = [
        "ribu": "juta", "rb": "jt", "thousand": "million",
        "juta": "miliar", "jt": "M", "million": "billion", "mn": "bn",
        "miliar": "triliun", "milyar": "triliun", "M": "T", "billion": "trillion", "bn": "tn",
    ]

    /// The smallest amount above 0 that reads as a budget; below it a scale word was almost surely forgotten.
    static let smallest = 1e6

    /// The largest amount a budget may be: Rp 1.000 triliun. A whole provincial APBD is far less; above it
    /// a scale word or a run of zeros is wrong.
    static let largest = 1e15

    /// `;`-separated parts, each split again at the last comma before each further `=`: a value may hold a
    /// decimal comma (`short=1,5 M,medium=10 M`), a key never holds a comma. Empty parts are dropped.
    static func assignments(_ text: String) -> [String] {
        var out: [String] = []
        for piece in text.split(separator: ";", omittingEmptySubsequences: false) {
            let chars = Array(piece)
            var cuts: [Int] = [], seenEquals = false, lastComma: Int?
            for (i, c) in chars.enumerated() {
                if c == "," { lastComma = i }
                if c == "=" {
                    if seenEquals, let comma = lastComma { cuts.append(comma) }
                    seenEquals = true
                    lastComma = nil
                }
            }
            var start = 0
            for cut in cuts + [chars.count] {
                out.append(String(chars[start..<cut]).trimmingCharacters(in: .whitespaces))
                start = cut + 1
            }
        }
        return out.filter { !$0.isEmpty }
    }

    // MARK: one amount

    /// The rupiah of one amount (trimmed), or the reason it cannot be read.
    static func amount(_ typed: String) throws -> Double {
        func refuse(_ key: TextKey, _ arguments: [String: String] = [:], hint: TextKey? = .budgetFormsHint,
                    hintArguments: [String: String] = [:]) -> InputError {
            refusal(key, { _ in arguments.merging(["text": typed]) { a, _ in a } }, hint: hint, hintArgs: { _ in hintArguments })
        }
        var rest = Substring(typed)
        func skipSpaces() { rest = rest.drop(while: \.isWhitespace) }
        func minus() -> Bool {
            guard let c = rest.first, c == "-" || c == "\u{2212}" else { return false }
            rest = rest.dropFirst()
            skipSpaces()
            return true
        }
        var negative = minus()
        let start3 = rest.prefix(3).lowercased()
        if start3 == "rp." || start3 == "idr" {
            rest = rest.dropFirst(3)
        } else if start3.hasPrefix("rp") {
            rest = rest.dropFirst(2)
        }
        skipSpaces()
        if !negative { negative = minus() }

        // The number: digits and marks, then an exponent only if digits follow the `e`.
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        var end = rest.startIndex
        while end < rest.endIndex, isDigit(rest[end]) || ".,_".contains(rest[end]) { end = rest.index(after: end) }
        var mantissa = rest[rest.startIndex..<end]
        var exponent: Substring?
        if end < rest.endIndex, rest[end] == "e" || rest[end] == "E", mantissa.contains(where: isDigit) {
            var j = rest.index(after: end)
            let signStart = j
            if j < rest.endIndex, rest[j] == "+" || rest[j] == "-" { j = rest.index(after: j) }
            let digitsStart = j
            while j < rest.endIndex, isDigit(rest[j]) { j = rest.index(after: j) }
            if j > digitsStart {
                exponent = rest[signStart..<j]
                end = j
            }
        }
        var words = rest[end...]
        // `Rp 500.000,-`: the Indonesian "and no cents".
        if exponent == nil, mantissa.hasSuffix(","), words.first == "-" {
            mantissa = mantissa.dropLast()
            words = words.dropFirst()
        }
        guard mantissa.contains(where: isDigit) else { throw refuse(.budgetNotAnAmount) }
        let number = String(mantissa) + (exponent.map { "e" + $0 } ?? "")

        // The words after the number: at most one scale, and the currency said once more at the end.
        var scale: (word: String, power: Int)?, currencySaid = false
        for token in words.split(whereSeparator: \.isWhitespace) {
            var word = String(token)
            if word.count > 1, word.hasSuffix(".") { word.removeLast() }
            guard word.allSatisfy(\.isLetter) else { throw refuse(.budgetNotAnAmount) }
            if word == "m" {
                throw refuse(.budgetLowercaseM, hint: .budgetLowercaseMHint, hintArguments: ["number": number])
            }
            let lower = word.lowercased()
            if !currencySaid, lower == "rupiah" || lower == "idr" {
                currencySaid = true
                continue
            }
            guard let power = word == "M" ? 9 : scales[lower] else {
                throw refuse(.budgetUnknownWord, ["word": String(token)], hint: .budgetScaleWordsWithMnHint)
            }
            if let first = scale, first.word.lowercased() == word.lowercased() {
                throw refuse(.budgetScaleRepeated, ["word": first.word], hint: .budgetScaleRepeatedHint,
                             hintArguments: ["number": number, "word": first.word])
            }
            if let first = scale {
                throw refuse(.budgetTwoScales, ["first": first.word, "second": word], hint: .budgetTwoScalesHint,
                             hintArguments: ["number": number, "first": first.word, "second": word])
            }
            scale = (word, power)
        }

        let parsed: (integer: String, fraction: String, exponent: Int)
        switch numberParts(mantissa, exponent: exponent) {
        case let .number(integer, fraction, power):
            parsed = (integer, fraction, power)
        case .malformed:
            throw refuse(.budgetMalformedNumber, ["number": number], hint: .budgetMalformedNumberHint)
        case .mixed:
            throw refuse(.budgetMixedMarks, ["number": number], hint: .budgetMixedMarksHint)
        case let .ambiguous(before, after, mark):
            throw ambiguity(typed: typed, number: number, before: before, after: after, mark: mark, scale: scale?.word)
        }
        let power = parsed.exponent + (scale?.power ?? 0)
        let x = Double("\(parsed.integer).\(parsed.fraction.isEmpty ? "0" : parsed.fraction)e\(power)") ?? .infinity
        guard x.isFinite else { throw refuse(.budgetNotFinite, hint: nil) }
        if x == 0 { return 0 }
        if negative { throw refuse(.budgetNegative, hint: .budgetNegativeHint) }
        if x > largest { throw refuse(.budgetTooLarge, hint: .budgetTooLargeHint) }
        if x < smallest {
            throw refusal(.budgetTooSmall, { ["text": typed, "amount": $0.numbers.currency + " " + $0.numbers.value(x)] },
                          hint: .budgetTooSmallHint, hintArgs: { _ in ["number": number] })
        }
        return x
    }

    enum NumberParts {
        case number(integer: String, fraction: String, exponent: Int)
        case malformed, mixed
        /// One mark followed by exactly three digits: `before` `mark` `after`.
        case ambiguous(before: String, after: String, mark: Character)
    }

    /// The integer and fraction digits of a number's mantissa (digits, `.`, `,`, `_`) and its exponent.
    static func numberParts(_ mantissa: Substring, exponent: Substring?) -> NumberParts {
        let chars = Array(mantissa)
        // An underscore only between two digits, as Swift writes 5_000_000_000.
        for (i, c) in chars.enumerated() where c == "_" {
            guard i > 0, i < chars.count - 1, chars[i - 1].isNumber, chars[i + 1].isNumber else { return .malformed }
        }
        let plain = chars.filter { $0 != "_" }
        guard let first = plain.first, let last = plain.last, first.isNumber, last.isNumber else { return .malformed }
        let runs = plain.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }.map { String($0) }
        let marks = plain.filter { $0 == "." || $0 == "," }
        guard runs.allSatisfy({ !$0.isEmpty }) else { return .malformed }
        // An exponent larger than any amount is kept large (and refused as not finite), not wrapped.
        let power = exponent.map { e -> Int in
            let digits = e.drop { $0 == "+" || $0 == "-" }
            let size = digits.count > 6 ? 999_999 : Int(digits) ?? 0
            return e.hasPrefix("-") ? -size : size
        } ?? 0

        if marks.isEmpty { return .number(integer: runs[0], fraction: "", exponent: power) }
        if exponent != nil {
            // 1.5e9 or 1,5e9: a decimal; grouping and an exponent are never written together.
            return marks.count == 1 ? .number(integer: runs[0], fraction: runs[1], exponent: power) : .malformed
        }
        let isGroup = { (run: String, leading: Bool) in leading ? (1...3).contains(run.count) : run.count == 3 }
        if Set(marks).count == 1 {
            if marks.count == 1 {
                let (before, after) = (runs[0], runs[1])
                // 2.000 or 1,500: a grouping of thousands just as much as a decimal, unless the part before
                // could not lead a group (1234.567, 0,500).
                if after.count == 3, (1...3).contains(before.count), before.first != "0" {
                    return .ambiguous(before: before, after: after, mark: marks[0])
                }
                return .number(integer: before, fraction: after, exponent: 0)
            }
            guard runs.enumerated().allSatisfy({ isGroup($1, $0 == 0) }) else { return .malformed }
            return .number(integer: runs.joined(), fraction: "", exponent: 0)
        }
        // Both marks: the last one is the decimal mark and comes once; all before it group thousands.
        guard marks.filter({ $0 == marks.last }).count == 1 else { return .mixed }
        let groups = runs.dropLast()
        guard groups.enumerated().allSatisfy({ isGroup($1, $0 == 0) }) else { return .malformed }
        return .number(integer: groups.joined(), fraction: runs[runs.count - 1], exponent: 0)
    }

    /// The refusal of `2.000` or `1.500 juta`, with both readings in each language's own decimal mark.
    static func ambiguity(typed: String, number: String, before: String, after: String, mark: Character, scale: String?) -> InputError {
        let wholeDigits = before + after
        var fraction = after
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let suffix = scale.map { " " + $0 } ?? ""
        let whole = wholeDigits + suffix
        let decimal = { (t: Localizer) in before + (fraction.isEmpty ? "" : t.numbers.decimalMark + fraction) + suffix }
        let arguments = { (t: Localizer) in
            ["text": typed, "number": number, "mark": String(mark), "whole": whole, "decimal": decimal(t)]
        }
        // `1500 juta` is `1,5 miliar`: said in the next scale up, the grouping reading is easier to check.
        if let scale, let larger = largerScale[scale] ?? largerScale[scale.lowercased()], let value = Double(wholeDigits) {
            let larger = { (t: Localizer) in t.numbers.value(value / 1000) + " " + larger }
            return refusal(.budgetAmbiguous, arguments, hint: .budgetAmbiguousScaledHint,
                           hintArgs: { ["whole": whole, "larger": larger($0), "decimal": decimal($0)] })
        }
        return refusal(.budgetAmbiguous, arguments, hint: .budgetAmbiguousHint, hintArgs: { ["whole": whole, "decimal": decimal($0)] })
    }

    /// A refusal at `--budget` whose arguments may differ by language (a decimal mark, a horizon's name).
    static func refusal(_ key: TextKey, _ arguments: (Localizer) -> [String: String] = { _ in [:] },
                        hint: TextKey? = nil, hintArgs: (Localizer) -> [String: String] = { _ in [:] }) -> InputError {
        let en = Localizer(.en), id = Localizer(.id)
        return InputError(en(key, arguments(en)), id: id(key, arguments(id)), at: SourceLocation(parameter: .budget),
                          hint: hint.map { en($0, hintArgs(en)) }, hintID: hint.map { id($0, hintArgs(id)) }, code: key.rawValue)
    }
}
