import ArgumentParser
import SmartScore

/// The `--format` values of each verb, in one place: its help lists exactly these (`help`), and its
/// `validate()` refuses every other (`check`), so that the help and the verb cannot disagree. A test reads
/// every verb's help and tries each value it lists, and one it does not.
enum FormatChoice {
    static let tables: [OutputFormat] = [.table, .json, .csv, .md]
    static let tablesAndHTML: [OutputFormat] = [.table, .json, .csv, .md, .html]
    static let tableOrJSON: [OutputFormat] = [.table, .json]
    static let catalogueShow: [OutputFormat] = [.table, .json, .md]
    static let regions: [OutputFormat] = [.table, .json, .csv]

    /// "table, json, csv or md".
    static func list(_ formats: [OutputFormat]) -> String {
        let names = formats.map(\.rawValue)
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// "Output format: table, json, csv or md." and what the verb says of them (`detail`, a sentence).
    static func help(_ formats: [OutputFormat], _ detail: String = "") -> ArgumentHelp {
        ArgumentHelp("Output format: \(list(formats))." + (detail.isEmpty ? "" : " " + detail))
    }

    /// Refuses a format the verb does not list, as a usage error naming the flag and the values it takes.
    static func check(_ format: OutputFormat?, _ formats: [OutputFormat]) throws {
        guard let format, !formats.contains(format) else { return }
        throw FlagCheck.choice("--format", formats.map(\.rawValue))
    }
}
