import Foundation

/// The inputs of the use cases, by neutral name: an error says which one was wrong, and each front end
/// says it its own way (the CLI as `--weights`, an HTTP API as its query field `weights`).
public enum Parameter: String, Sendable, CaseIterable, Codable {
    case year, referenceYear = "reference_year", normalise, aggregate, weights, minCoverage = "min_coverage", targets, winsorise
    case city, province, type, top, format, out, lang, threads, catalogue, minPeers = "min_peers"
    case data, db, dataset, mapping, separator, decimal, layout, files
    case samples, seed, inputs, weightSpread = "weight_spread", normalisations, uncertainty
    case confidence
    case programmes, budget, impactThreshold = "impact_threshold", lowEffort = "low_effort"
    case dimension, element, pillar, standard, code, text
    case cohort, years, indicators, missing
    case collinear
    case edition, group, region, survey, rubric, previous, findings, previousEdition = "previous_edition"
    case indicator
    case owner
    case sheet
}
