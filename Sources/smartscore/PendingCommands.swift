import ArgumentParser
import SmartScore

// Verbs whose engines land with later work. Each describes itself fully in --help and, when run,
// says plainly that it is not available yet (exit status 2), rather than printing invented results.

struct PendingVerb: Error, CustomStringConvertible {
    let verb: String
    var description: String { "smartscore \(verb) is not available in this version yet" }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML (or Markdown) report: a city's Buku 1 chapter, or the cohort ranking.")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw PendingVerb(verb: "report") }
}
