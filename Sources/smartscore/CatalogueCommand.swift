import ArgumentParser
import SmartScore

struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "List, show, search and validate the SNI indicator catalogue.",
        subcommands: [List.self, Show.self, Search.self, Validate.self],
        defaultSubcommand: List.self
    )

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
        @Option(help: "Output format: table, json, csv or md.")
        var format: OutputFormat = .table

        func filter(text: String? = nil) -> CatalogueFilter {
            CatalogueFilter(dimension: dimension, element: element, pillar: pillar, standard: standard,
                            scoredOnly: scored, text: text)
        }

        func validate() throws {
            guard format != .html else { throw ValidationError("--format html is not available for the catalogue; use table, json, csv or md") }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List catalogue indicators, optionally filtered.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: Filters

        func run() throws {
            let catalogue = try global.prepare()
            let filter = filters.filter()
            try filter.validate(against: catalogue.framework)
            try Terminal.emit(CatalogueReport.list(filter.apply(to: catalogue), format: filters.format, language: global.lang), to: nil)
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find indicators whose code, name (id or en), theme or unit contain every word of TEXT.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: Filters
        @Argument(help: "Words to look for, e.g. \"air minum\" or broadband.")
        var text: String

        func run() throws {
            let catalogue = try global.prepare()
            let filter = filters.filter(text: text)
            try filter.validate(against: catalogue.framework)
            try Terminal.emit(CatalogueReport.list(filter.apply(to: catalogue), format: filters.format, language: global.lang), to: nil)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one indicator in full: mapping, goalposts and their basis, source confidence.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The indicator code, e.g. 37120:5.1.")
        var code: String
        @Option(help: "Output format: table, json or md.")
        var format: OutputFormat = .table

        func run() throws {
            let catalogue = try global.prepare()
            guard let indicator = catalogue[code] else {
                let near = catalogue.nearestCodes(to: code)
                throw InputError("unknown indicator code '\(code)'", at: SourceLocation(flag: "CODE"),
                                 hint: "did you mean \(near.joined(separator: ", "))?")
            }
            try Terminal.emit(CatalogueReport.show(indicator, catalogue: catalogue, format: format, language: global.lang), to: nil)
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the catalogue (and any --catalogue files): every field, every mapping, and coverage of each element and dimension.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let catalogue = try global.prepare()
            let coverage = CatalogueCoverage(catalogue)
            let lang = global.lang
            var lines: [String] = []
            for file in catalogue.files { lines.append((lang == .id ? "dibaca: " : "read: ") + file) }
            let byStandard = Dictionary(grouping: catalogue.indicators, by: \.standard)
            for standard in ["37120", "37122", "37123", "local"] {
                let all = byStandard[standard] ?? []
                lines.append("\(standard): \(all.count) " + (lang == .id ? "indikator, \(all.filter(\.isScored).count) dinilai" : "indicators, \(all.filter(\.isScored).count) scored"))
            }
            for d in catalogue.framework.dimensions {
                let parts = d.elements.map { "\($0.id) \(coverage.perElement["\(d.id)/\($0.id)", default: 0])" }
                lines.append("\(d.id) \(coverage.perDimension[d.id, default: 0]): " + parts.joined(separator: ", "))
            }
            lines.append((lang == .id ? "pilar: " : "pillars: ")
                         + Framework.pillarIDs.map { "\($0) \(coverage.perPillar[$0, default: 0])" }.joined(separator: ", "))
            try Terminal.emit(lines.joined(separator: "\n") + "\n", to: nil)
            guard coverage.problems.isEmpty else {
                throw InputErrors(coverage.problems.map { InputError($0) })
            }
            Terminal.printError(lang == .id ? "katalog sah" : "catalogue is valid")
        }
    }
}
