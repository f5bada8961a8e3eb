import Foundation

/// The output formats of the command-line tool. Each command accepts the subset that makes sense.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv, md, html
}

/// The formats of `smartscore report`, and only those, so that its help lists exactly what it accepts:
/// the HTML page, its Markdown, the page as a Word document, the page printed to PDF.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html, md, docx, pdf

    /// The format asked for; without one, the one the --out file's extension names, else HTML (the
    /// report's format before the others existed).
    public static func resolved(_ format: ReportFormat?, out: String) -> ReportFormat {
        if let format { return format }
        switch (out as NSString).pathExtension.lowercased() {
        case "md", "markdown": return .md
        case "docx": return .docx
        case "pdf": return .pdf
        default: return .html
        }
    }
}
