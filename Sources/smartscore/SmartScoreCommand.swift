import ArgumentParser
import SmartScore

/// `smartscore`: the command-line face of the SmartScore library. Each verb is a small struct that
/// parses its options, calls the library and prints; all the work is in the library.
struct SmartScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smartscore",
        abstract: "Score Indonesian regencies and cities against the SNI smart-city indicators (SNI ISO 37120, 37122, 37123).",
        discussion: """
        Readiness and gap scores for a city's smart-city masterplan (Buku 1 and Buku 2 of the \
        "Gerakan Menuju 100 Smart City" programme), rankings of many cities with their uncertainty, \
        and quick wins ranked by impact and effort.

        Exit status: 0 on success, 1 on bad input (the message names the file, line and column, or \
        the flag), 2 on a usage error; an import that committed but could not write its summary exits 0 and \
        says so on standard error.
        Environment: SMARTSCORE_DB (the default store), SMARTSCORE_THREADS (worker threads), \
        SMARTSCORE_INDICATORS (the catalogue folder).
        """,
        version: SmartScoreInfo.version,
        subcommands: [
            CatalogueCommand.self,
            ImportCommand.self,
            DatasetsCommand.self,
            EvaluateCommand.self,
            RankCommand.self,
            QuickWinsCommand.self,
            SensitivityCommand.self,
            AuditCommand.self,
            AssessmentCommand.self,
            ReportCommand.self,
            RegionsCommand.self,
            TemplateCommand.self,
            ServeCommand.self,
        ]
    )
}
