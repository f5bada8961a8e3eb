import Foundation

/// The one table of texts people read, in Indonesian and English, keyed by `TextKey`. Each area of the
/// library adds its part in a file of its own (`LanguageTable+Scoring.swift`, …); a test checks that every
/// key has both languages with the same placeholders.
public enum LanguageTable {
    /// Every entry, from every part.
    static let entries: [TextKey: LocalizedText] = {
        var all: [TextKey: LocalizedText] = [:]
        for part in parts {
            all.merge(part) { first, _ in first }
        }
        return all
    }()

    /// How many entries the parts define in all (a key defined twice counts twice), for the test.
    static var definedCount: Int { parts.reduce(0) { $0 + $1.count } }

    /// The parts, one per area of the library.
    static var parts: [[TextKey: LocalizedText]] {
        [scoring, scoringReports, quickWins, sensitivity, catalogue, importing, cityReport, cohortReport, diagnostics, loaders, dataCoverage,
         methodWeights, audit, hostileInput, storeSafety, outputSafety, yamlSafety, redTeam, quickWinsPerDimension, quickWinCriteria, budget,
         hardening, assessment, assessmentReport, assessmentCohort, assessmentFindings, bpsExport, nationalPanel,
         regionNames, collectionTemplate, workbook, bookReports, charts, docx, terminal, progress, cohortScale,
         generateProgress, reader, sensitivityScale, dashboard]
    }

    /// The entry of `key`; a key without one reads as the key itself (the test fails first).
    public static func text(_ key: TextKey) -> LocalizedText {
        entries[key] ?? LocalizedText(id: key.rawValue, en: key.rawValue)
    }
}
