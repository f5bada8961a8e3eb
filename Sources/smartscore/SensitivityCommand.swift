import ArgumentParser
import Foundation
import SmartScore

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Monte Carlo uncertainty and sensitivity analysis of the ranking: rank intervals and Sobol indices.",
        discussion: """
        Each run redraws the uncertain inputs (--inputs; all by default): weights (element and dimension \
        weights within ±--weight-spread), normalisation (from --normalisations), aggregation (arithmetic or \
        geometric), missing (left out, or imputed with the peer median), drop (one indicator left out). Every \
        ranked city gets its median rank and 5th–95th percentile rank interval, and the mean and standard \
        deviation of its index; each input gets first-order and total Sobol indices (Saltelli design, Jansen \
        estimators) of the mean absolute rank shift. --samples counts model runs in all. The same seed gives the \
        same bytes whatever --threads.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Model runs in all.") var samples = 1000
    @Option(help: "The seed.") var seed: UInt64 = 1
    @Option(help: "Uncertain inputs, comma-separated: weights, normalisation, aggregation, missing, drop.") var inputs = "weights,normalisation,aggregation,missing,drop"
    @Option(name: .customLong("weight-spread"), help: "Half-width of the weights' range, relative (0.25: ±25 %).") var weightSpread = 0.25
    @Option(help: "Normalisations to draw from, comma-separated.") var normalisations = "goalpost,minmax,rank"
    @Flag(name: .customLong("no-indices"), help: "Plain Monte Carlo rank intervals, without the Sobol design.") var noIndices = false
    @Option(help: "Output format: table, json, csv or md.") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func parsedInputs() throws -> [UncertainInput] {
        if inputs.trimmingCharacters(in: .whitespaces).isEmpty || inputs == "none" { return [] }
        return try inputs.split(separator: ",").map {
            guard let input = UncertainInput(rawValue: $0.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--inputs: '\($0)' is not one of \(UncertainInput.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return input
        }
    }

    func parsedNormalisations() throws -> [ScoringMethod.Normalisation] {
        try normalisations.split(separator: ",").map {
            guard let n = ScoringMethod.Normalisation(rawValue: $0.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--normalisations: '\($0)' is not a normalisation")
            }
            return n
        }
    }

    func validate() throws {
        _ = try parsedInputs()
        _ = try parsedNormalisations()
        guard format != .html else { throw ValidationError("--format html is the report verb's") }
    }

    func run() throws {
        let result = try ScoredCohort.load(global: global, source: source, methodOptions: methodOptions).result
        let options = SensitivityOptions(inputs: try parsedInputs(), weightSpread: weightSpread, normalisations: try parsedNormalisations(),
                                         samples: samples, seed: seed, indices: !noIndices,
                                         threads: global.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let analysis = try SensitivityAnalysis.run(result, options: options, progress: ProgressBar.make(label: "sensitivity"))
        try Terminal.emit(SensitivityReport.render(analysis, format: format, language: global.lang), to: out)
    }
}

/// A progress bar on standard error, drawn only when standard error is a terminal.
enum ProgressBar {
    static func make(label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard Terminal.standardErrorIsTTY else { return nil }
        return { done, total in
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            let line = "\r\(label) [\(bar)] \(done)/\(total)" + (done >= total ? "\n" : "")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
