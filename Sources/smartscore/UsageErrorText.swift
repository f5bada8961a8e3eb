import Foundation
import SmartScore

/// ArgumentParser's own usage errors ("Missing value for '--samples <samples>'", "Unknown option …", the
/// usage line and "See '… --help'") are English. For an Indonesian user they are said again in Indonesian,
/// flag names and values kept as typed: the message is matched line by line against ArgumentParser's
/// wordings, and a line that matches none is left as it is.
enum UsageErrorText {
    static func localized(_ message: String, language: Language) -> String {
        guard language == .id else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { localizedLine(String($0)) }.joined(separator: "\n")
    }

    static func localizedLine(_ line: String) -> String {
        let t = Localizer(.id)
        var prefix = "", body = line
        if body.hasPrefix("Error: ") {
            prefix = t(.diagnosticError).capitalized + ": "
            body.removeFirst("Error: ".count)
        }
        if body.hasPrefix("Usage: ") { return t(.outputUsageUsage) + " " + body.dropFirst("Usage: ".count) }
        for (pattern, key, names) in patterns {
            if let groups = match(pattern, body) {
                var arguments = Dictionary(uniqueKeysWithValues: zip(names, groups))
                if key == .outputUsageInvalidValue, let detail = arguments["detail"], !detail.isEmpty {
                    arguments["detail"] = detail.replacingOccurrences(of: "Please provide one of", with: "pilih salah satu dari")
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
        (#"^\s*See '([^']*)' for more information\.$"#, .outputUsageSeeHelp, ["command"]),
    ]

    static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<m.numberOfRanges).map { k in Range(m.range(at: k), in: text).map { String(text[$0]) } ?? "" }
    }
}
