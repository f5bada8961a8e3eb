import Foundation

/// `smartscore report --format pdf`: the HTML report printed by headless Chromium, the browser the page
/// is made for (its print CSS sets A4 and its margins), so the PDF is the page as a browser prints it.
/// There is no PDF writer in the library: without Chromium the report is refused, naming the flag and
/// the way out (install it, or write html or docx).
public enum PDFPrinter {
    /// The names Chromium goes by on PATH, in the order looked for.
    public static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// A report prints in seconds; two minutes means the browser is stuck, and it is stopped.
    public static let timeout: TimeInterval = 120

    /// Whether a browser is on the PATH of `environment` (tests say whether they can print).
    public static func browserAvailable(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        ExternalProgram.find(browsers, environment: environment) != nil
    }

    /// The browser, or the refusal at `parameter` naming the way out.
    static func browser(parameter: Parameter, environment: [String: String]) throws -> ExternalProgram {
        guard let browser = ExternalProgram.find(browsers, environment: environment) else {
            throw InputError(.pdfBrowserMissing, at: SourceLocation(parameter: parameter), hint: .pdfBrowserMissingHint)
        }
        return browser
    }

    /// Refuses now, before the scoring, when no browser could print the report.
    public static func checkBrowser(parameter: Parameter = .format, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        _ = try browser(parameter: parameter, environment: environment)
    }

    /// The PDF bytes of an HTML page. Refused at `parameter` without a browser; a browser that fails, stops
    /// or writes no PDF is an error, and nothing is returned to be written.
    public static func pdf(fromHTML html: String, parameter: Parameter = .format, timeout: TimeInterval = timeout,
                           environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Data {
        let browser = try browser(parameter: parameter, environment: environment)
        let folder = try ExternalProgram.scratchFolder("pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html"), output = folder.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: page)
        // A private profile (no first-run, no lock shared with a browser the user has open); no sandbox,
        // which needs user namespaces a container or root session lacks; no header or footer with the
        // temporary file's path and the date.
        let arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                         "--disable-extensions", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                         "--no-pdf-header-footer", "--print-to-pdf=\(output.path)", page.absoluteString]
        let failed = { (reason: String) in
            InputError(.pdfBrowserFailed, ["browser": browser.path, "reason": reason], at: SourceLocation(parameter: parameter),
                       hint: .pdfBrowserFailedHint)
        }
        switch try browser.run(arguments, in: folder, timeout: timeout) {
        case .timedOut:
            throw InputError(.pdfBrowserTimedOut, ["browser": browser.path, "seconds": String(Int(timeout))],
                             at: SourceLocation(parameter: parameter), hint: .pdfBrowserFailedHint)
        case let .finished(status, standardError):
            guard status == 0 else { throw failed("\(status): \(ExternalProgram.lastLines(standardError))") }
            guard let pdf = try? Data(contentsOf: output), pdf.starts(with: Array("%PDF-".utf8)) else {
                throw failed(ExternalProgram.lastLines(standardError))
            }
            return pdf
        }
    }
}
