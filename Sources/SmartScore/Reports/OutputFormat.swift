import Foundation

/// The output formats of the command-line tool. Each command accepts the subset that makes sense.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv, md, html
}
