import Foundation

/// Catalogue coverage in words: the lines that say which parts of the framework have no data, the
/// coverage against the catalogue, and a level qualified when its index rests on part of the framework.
extension ScoringWording {
    /// A dimension's or element's name for prose: without its gloss for people, its id for machines.
    func plainName(_ path: String) -> String { framework?.plainName(of: path, language) ?? path }

    /// City `c`'s level, qualified when its index rests on fewer dimensions than the framework has:
    /// "Sangat Baik (4 dari 6 dimensi)". Nil when there is no level.
    public func qualifiedLevel(_ result: ScoreResult, _ c: Int) -> String? {
        guard let level = result.level(ofIndex: c) else { return nil }
        guard let basis = result.indexBasis(c), !basis.isComplete else { return self.level(level) }
        return localizer(.dataCoverageLevelPartial, ["level": self.level(level), "scored": localizer.numbers.integer(basis.dimensions),
                                                     "total": localizer.numbers.integer(basis.frameworkDimensions)])
    }

    /// The warning lines a report opens with when parts of the framework have no data: the dimensions
    /// (saying what the index is computed over when `indexed`), then the elements of the dimensions that do
    /// have data. Empty when every element has data.
    public func withoutDataLines(_ coverage: CoverageAgainstCatalogue, indexed: Bool) -> [String] {
        let n = localizer.numbers
        var lines: [String] = []
        if !coverage.dimensionsWithoutData.isEmpty {
            let names = coverage.dimensionsWithoutData.map(plainName).joined(separator: ", ")
            lines.append(indexed
                ? localizer(.dataCoverageDimensionsWithoutDataIndexed, ["dimensions": names, "scored": n.integer(coverage.dimensionsWithData),
                                                                        "total": n.integer(coverage.frameworkDimensions)])
                : localizer(.dataCoverageDimensionsWithoutData, ["dimensions": names]))
        }
        let elements = coverage.elementsWithoutDataInDimensionsWithData
        if !elements.isEmpty {
            lines.append(localizer(.dataCoverageElementsWithoutData, ["elements": elements.map(plainName).joined(separator: ", "),
                                                                      "scored": n.integer(coverage.elementsWithData),
                                                                      "total": n.integer(coverage.frameworkElements)]))
        }
        return lines
    }

    /// "Cakupan data terhadap katalog: 10 dari 131 indikator … ; per dimensi: Tata Kelola Cerdas 0/24, …",
    /// for a city or (`cohort`) for the cohort.
    public func catalogueCoverageLine(_ coverage: CoverageAgainstCatalogue, cohort: Bool) -> String {
        let n = localizer.numbers
        let dimensions = (framework?.dimensions.map(\.id) ?? coverage.dimensions.keys.sorted()).compactMap { id in
            coverage.dimensions[id].map { localizer(.dataCoveragePart, ["name": plainName(id), "present": n.integer($0.present),
                                                                        "catalogue": n.integer($0.catalogue)]) }
        }
        return localizer(cohort ? .dataCoverageCohort : .dataCoverageCity,
                         ["present": n.integer(coverage.overall.present), "catalogue": n.integer(coverage.overall.catalogue),
                          "share": n.percent(coverage.overall.share), "dimensions": dimensions.joined(separator: ", ")])
    }
}

extension ScoringWarning {
    /// Whether the opening "dimensions without data" line of a people's report already says this (a
    /// dimension out of scope has no data), so that the note at the end would only repeat it. Machine
    /// formats keep every warning.
    public var isSaidByCatalogueCoverage: Bool {
        if case .dimensionOutOfScope = self { return true }
        return false
    }
}
