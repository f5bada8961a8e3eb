import ArgumentParser
import SmartScore

extension CatalogueCommand {
    /// The filters `list` and `search` share.
    struct Filters: ParsableArguments {
        @Option(help: "Only this dimension (governance, branding, economy, living, society, environment).")
        var dimension: String?
        @Option(help: "Only this element (e.g. public_services).")
        var element: String?
        @Option(help: "Only this pillar (structure, infrastructure, suprastructure).")
        var pillar: String?
        @Option(help: "Only this standard (37120, 37122, 37123, local).")
        var standard: String?
        @Flag(help: "Only indicators that are scored (not profile, not neutral).")
        var scored = false
        @Option(help: FormatChoice.help(FormatChoice.tables))
        var format: OutputFormat = .table

        func filter(text: String? = nil) -> CatalogueFilter {
            CatalogueFilter(dimension: dimension, element: element, pillar: pillar, standard: standard,
                            scoredOnly: scored, text: text)
        }

        func validate() throws {
            guard format != .html else { throw FlagCheck.refuse(.outputHTMLNotForCatalogue) }
            try FormatChoice.check(format, FormatChoice.tables)
            try FlagCheck.notBlank(dimension, "--dimension")
            try FlagCheck.notBlank(element, "--element")
            try FlagCheck.notBlank(pillar, "--pillar")
            try FlagCheck.notBlank(standard, "--standard")
        }
    }
}
