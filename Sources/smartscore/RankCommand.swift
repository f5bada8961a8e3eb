import ArgumentParser
import Foundation
import SmartScore

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank many cities by their readiness index, with dimension scores, coverage and level.",
        discussion: "Ranks are over the whole cohort; --province, --type and --top only choose which cities are shown.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Show only this province.") var province: String?
    @Option(help: "Show only kota or kabupaten.") var type: String?
    @Option(help: "Show only the first N ranked cities.") var top: Int?
    @Option(help: "Output format: table, json, csv or md.") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?
    @Option(help: ArgumentHelp("Add each city's 5–95 % rank interval from N Monte Carlo runs (all uncertain inputs of `sensitivity`).", valueName: "N"))
    var uncertainty: Int?
    @Option(help: "The seed of --uncertainty.") var seed: UInt64 = 1

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let uncertainty, uncertainty < 1 { throw ValidationError("--uncertainty must be at least 1 run") }
        if let type, !["kota", "kabupaten"].contains(type.lowercased()) { throw ValidationError("--type must be kota or kabupaten") }
        guard format != .html else { throw ValidationError("--format html is the report verb's: smartscore report --all --out FILE.html") }
    }

    func run() throws {
        let result = try ScoredCohort.load(global: global, source: source, methodOptions: methodOptions).result
        let filter = RankReport.Filter(province: province, type: type, top: top)
        if let province, !result.cities.contains(where: { RegionRegistry.sameProvince($0.province, province) }) {
            let known = Array(Set(result.cities.compactMap(\.province))).sorted()
            throw InputError("no city of province '\(province)' in the data", id: "tidak ada wilayah provinsi '\(province)' dalam data",
                             at: SourceLocation(flag: "--province"), hint: "the data's provinces: \(known.joined(separator: ", "))",
                             hintID: "provinsi dalam data: \(known.joined(separator: ", "))")
        }
        var intervals: [RankInterval?]?
        if let uncertainty {
            let options = SensitivityOptions(samples: uncertainty, seed: seed, indices: false, threads: global.threads ?? ProcessInfo.processInfo.activeProcessorCount)
            intervals = SensitivityReport.intervals(try SensitivityAnalysis.run(result, options: options, progress: ProgressBar.make(label: "uncertainty")))
        }
        try Terminal.emit(RankReport.render(result, filter: filter, format: format, language: global.lang, uncertainty: intervals), to: out)
    }
}
