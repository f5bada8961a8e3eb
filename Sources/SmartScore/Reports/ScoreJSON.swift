import Foundation

/// The parts every JSON output of a scored cohort shares, in the machine wording (English, ids).
extension ScoreResult {
    /// The `method` object: the method's options and the year its model was fitted on.
    /// With AHP weights, each judged block's consistency; always, each part's nominal share of the index.
    public var methodJSON: JSONValue {
        guard case let .object(fields) = method.json else { return method.json }
        var out = fields + [("reference_year", .number(Double(referenceYear)))]
        if !method.weights.consistency.isEmpty {
            out.append(("ahp", .array(method.weights.consistency.map { c in
                .object([("block", .string(c.block)), ("lambda_max", .number(c.lambdaMax)), ("consistency_index", .number(c.consistencyIndex)),
                         ("random_index", .number(c.randomIndex)), ("consistency_ratio", .number(c.consistencyRatio)),
                         ("accepted_inconsistent", .bool(c.acceptedInconsistent))])
            })))
        }
        if !method.weights.pcaGroups.isEmpty { out.append(("pca", .array(method.weights.pcaGroups.map(\.json)))) }
        let shares = model.nominalShares
        func object(_ pairs: [(String, Double)]) -> JSONValue { .object(pairs.map { ($0.0, .number($0.1)) }) }
        out.append(("shares", .object([("dimensions", object(shares.dimensions)), ("elements", object(shares.elements)),
                                       ("indicators", object(shares.indicators))])))
        return .object(out)
    }

    /// Why city `k`'s index is null, or JSON null.
    func nullReasonJSON(_ k: Int) -> JSONValue { .string(ScoringWording.machine.reasons(nullReasons[k])) }

    /// The warnings, as strings.
    var warningsJSON: [JSONValue] { warnings.map { .string(ScoringWording.machine.warning($0)) } }

    /// A coverage against the catalogue: overall, per framework dimension and element (framework order),
    /// and the dimensions and elements without data.
    func catalogueCoverageJSON(_ coverage: CoverageAgainstCatalogue) -> JSONValue {
        func part(_ p: CoverageAgainstCatalogue.Part?) -> JSONValue {
            guard let p else { return .null }
            return .object([("present", .number(Double(p.present))), ("catalogue", .number(Double(p.catalogue))), ("share", .number(p.share))])
        }
        return .object([
            ("overall", part(coverage.overall)),
            ("dimensions", .object(framework.dimensions.map { ($0.id, part(coverage.dimensions[$0.id])) })),
            ("elements", .object(framework.elements.map { pair in
                let key = "\(pair.dimension)/\(pair.element.id)"
                return (key, part(coverage.elements[key]))
            })),
            ("dimensions_without_data", .array(coverage.dimensionsWithoutData.map { .string($0) })),
            ("elements_without_data", .array(coverage.elementsWithoutData.map { .string($0) })),
        ])
    }

    /// The top-level fields of a coverage, as `rank` and `evaluate` end their JSON: the coverage object, and the
    /// dimensions and elements without data beside it, where a reader looks first.
    func catalogueCoverageFields(_ coverage: CoverageAgainstCatalogue) -> [(String, JSONValue)] {
        [("catalogue_coverage", catalogueCoverageJSON(coverage)),
         ("dimensions_without_data", .array(coverage.dimensionsWithoutData.map { .string($0) })),
         ("elements_without_data", .array(coverage.elementsWithoutData.map { .string($0) }))]
    }

    /// How many of the framework's dimensions city `k`'s index rests on, or JSON null.
    func indexBasisJSON(_ k: Int) -> JSONValue {
        guard let basis = indexBasis(k) else { return .null }
        return .object([("dimensions", .number(Double(basis.dimensions))), ("framework_dimensions", .number(Double(basis.frameworkDimensions))),
                        ("complete", .bool(basis.isComplete))])
    }
}

extension PCAGroupSummary {
    /// One element's PCA derivation: the retention, the variance explained, each indicator's weight and factor.
    var json: JSONValue {
        let d = derivation
        return .object([
            ("element", .string(element)), ("cities", .number(Double(cities))), ("indicators", .number(Double(indicators.count))),
            ("eigenvalues", .array(d.eigenvalues.map { .number($0) })), ("retained", .number(Double(d.retained))),
            ("cumulative_share", .number(d.cumulativeShare)), ("extended_beyond_kaiser", .bool(d.extendedBeyondKaiser)),
            ("small_sample_accepted", .bool(smallSampleAccepted)), ("replaced_by_equal_weights", .bool(replacedByEqualWeights)),
            ("weights", .object(zip(indicators, weights).map { ($0, .number($1)) })),
            ("factor", .object(zip(indicators, d.factor).map { ($0, $1.map { .number(Double($0 + 1)) } ?? .null) })),
        ])
    }
}
