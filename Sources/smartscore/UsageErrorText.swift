import Foundation
import SmartScore

/// ArgumentParser's own usage errors ("Missing value for '--samples <samples>'", "Unknown option …", the
/// usage line and "See '… --help'") are English. For an Indonesian user they are said again in Indonesian,
/// flag names and values kept as typed: the message is matched line by line against ArgumentParser's
/// wordings, and a line that matches none is left as it is. In English the wording stays ArgumentParser's,
/// and a number refused by a whole-number flag (`--uncertainty 1e12`) is told why.
enum UsageErrorText {
    static func localized(_ message: String, language: Language) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { localizedLine(String($0), Localizer(language)) }
            .joined(separator: "\n")
    }

    static func localizedLine(_ line: String, _ t: Localizer) -> String {
        // Indentation kept as ArgumentParser gave it.
        let indent = String(line.prefix { $0 == " " })
        var prefix = indent, body = String(line.dropFirst(indent.count))
        if body.hasPrefix("Error: ") {
            prefix = t(.diagnosticError).capitalized + ": "
            body.removeFirst("Error: ".count)
        }
        if body.hasPrefix("Usage: ") { return prefix + t(.outputUsageUsage) + " " + body.dropFirst("Usage: ".count) }
        if body.hasPrefix("Help: ") { return prefix + t(.outputUsageHelp) + " " + body.dropFirst("Help: ".count) }
        for (pattern, key, names) in patterns {
            if let groups = match(pattern, body) {
                var arguments = Dictionary(uniqueKeysWithValues: zip(names, groups))
                if key == .outputUsageInvalidValue, let detail = arguments["detail"] {
                    if detail.isEmpty, let value = arguments["value"], Double(value.trimmingCharacters(in: ["'"])) != nil {
                        // A number, but not one the flag takes: a fraction, 1e12, or beyond the whole numbers.
                        arguments["detail"] = ": " + t(.outputNotAWholeNumber, ["value": value.trimmingCharacters(in: ["'"])])
                    } else if t.language == .id {
                        // ArgumentParser joins the choices with English "and"/"or": "'a', 'b' and 'c'".
                        arguments["detail"] = detail.replacingOccurrences(of: "Please provide one of", with: "Pilih salah satu dari")
                            .replacingOccurrences(of: "' and '", with: "' atau '").replacingOccurrences(of: "' or '", with: "' atau '")
                    }
                }
                return prefix + t(key, arguments)
            }
        }
        return prefix + body
    }

    /// ArgumentParser's wordings (UsageGenerator.swift, MessageInfo.swift), most specific first.
    static let patterns: [(String, TextKey, [String])] = [
        (#"^Missing value for ('[^']*')$"#, .outputUsageMissingValue, ["flag"]),
        (#"^Unknown option ('[^']*')\. Did you mean ('[^']*')\?$"#, .outputUsageUnknownOptionSuggest, ["flag", "suggestion"]),
        (#"^Unknown option ('[^']*')$"#, .outputUsageUnknownOption, ["flag"]),
        (#"^Unexpected argument ('.*')$"#, .outputUsageUnexpected, ["value"]),
        (#"^(\d+) unexpected arguments: (.*)$"#, .outputUsageUnexpectedMany, ["count", "values"]),
        (#"^Missing expected argument ('[^']*')$"#, .outputUsageMissingArgument, ["argument"]),
        (#"^The value ('.*') is invalid for ('[^']*')(.*)$"#, .outputUsageInvalidValue, ["value", "flag", "detail"]),
        (#"^The option ('[^']*') does not take any value, but ('.*') was specified\.$"#, .outputUsageNoValueTaken, ["flag", "value"]),
        (#"^See '([^']*)' for more information\.$"#, .outputUsageSeeHelp, ["command"]),
    ]

    static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<m.numberOfRanges).map { k in Range(m.range(at: k), in: text).map { String(text[$0]) } ?? "" }
    }
}
