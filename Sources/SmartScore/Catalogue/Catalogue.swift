import Foundation

/// The indicator catalogue: the framework and every indicator, in file order (ISO 37120, 37122,
/// 37123, then local), after any user files have added or overridden entries.
public struct Catalogue: Sendable {
    /// The files of the bundled catalogue, in the order their indicators are listed.
    public static let indicatorFiles = ["iso37120.yaml", "iso37122.yaml", "iso37123.yaml", "local.yaml"]
    /// The standards of the catalogue, in the order outputs list them.
    public static let standards = ["37120", "37122", "37123", "local"]

    public let framework: Framework
    public let indicators: [Indicator]
    private let index: [String: Int]
    /// The files read, in order (bundled first, then the user's).
    public let files: [String]
    /// Which department (OPD) collects each indicator: `owners.yaml` of the catalogue folder, when it has one.
    public internal(set) var owners = IndicatorOwners.none

    public init(framework: Framework, indicators: [Indicator], files: [String] = []) {
        self.framework = framework
        self.indicators = indicators
        self.files = files
        var index: [String: Int] = [:]
        for (i, indicator) in indicators.enumerated() { index[indicator.code] = i }
        self.index = index
    }

    /// Loads the bundled catalogue from `directory`, then each user file in `userFiles`: a user entry
    /// with a code already in the catalogue replaces it, a new code is added.
    public static func load(directory: String, userFiles: [String] = []) throws -> Catalogue {
        let framework = try FrameworkLoader.load(path: (directory as NSString).appendingPathComponent("framework.yaml"))
        var indicators: [Indicator] = []
        var origins: [String: SourceLocation] = [:]
        var files: [String] = []
        for name in indicatorFiles {
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputError("the catalogue file is missing", id: "berkas katalog tidak ada", at: SourceLocation(file: path),
                                 hint: "the bundled catalogue needs \(indicatorFiles.joined(separator: ", "))",
                                 hintID: "katalog bawaan memerlukan \(indicatorFiles.joined(separator: ", "))")
            }
            for indicator in try IndicatorFileLoader.load(path: path, framework: framework) {
                if let first = origins[indicator.code] {
                    throw InputError("duplicate indicator code '\(indicator.code)'", id: "kode indikator '\(indicator.code)' ganda", at: indicator.origin,
                                     hint: "it is first defined at \(first)", hintID: "pertama kali didefinisikan di \(first)")
                }
                origins[indicator.code] = indicator.origin
                indicators.append(indicator)
            }
            files.append(path)
        }
        for path in userFiles {
            for indicator in try IndicatorFileLoader.load(path: path, framework: framework) {
                if let i = indicators.firstIndex(where: { $0.code == indicator.code }) {
                    indicators[i] = indicator
                } else {
                    indicators.append(indicator)
                }
            }
            files.append(path)
        }
        var catalogue = Catalogue(framework: framework, indicators: indicators, files: files)
        // Checked against the catalogue as loaded (bundled and user files): every code must exist.
        let ownersPath = (directory as NSString).appendingPathComponent(IndicatorOwnersLoader.fileName)
        if FileManager.default.fileExists(atPath: ownersPath) {
            catalogue.owners = try IndicatorOwnersLoader.load(path: ownersPath, catalogue: catalogue)
        }
        return catalogue
    }

    public subscript(code: String) -> Indicator? {
        index[code].map { indicators[$0] }
    }

    /// The position of an indicator in `indicators`.
    public func position(of code: String) -> Int? { index[code] }

    /// The indicators that take part in scoring.
    public var scored: [Indicator] { indicators.filter(\.isScored) }

    /// Codes in the catalogue closest to `code` (edit distance), for "did you mean" hints.
    /// A query far longer than any code (a pasted paragraph, a 100 KB cell) has no near code, and its
    /// edit distances would cost seconds: it gets none.
    public func nearestCodes(to code: String, limit: Int = 3) -> [String] {
        guard code.unicodeScalars.count <= 64 else { return [] }
        let query = code.lowercased()
        let scored: [(code: String, distance: Int)] = indicators.map { indicator in
            (indicator.code, EditDistance.between(query, indicator.code.lowercased()))
        }
        let sorted = scored.sorted { a, b in a.distance != b.distance ? a.distance < b.distance : a.code < b.code }
        return sorted.prefix(limit).map { $0.code }
    }

    /// The indicator of `code`; an unknown code is an error naming the nearest codes.
    public func require(_ code: String) throws -> Indicator {
        if let indicator = self[code] { return indicator }
        let near = nearestCodes(to: code).joined(separator: ", ")
        throw InputError("unknown indicator code '\(code)'", id: "kode indikator '\(code)' tidak dikenal", at: SourceLocation(parameter: .code),
                         hint: "did you mean \(near)?", hintID: "mungkin yang dimaksud \(near)?")
    }
}
